// Column widths that follow the text: a column gets a share of the table's width in proportion to the text
// it holds over all rows, so the long texts (an action, its output and indicator) take most of the page and
// each column's text runs to about as many lines as its neighbours'. A column is never narrower than its
// header's longest word or an ordinary word of its cells (no "penyederhanaa/n"), and never wider than its
// longest line needs (a date, a status, a percentage stay narrow).
import type { Canvas } from './canvas.js';
import { PADDING, type TableColumn } from './table.js';

export interface FitOptions {
  fontSize: number;
  headerFontSize?: number;
  /** The table's cell padding (TableSpec.padding). */
  padding?: number;
}

/** Words up to this many characters are kept whole; a longer one may break inside its column. */
const WORD_CAP = 15;

/** The columns with `width` set in points (summing to the table's width) from the rows they will show. */
export function fitWidths<T>(c: Canvas, columns: ReadonlyArray<TableColumn<T>>, rows: readonly T[], opts: FitOptions): Array<TableColumn<T>> {
  const pad = opts.padding ?? PADDING;
  const total = c.width;
  const measured = columns.map((col) => {
    c.font('bold', opts.headerFontSize ?? opts.fontSize);
    let least = Math.max(0, ...col.header.split(/\s+/).map((word) => c.widthOf(word)));
    let natural = 0;
    let area = 0;
    // Each cell's paragraphs by their width on one line.
    const cells = rows.map((row, index) => {
      const text = col.value?.(row, index) ?? '';
      if (text === '') return [];
      c.font(col.font?.(row) ?? 'regular', opts.fontSize);
      return text.split('\n').map((line) => {
        const w = c.widthOf(line);
        natural = Math.max(natural, w);
        area += w;
        for (const word of line.split(/ +/)) least = Math.max(least, c.widthOf(word.length > WORD_CAP ? word.slice(0, WORD_CAP) : word));
        return w;
      });
    });
    const min = least + 2 * pad + 1;
    return { min, max: Math.max(min, natural + 2 * pad + 1), weight: area + 1, cells };
  });
  const mins = measured.reduce((sum, m) => sum + m.min, 0);
  if (mins >= total) return columns.map((col, i) => ({ ...col, width: measured[i]!.min }));
  // Shares in proportion to the text; a column held at its least or its most width leaves the rest to share.
  const widths: Array<number | undefined> = measured.map(() => undefined);
  for (;;) {
    const open = measured.map((_, i) => i).filter((i) => widths[i] === undefined);
    if (open.length === 0) break;
    const room = total - widths.reduce<number>((sum, w) => sum + (w ?? 0), 0);
    const weight = open.reduce((sum, i) => sum + measured[i]!.weight, 0);
    const share = (i: number) => (room * measured[i]!.weight) / weight;
    const low = open.filter((i) => share(i) < measured[i]!.min);
    const high = open.filter((i) => share(i) > measured[i]!.max);
    if (low.length > 0) low.forEach((i) => (widths[i] = measured[i]!.min));
    else if (high.length > 0) high.forEach((i) => (widths[i] = measured[i]!.max));
    else {
      open.forEach((i) => (widths[i] = share(i)));
      break;
    }
  }
  // Then the widths are moved between columns while that lowers the table's height (the sum over the rows
  // of their tallest cell): a row is as tall as its longest text, whichever column it is in.
  // A long table is judged on an even sample of its rows (the search costs rows x columns per step).
  const step = Math.max(1, Math.ceil(rows.length / SAMPLE));
  const sample = measured.map((m) => ({ ...m, cells: m.cells.filter((_, r) => r % step === 0) }));
  const best = improve(
    measured.map((m, i) => widths[i] ?? m.min),
    sample,
    Math.ceil(rows.length / step),
    pad,
  );
  return columns.map((col, i) => ({ ...col, width: best[i]! }));
}

type Measured = { min: number; max: number; cells: number[][] };

/** The most rows the width search looks at. */
const SAMPLE = 300;

/** The table's height in lines at these widths, estimated (a greedy wrap fills about nine tenths of a line). */
function height(widths: readonly number[], measured: readonly Measured[], rows: number, pad: number): number {
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    let tallest = 1;
    measured.forEach((m, i) => {
      const room = (widths[i]! - 2 * pad) * 0.9;
      let lines = 0;
      for (const w of m.cells[r]!) lines += Math.max(1, Math.ceil(w / room));
      tallest = Math.max(tallest, lines);
    });
    sum += tallest;
  }
  return sum;
}

/** Local search: a slice of width moves from one column to another while the height goes down. */
function improve(start: number[], measured: readonly Measured[], rows: number, pad: number): number[] {
  const widths = [...start];
  const total = widths.reduce((a, b) => a + b, 0);
  let cost = height(widths, measured, rows, pad);
  for (let step = total / 20; step >= 1; step /= 2) {
    for (let rounds = 0, moved = true; moved && rounds < 50; rounds++) {
      moved = false;
      for (let from = 0; from < widths.length; from++) {
        for (let to = 0; to < widths.length; to++) {
          if (from === to || widths[from]! - step < measured[from]!.min || widths[to]! + step > Math.max(measured[to]!.max, widths[to]!)) continue;
          widths[from]! -= step;
          widths[to]! += step;
          const next = height(widths, measured, rows, pad);
          if (next < cost) {
            cost = next;
            moved = true;
          } else {
            widths[from]! += step;
            widths[to]! -= step;
          }
        }
      }
    }
  }
  return widths;
}
