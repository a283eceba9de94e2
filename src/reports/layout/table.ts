// Tables that break across pages: the header row is repeated on every page the table continues on, a row
// that does not fit the room left is split at the page end (at least three lines on either page), text
// wraps within its column, a group heading stays with the row under it, and the last
// rows can be kept with what follows the table (a signature never stands alone).
import { type Canvas, RULE } from './canvas.js';
import type { FontName } from './fonts.js';
import { fillColor, strokePath } from './paint.js';
import { num } from './pdfkit.js';

const HEADER_FILL = '#e6e6e6';
/** A cell's padding when the table does not set one (TableSpec.padding). */
export const PADDING = 4;
/** The fewest lines of a split row on either page (no widow or orphan line, never a page for one word). */
const MIN_PART = 3;
const ZEBRA_FILL = '#f5f5f5';

/** Where a cell is on the page, for columns that draw themselves. */
export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
  padding: number;
}

export interface TableColumn<T> {
  header: string;
  /** Share of the table's width; the shares are scaled to fill it. */
  width: number;
  align?: 'left' | 'center' | 'right';
  /** The cell's text (wrapped to the column). Columns with `draw` may still give text to size the row. */
  value?: (row: T, index: number) => string;
  font?: (row: T) => FontName | undefined;
  /** Draws the cell itself (e.g. a signature line), after the borders; the row is at least `minRowHeight`. */
  draw?: (cell: CellBox, row: T, index: number, canvas: Canvas) => void;
}

export interface TableSpec<T> {
  columns: ReadonlyArray<TableColumn<T>>;
  fontSize?: number;
  headerFontSize?: number;
  padding?: number;
  /** Rows are at least this tall (signature sheets need room to sign). */
  minRowHeight?: number;
  zebra?: boolean;
  /** A full-width row (group heading) instead of cells: return its text. It stays on the page of the row under it. */
  span?: (row: T) => string | undefined;
  /** Fill and font for a whole row (subtotals, overdue rows). */
  rowStyle?: (row: T) => { fill?: string; font?: FontName; color?: string } | undefined;
  /**
   * Called on every page the table continues on, before its header is repeated (e.g. a section title), with
   * the row that will come first on it and the text of the last group heading (span) drawn.
   */
  onNewPage?: (first: T, group?: string) => void;
  /**
   * Points that must follow the table on its last page (e.g. signatureHeight()): when the last rows and
   * this do not fit, the last two rows move to the next page with it, so a signature never stands alone.
   */
  keepWithEnd?: number;
}

/** A row's cells as wrapped lines, measured once and drawn as measured. */
type Layout = { cells: Array<{ lines: string[]; font: FontName }>; h: number; span: boolean };
/** Where the columns are, shared by every row. */
type Grid = { xs: number[]; widths: number[]; left: number; tableWidth: number; pad: number; fontSize: number; lineHeight: number };

