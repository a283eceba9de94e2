// Small blocks of running documents: label : value lines, numbered lists, and group headings for tables.
import type { Canvas } from './canvas.js';
import type { FontName } from './fonts.js';
import type { TableSpec } from './table.js';

/** Label : value lines with the colons aligned; values wrap under themselves. */
export function pairs(
  c: Canvas,
  rows: ReadonlyArray<readonly [string, string]>,
  opts: { indent?: number; size?: number; labelFont?: FontName; width?: number; keepTogether?: boolean } = {},
): void {
  const size = opts.size ?? 10;
  const x = c.left + (opts.indent ?? 0);
  c.font(opts.labelFont ?? 'regular', size);
  const labelWidth = Math.max(...rows.map(([label]) => c.doc.widthOfString(label))) + 6;
  const valueX = x + labelWidth + 10;
  const valueWidth = (opts.width === undefined ? c.right : x + opts.width) - valueX;
  if (opts.keepTogether) {
    // The lines stay on one page (a "Pengusul" line never stands alone at the top of the next) when they fit one.
    c.font('regular', size);
    const total = rows.reduce((sum, [, value]) => sum + c.wrapLines(value, valueWidth).length * c.doc.currentLineHeight(true) + 2, 0);
    if (total < (c.bottom - c.top) / 2) c.ensureSpace(total);
  }
  for (const [label, value] of rows) {
    c.font('regular', size);
    const lh = c.doc.currentLineHeight(true);
    // Wrapped by hand (a word longer than the column breaks inside it) and drawn line by line, so a value
    // longer than a page flows onto the next one instead of being cut off at the margin.
    const lines = c.wrapLines(value, valueWidth);
    c.ensureSpace(Math.min(lines.length, 3) * lh);
    const y = c.y;
    c.font(opts.labelFont ?? 'regular', size);
    c.textBox(label, x, y, labelWidth);
    const labelBottom = c.y;
    c.textBox(':', x + labelWidth, y, 8);
    c.font('regular', size);
    c.y = y;
    for (const line of lines) {
      if (c.ensureSpace(lh)) c.font('regular', size);
      c.line(line, valueX, c.y, valueWidth);
      c.y += lh;
    }
    c.y = Math.max(c.y, lines.length > 0 && c.y < y ? c.y : labelBottom) + 2;
  }
  c.moveDown(4);
}

/** "1. …", "2. …" with the text wrapped under itself, never splitting an item across pages. */
export function numbered(c: Canvas, items: readonly string[], opts: { indent?: number; size?: number; marker?: (i: number) => string } = {}): void {
  const size = opts.size ?? 10;
  const x = c.left + (opts.indent ?? 0);
  const markerWidth = 18;
  const width = c.right - x - markerWidth;
  items.forEach((item, i) => {
    c.font('regular', size);
    const h = c.doc.heightOfString(item, { width, lineGap: 1.5 });
    c.ensureSpace(Math.min(h, c.bottom - c.top));
    const y = c.y;
    c.textBox(opts.marker ? opts.marker(i) : `${i + 1}.`, x, y, markerWidth);
    c.doc.text(item, x + markerWidth, y, { width, align: 'justify', lineGap: 1.5 });
    c.y = Math.max(c.y, y + h) + 3;
  });
  c.moveDown(4);
}

/**
 * Group headings (a unit) for a table, with a "(lanjutan)" line above the repeated header when a group runs
 * onto the next page, so a reader of page 2 knows whose rows they are. (The table keeps a heading on the
 * page of its first row.) With a `title`, a page that starts with a new group says "<title> (lanjutan)".
 */
export function grouped<T>(c: Canvas, groupOf: (row: T) => string | undefined, title?: string): Required<Pick<TableSpec<T>, 'span' | 'onNewPage'>> {
  let group: string | undefined;
  return {
    // The table asks for each row's span once, in order (a heading's before the row under it).
    span: (row) => {
      const g = groupOf(row);
      if (g !== undefined) group = g;
      return g;
    },
    onNewPage: (first, drawn) => {
      const caption = groupOf(first) !== undefined ? title : (drawn ?? group);
      if (caption !== undefined) continuedCaption(c, caption);
    },
  };
}

/** "<group> (lanjutan)": the small line above a table's repeated header on a page it runs onto. */
export function continuedCaption(c: Canvas, group: string): void {
  c.font('italic', 8);
  c.textBox(c.t('outcome.continued', { group }), c.left, c.y, c.width);
  c.moveDown(3);
}
