// Text the quick way: one line written straight into the content stream, widths from the fast layout, and
// a greedy line wrap. A 10,000-row sheet draws ~60,000 cells; pdfkit's own text() and its Unicode line
// breaker are most of the cost of a long table, so cells use these instead.
import { fastHex, fastWidth } from './fast-layout.js';
import { type Doc, internals, num } from './pdfkit.js';

/**
 * What pdfkit's text() writes for one unkerned line (save, flip to PDF coordinates, BT … Tm Tf TJ ET,
 * restore), as one content-stream write instead of eight. Text the fast layout did not handle (kerning or
 * mark offsets) goes through pdfkit as usual.
 */
export function fastText(pdf: Doc, text: string, x: number, y: number, colour = ''): void {
  if (text === '') return;
  const doc = internals(pdf);
  const font = doc._font;
  const hex = fastHex(font, text);
  if (hex === undefined) {
    pdf.text(text, x, y, { lineBreak: false });
    return;
  }
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const height = doc.page.height;
  const baseline = height - y - (font.ascender / 1000) * doc._fontSize;
  doc.addContent(`q ${colour}1 0 0 -1 0 ${num(height)} cm BT 1 0 0 1 ${num(x)} ${num(baseline)} Tm /${font.id} ${num(doc._fontSize)} Tf [<${hex}> 0] TJ ET Q`);
}

/** Width of text in the document's current font and size. */
export function textWidth(pdf: Doc, text: string): number {
  const doc = internals(pdf);
  return fastWidth(doc._font, text, doc._fontSize) ?? pdf.widthOfString(text);
}

/**
 * Splits text into lines that fit `width`: at spaces, and inside a word only when the word alone is wider
 * than the line (then after a "/" or "-" where one is). A plain greedy wrap, several times faster than pdfkit's Unicode line breaker.
 */
export function wrapLines(text: string, width: number, widthOf: (text: string) => number): string[] {
  const lines: string[] = [];
  const space = widthOf(' ');
  for (const paragraph of text.split('\n')) {
    if (widthOf(paragraph) <= width) {
      lines.push(paragraph);
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (let word of paragraph.split(/ +/)) {
      let w = widthOf(word);
      if (line !== '' && lineWidth + space + w <= width) {
        line += ' ' + word;
        lineWidth += space + w;
        continue;
      }
      if (line !== '') lines.push(line);
      while (w > width && word.length > 1) {
        const n = breakAt(word, fittingPrefix(word, width, widthOf));
        lines.push(word.slice(0, n));
        word = word.slice(n);
        w = widthOf(word);
      }
      line = word;
      lineWidth = w;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/**
 * Where a word too long for its line breaks, given that its first `n` units fit: after the last "/" or "-"
 * among them ("470/412/Disdukcapil/" + "2022", never "…/202" + "2"), else at `n`.
 */
function breakAt(word: string, n: number): number {
  const cut = Math.max(word.lastIndexOf('/', n - 1), word.lastIndexOf('-', n - 1));
  return cut > 0 && cut + 1 < n ? cut + 1 : n;
}

/**
 * How many UTF-16 units of `word` fit `width` (at least one character): widths summed character by
 * character, then checked on the whole prefix, so a 2,000-character word costs linear time, not quadratic.
 * Never cuts a surrogate pair.
 */
function fittingPrefix(word: string, width: number, widthOf: (text: string) => number): number {
  let n = 0;
  let sum = 0;
  for (const ch of word) {
    const w = widthOf(ch);
    if (n > 0 && sum + w > width) break;
    sum += w;
    n += ch.length;
  }
  while (n > 1 && widthOf(word.slice(0, n)) > width) {
    n--;
    const code = word.charCodeAt(n - 1);
    if (code >= 0xd800 && code <= 0xdbff) n--;
  }
  return Math.max(1, n);
}