/** Draws the table from the current y and leaves y under the last row. */
export function drawTable<T>(c: Canvas, spec: TableSpec<T>, rows: Iterable<T>): void {
  const doc = c.doc;
  const fontSize = spec.fontSize ?? 9;
  const headerFontSize = spec.headerFontSize ?? fontSize;
  const pad = spec.padding ?? PADDING;
  const total = spec.columns.reduce((sum, col) => sum + col.width, 0);
  const left = c.left;
  const widths = spec.columns.map((col) => (col.width / total) * c.width);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), left);
  const tableWidth = c.width;

  // A header never splits inside a word ("Participan/ts"): a column whose longest word is wider than it
  // gets a smaller size for its header.
  const headers = spec.columns.map((col, i) => {
    const room = widths[i]! - 2 * pad;
    let size = headerFontSize;
    c.font('bold', size);
    const longest = (): number => Math.max(0, ...col.header.split(/[\s]+/).map((word) => c.widthOf(word)));
    while (size > 5 && longest() > room) c.font('bold', (size -= 0.5));
    const lh = doc.currentLineHeight(true);
    return { size, lh, lines: c.wrapLines(col.header, room) };
  });
  const headerHeight = Math.max(...headers.map((hd) => hd.lines.length * hd.lh)) + 2 * pad;
  const header = (): void => {
    const h = headerHeight;
    const y = doc.y;
    doc.rect(left, y, tableWidth, h).fill(HEADER_FILL);
    fillColor(doc, 'black');
    headers.forEach((cell, i) => {
      c.font('bold', cell.size);
      const top = y + (h - cell.lines.length * cell.lh) / 2;
      cell.lines.forEach((text, n) => c.line(text, xs[i]! + pad, top + n * cell.lh, widths[i]! - 2 * pad, 'center'));
    });
    grid(c, xs, widths, y, h);
    doc.y = y + h;
  };

  c.ensureSpace(60);
  header();
  c.font('regular', fontSize);
  const lineHeight = doc.currentLineHeight(true);

  const layout = (row: T, index: number): Layout => {
    const style = spec.rowStyle?.(row);
    const span = spec.span?.(row);
    if (span !== undefined) {
      const font = style?.font ?? 'bold';
      c.font(font, fontSize);
      const lines = c.wrapLines(span, tableWidth - 2 * pad);
      return { cells: [{ lines, font }], h: lines.length * lineHeight + 2 * pad, span: true };
    }
    let h = spec.minRowHeight ?? 0;
    const cells = spec.columns.map((col, ci) => {
      const text = col.value?.(row, index) ?? '';
      const font = col.font?.(row) ?? style?.font ?? 'regular';
      c.font(font, fontSize);
      const lines = text === '' ? [] : c.wrapLines(text, widths[ci]! - 2 * pad);
      h = Math.max(h, Math.max(1, lines.length) * lineHeight + 2 * pad);
      return { lines, font };
    });
    return { cells, h, span: false };
  };

  // Rows are read as they are drawn (a generator may read them from the file: docs/PERFORMANCE.md,
  // "Streaming at scale"). Each row is laid out once, in order; a row may be laid out before its turn to
  // decide a page break, and only the next two are ever needed: `ahead` holds the row being drawn and the
  // ones read after it, with their layouts once made, so a 100,000-row table holds three rows at a time
  // (four while a group heading among the last three is weighed for keepWithEnd).
  const source = rows[Symbol.iterator]();
  const ahead: Array<{ row: T; layout?: Layout }> = [];
  let ended = false;
  /** The row `k` places after the one being drawn (0: that one), read when first asked for. */
  const peek = (k: number): { row: T; layout?: Layout } | undefined => {
    while (ahead.length <= k && !ended) {
      const next = source.next();
      if (next.done) ended = true;
      else ahead.push({ row: next.value });
    }
    return ahead[k];
  };
  let index = 0;
  const layoutAt = (k: number): Layout => {
    const entry = peek(k)!;
    return (entry.layout ??= layout(entry.row, index + k));
  };
  let rowsOnPage = 0;
  /** The text of the last group heading drawn, for the continued page's caption. */
  let group: string | undefined;
  const newPage = (first: T): void => {
    c.addPage();
    spec.onNewPage?.(first, group);
    header();
    rowsOnPage = 0;
  };
  const g: Grid = { xs, widths, left, tableWidth, pad, fontSize, lineHeight };
  // The room a row has on a page of its own, under the repeated header (and a caption line or two).
  const fullPage = c.bottom - c.top - headerHeight - 30;
  // Rows may be split (not those with cells that draw themselves, e.g. a signature); a split leaves at least
  // MIN_PART lines on either page, so what a row needs to start on a page is its first MIN_PART lines.
  const splits = !spec.columns.some((col) => col.draw);
  const startHeight = (l: Layout): number =>
    splits && !l.span && rowLines(l) >= 2 * MIN_PART ? Math.min(l.h, MIN_PART * lineHeight + 2 * pad) : l.h;
  try {
    for (; peek(0) !== undefined; index++) {
      const row = ahead[0]!.row;
      // The last two rows (the only one, in a table of one) are kept with what follows the table; when
      // those two and it do not fit a page, the last row alone. A group heading over the last two goes too.
      const after = peek(2) !== undefined ? 2 : ahead.length - 1;
      const headingOverLast = spec.keepWithEnd !== undefined && after === 2 && layoutAt(0).span && peek(3) === undefined;
      if (spec.keepWithEnd !== undefined && (after <= 1 || headingOverLast)) {
        let needed = spec.keepWithEnd;
        for (let k = 0; k <= after; k++) needed += layoutAt(k).h;
        if (rowsOnPage > 0 && doc.y + needed > c.bottom && c.top + 60 + needed <= c.bottom) newPage(row);
      }
      const l = layoutAt(0);
      // A group heading goes to the next page with the row under it rather than stand alone at the bottom:
      // it needs room for that row, or for the first lines of it when the row may be split.
      const next = l.span && peek(1) !== undefined ? layoutAt(1) : undefined;
      const withNext = l.h + (next && !next.span ? Math.min(startHeight(next), fullPage) : 0);
      const room = c.bottom - doc.y;
      // A row that does not fit is split here when a few of its lines fit and a few are left for the next
      // page; otherwise it goes to the next page (split there when it is taller than a page).
      if (l.span ? l.h > room || (rowsOnPage > 0 && withNext > room) : l.h > room && startHeight(l) > room) {
        if (l.h <= fullPage || room < startHeight(l) || l.span) newPage(row);
      }
      if (!l.span && doc.y + l.h > c.bottom) drawSplit(c, spec, row, index, l, g, () => newPage(row));
      else drawRow(c, spec, row, index, l, g);
      if (l.span) group = l.cells[0]!.lines.join(' ');
      // A row is dropped once drawn.
      ahead.shift();
      rowsOnPage++;
    }
  } finally {
    // A drawing that failed half-way lets the source go (a statement being read is reset).
    if (!ended) source.return?.();
  }
  doc.x = left;
}

