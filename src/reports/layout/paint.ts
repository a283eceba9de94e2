// Colours and line widths written as pdfkit's fillColor(), strokeColor() and lineWidth() write them, from
// operator text made once per colour: a table row sets the fill colour three times and the rules' pen once,
// and pdfkit parses the colour and writes two operators each time. The same bytes (each operator on its line).
import { type Doc, internals, num } from './pdfkit.js';

interface ColourInternals {
  _normalizeColor(color: string): number[] | null;
  _fillColor?: unknown;
}

/** Colours that every document writes alike (a spot colour is named by its document). */
const PLAIN_COLOUR = /^(#[0-9a-f]{6}|black|white)$/i;
const fills = new Map<string, string>();
const strokes = new Map<string, string>();

/** What pdfkit's _setColor writes for `color`, or undefined for colours left to pdfkit. */
function colourOperators(pdf: Doc, color: string, stroke: boolean): string | undefined {
  const made = stroke ? strokes : fills;
  let ops = made.get(color);
  if (ops === undefined) {
    const parts = PLAIN_COLOUR.test(color) ? (pdf as unknown as ColourInternals)._normalizeColor(color) : null;
    if (!parts) return undefined;
    const space = parts.length === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    ops = stroke ? `/${space} CS\n${parts.join(' ')} SCN` : `/${space} cs\n${parts.join(' ')} scn`;
    made.set(color, ops);
  }
  return ops;
}

/** doc.fillColor(color). */
export function fillColor(pdf: Doc, color: string): void {
  const ops = colourOperators(pdf, color, false);
  if (ops === undefined) {
    pdf.fillColor(color);
    return;
  }
  internals(pdf).addContent(ops);
  (pdf as unknown as ColourInternals)._fillColor = [color, undefined];
}

/** doc.lineWidth(width).strokeColor(color).addContent(path), in one write. */
export function strokePath(pdf: Doc, width: number, color: string, path: string): void {
  const ops = colourOperators(pdf, color, true);
  if (ops === undefined) {
    pdf.lineWidth(width).strokeColor(color);
    internals(pdf).addContent(path);
    return;
  }
  internals(pdf).addContent(`${num(width)} w\n${ops}\n${path}`);
}
