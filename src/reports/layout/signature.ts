// The signature block at the end of a document, kept together on one page.
import { formatDate } from '../../domain/dates.js';
import { formatNip } from '../../domain/nip.js';
import type { Canvas } from './canvas.js';
import type { FontName } from './fonts.js';

export interface Signature {
  /** City where it is signed: "Tanjungbalai". */
  place?: string | null;
  /** ISO date, printed "9 November 2022". */
  date?: string | null;
  /** A line above the position, e.g. "Mengetahui,". */
  caption?: string | null;
  /** "Kepala Badan Perencanaan Pembangunan Daerah". */
  position?: string | null;
  /** Printed bold and underlined; a dotted blank when missing. */
  name?: string | null;
  /** 18 digits; printed "NIP 19680412 199303 1 004". */
  nip?: string | null;
}

export interface SignatureOptions {
  align?: 'left' | 'right' | 'center';
  /** Width of the block (default 230 pt). */
  width?: number;
  /** Room to sign, above the name (default 58 pt). */
  space?: number;
}

/** The gap drawSignature leaves above the block. */
const GAP = 16;

/**
 * "Tanjungbalai, 9 November 2022", position, room to sign, the name bold and underlined,
 * "NIP 19680412 199303 1 004". Right-aligned by default.
 */
export function drawSignature(c: Canvas, s: Signature, opts: SignatureOptions = {}): void {
  const doc = c.doc;
  const { lines, heights, width, total } = layout(c, s, opts);
  const x = opts.align === 'left' ? c.left : opts.align === 'center' ? c.left + (c.width - width) / 2 : c.right - width;
  doc.y += GAP;
  c.ensureSpace(total);
  let y = doc.y;
  doc.fillColor('black');
  lines.forEach((line, i) => {
    y += line.gapBefore ?? 0;
    c.font(line.font, 10);
    c.textBox(line.text, x, y, width, { align: 'center', underline: line.underline });
    y += heights[i]! - (line.gapBefore ?? 0);
  });
  doc.x = c.left;
  doc.y = y;
}

/** The points drawSignature takes, including the gap above it (for TableSpec.keepWithEnd). */
export function signatureHeight(c: Canvas, s: Signature, opts: SignatureOptions = {}): number {
  return layout(c, s, opts).total + GAP;
}

function layout(c: Canvas, s: Signature, opts: SignatureOptions) {
  const width = Math.min(opts.width ?? 230, c.width);
  const lines: Array<{ text: string; font: FontName; underline?: boolean; gapBefore?: number }> = [];
  const placeDate = [s.place, s.date ? formatDate(s.date, c.lang) : null].filter(Boolean).join(', ');
  if (placeDate) lines.push({ text: placeDate, font: 'regular' });
  if (s.caption) lines.push({ text: s.caption, font: 'regular' });
  if (s.position) lines.push({ text: s.position + ',', font: 'regular' });
  lines.push({ text: s.name || c.t('report.unsigned'), font: s.name ? 'bold' : 'regular', underline: !!s.name, gapBefore: opts.space ?? 58 });
  if (s.nip) lines.push({ text: c.t('report.nip', { nip: formatNip(s.nip) }), font: 'regular' });
  const heights = lines.map((line) => {
    c.font(line.font, 10);
    return c.measure(line.text, width) + (line.gapBefore ?? 0);
  });
  return { lines, heights, width, total: heights.reduce((a, b) => a + b, 0) };
}