function drawRow<T>(c: Canvas, spec: TableSpec<T>, row: T, index: number, l: Layout, g: Grid, part: 'whole' | 'first' | 'rest' = 'whole'): void {
  const doc = c.doc;
  const { xs, widths, left, tableWidth, pad, fontSize, lineHeight } = g;
  const style = spec.rowStyle?.(row);
  const y = doc.y;
  const h = l.h;
  const fill = style?.fill ?? (spec.zebra && index % 2 === 1 ? ZEBRA_FILL : undefined);
  if (fill) doc.rect(left, y, tableWidth, h).fill(fill);
  fillColor(doc, style?.color ?? 'black');
  if (l.span) {
    const cell = l.cells[0]!;
    c.font(cell.font, fontSize);
    cell.lines.forEach((text, n) => c.line(text, left + pad, y + pad + n * lineHeight, tableWidth - 2 * pad));
    doc.lineWidth(0.5).strokeColor(RULE).rect(left, y, tableWidth, h).stroke();
  } else {
    spec.columns.forEach((col, i) => {
      const cell = l.cells[i]!;
      if (col.draw || cell.lines.length === 0) return;
      c.font(cell.font, fontSize);
      // Cells are centred vertically (a row is tall for its signature or for another wrapped cell); the
      // parts of a split row are read top down.
      const top = part === 'whole' ? y + Math.max(pad, (h - cell.lines.length * lineHeight) / 2) : y + pad;
      cell.lines.forEach((text, n) => c.line(text, xs[i]! + pad, top + n * lineHeight, widths[i]! - 2 * pad, col.align));
    });
    grid(c, xs, widths, y, h);
    spec.columns.forEach((col, i) => {
      if (col.draw && part !== 'rest') {
        c.font('regular', fontSize);
        fillColor(doc, 'black');
        col.draw({ x: xs[i]!, y, width: widths[i]!, height: h, padding: pad }, row, index, c);
      }
    });
  }
  fillColor(doc, 'black');
  doc.y = y + h;
}

