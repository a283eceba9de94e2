// pdfkit's text() in a box, for the usual box of one line (kop lines, signature lines, a continued page's
// caption): the same bytes, without pdfkit's line wrapper. The wrapper finds break opportunities with the
// Unicode line breaker, whose table (~13 ms to inflate, see runtime/pdfkit-stand-ins.ts) is otherwise never
// built for an attendance sheet, and costs ~0.3 ms a call besides: ~30 ms of a 50-page sheet.
import { fastWidth } from './fast-layout.js';
import { type Doc, internals } from './pdfkit.js';

/** The pdfkit internals text() uses that the fast path below reproduces (pdfkit ~0.20). */
interface TextInternals {
  x: number;
  y: number;
  _lineGap: number;
  _wrapper?: unknown;
  _textOptions?: unknown;
  _fragment(text: string, x: number, y: number, options: Record<string, unknown>): void;
}

/**
 * Characters for which pdfkit's line breaker (linebreak 1.1, UAX #14) finds its break opportunities by the
 * few rules of plainWords(): Latin letters, digits and some punctuation. test/reports/line-box.test.ts
 * checks those rules against the breaker itself on every string of up to eight of them.
 */
export const PLAIN_BREAKS = /^[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff .,:;()'"&@#*_~=<>\]`^]*$/;
/** No break before these, even after a space. */
const CLOSING = '.,:;)]';

/**
 * Where pdfkit's line breaker cuts text of PLAIN_BREAKS characters that does not start with a space: after
 * a run of spaces, unless a closing mark follows, or the spaces follow "(", or a quote and "(" surround them;
 * and before "(" right after a closing mark.
 */
export function plainWords(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let before = '';
  for (let i = 1; i < text.length; i++) {
    const prev = text[i - 1]!;
    const ch = text[i]!;
    if (prev !== ' ') before = prev;
    const afterSpaces = prev === ' ' && ch !== ' ' && !CLOSING.includes(ch) && before !== '(' && !(ch === '(' && (before === "'" || before === '"'));
    if (afterSpaces || (ch === '(' && CLOSING.includes(prev))) {
      words.push(text.slice(start, i));
      start = i;
    }
  }
  words.push(text.slice(start));
  return words;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** pdfkit's PDFNumber: the nearest float32 toward zero, as its line wrapper rounds word widths. */
function pdfNumber(n: number): number {
  const rounded = Math.fround(n);
  if (rounded <= n) return rounded;
  f32[0] = n;
  if (n <= 0) u32[0]! += 1;
  else u32[0]! -= 1;
  return f32[0]!;
}

/**
 * Draws `text` as `doc.text(text, x, y, { width, align, height, lineBreak: true, underline })` would when
 * its line wrapper puts the text on one line, through the same pdfkit call that draws a wrapped line, and
 * leaves x and y where text() leaves them (y one line lower). Returns false, drawing nothing, for text this
 * cannot vouch for (several lines, characters the fast layout or PLAIN_BREAKS do not cover, a line too full
 * to tell): draw that with pdfkit's text(). The height never matters for one line: text() draws the first
 * line whatever room is left.
 */
export function oneLineBox(pdf: Doc, text: string, x: number, y: number, width: number, align: 'left' | 'center' | 'right', underline: boolean): boolean {
  const doc = internals(pdf) as unknown as TextInternals & ReturnType<typeof internals>;
  if (text === '' || text[0] === ' ' || text.includes('\n') || text.includes('\u00ad') || !(width > 0) || doc._wrapper || doc._textOptions) return false;
  const total = fastWidth(doc._font, text, doc._fontSize);
  if (total === undefined) return false;
  // LineWrapper's lineWidth for one column at 100 % horizontal scaling: (width * 100 / 100 - gap * 0) / 1,
  // whose rounding is that of the scaling alone (less 0, divided by 1: exact).
  const lineWidth = (width * 100) / 100;
  let textWidth = 0;
  let wordCount = 0;
  if (PLAIN_BREAKS.test(text)) {
    // The wrapper's own sums: each word's width rounded by PDFNumber, fitted into the space left.
    let spaceLeft = lineWidth;
    for (const word of plainWords(text)) {
      const w = pdfNumber(pdf.widthOfString(word));
      if (w > lineWidth || !(w <= spaceLeft)) return false;
      textWidth += w;
      wordCount++;
      spaceLeft -= w;
    }
  } else {
    // Left and right alignment do not use the words' widths (nor does a line without underline): the text
    // must only fit, with room to spare for the rounding of widths summed word by word.
    if (align === 'center' || underline || total > lineWidth - 0.01) return false;
    textWidth = total;
    wordCount = 1;
  }
  doc.x = x;
  doc.y = y;
  doc._fragment(text, x, y, { width, align, lineWidth, textWidth, wordCount, underline });
  doc.y += pdf.currentLineHeight(true) + (doc._lineGap || 0);
  doc.x = x;
  return true;
}