/**
 * A row taller than the room left: its lines are drawn part by part, each part as many lines as the page
 * holds; every following part starts a page with a "(lanjutan)" line naming the row by its first cell, and
 * repeats that first cell (the row's number). Nothing is drawn below the bottom margin.
 */
function drawSplit<T>(c: Canvas, spec: TableSpec<T>, row: T, index: number, l: Layout, g: Grid, newPage: () => void): void {
  const { pad, lineHeight } = g;
  const first = l.cells[0]!;
  const label = `${spec.columns[0]?.header ?? ''} ${first.lines[0] ?? ''}`.trim();
  // The first cell (the row's number) is repeated on every part, unless it is itself a long text.
  const repeatFirst = first.lines.length <= 2;
  let offset = 0;
  const total = rowLines(l);
  let part: 'first' | 'rest' = 'first';
  let fresh = false;
  while (offset < total) {
    const room = Math.floor((c.bottom - c.doc.y - 2 * pad) / lineHeight);
    const left = total - offset;
    // The last part takes what is left; any other leaves at least MIN_PART lines for the next page.
    let fit = room >= left ? left : Math.min(room, left - MIN_PART);
    if (fit < MIN_PART && fit < left && !fresh) {
      newPage();
      continuedLine(c, label, g);
      part = 'rest';
      fresh = true;
      continue;
    }
    fit = Math.max(1, Math.min(fit < 1 ? room : fit, left));
    fresh = false;
    const cells = l.cells.map((cell, i) => ({ font: cell.font, lines: i === 0 && part === 'rest' && repeatFirst ? cell.lines : cell.lines.slice(offset, offset + fit) }));
    const h = Math.max(...cells.map((cell) => cell.lines.length), 1) * lineHeight + 2 * pad;
    drawRow(c, spec, row, index, { cells, h: Math.min(h, c.bottom - c.doc.y), span: false }, g, part);
    offset += fit;
    if (offset < total) {
      newPage();
      continuedLine(c, label, g);
      part = 'rest';
      fresh = true;
    }
  }
}

/** How many lines the row's tallest cell has. */
function rowLines(l: Layout): number {
  return Math.max(1, ...l.cells.map((cell) => cell.lines.length));
}

/** "No 12 (lanjutan)": a thin full-width line above the rest of a split row. */
function continuedLine(c: Canvas, label: string, g: Grid): void {
  c.font('italic', g.fontSize);
  const text = c.t('report.rowContinued', { row: label });
  const lines = c.wrapLines(text, g.tableWidth - 2 * g.pad);
  const h = lines.length * g.lineHeight + 2 * g.pad;
  lines.forEach((line, n) => c.line(line, g.left + g.pad, c.doc.y + g.pad + n * g.lineHeight, g.tableWidth - 2 * g.pad));
  c.doc.lineWidth(0.5).strokeColor(RULE).rect(g.left, c.doc.y, g.tableWidth, h).stroke();
  c.doc.y += h;
}

/** A row's outline and column rules, written as one path with the pen (one content-stream write, see text.ts). */
function grid(c: Canvas, xs: number[], widths: number[], y: number, h: number): void {
  let path = `${num(xs[0]!)} ${num(y)} ${num(widths.reduce((a, b) => a + b, 0))} ${num(h)} re`;
  for (let i = 1; i < xs.length; i++) path += ` ${num(xs[i]!)} ${num(y)} m ${num(xs[i]!)} ${num(y + h)} l`;
  strokePath(c.doc, 0.5, RULE, path + ' S');
}
