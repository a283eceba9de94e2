// The daftar hadir's column widths, fitted to the sheet's own texts (issue #14): No holds five digits, the
// signature column stays over 50 mm, NIP is only as wide as the NIPs on the sheet need (its header alone when
// nobody has one, 25 mm when blank walk-in rows need room for a handwritten NIP), and Nama and Jabatan share the rest as their texts need, so a long position does not wrap
// into ten lines beside an empty NIP column.
import type { Canvas } from './layout/index.js';

/** What one row puts in the columns that adapt. */
export interface ColumnText {
  name: string;
  /** The NIP as printed, or '' for none. */
  nip: string;
  /** The Jabatan cell (a second paragraph after '\n' on the sheet that also prints the unit). */
  position: string;
}

export interface SheetWidths {
  no: number;
  name: number;
  nip: number;
  position: number;
  signature: number;
}

export interface SheetLayout {
  headers: { no: string; name: string; nip: string; position: string; signature: string };
  fontSize: number;
  padding: number;
  minRowHeight: number;
  /** The highest number a row prints (people and blank rows). */
  lastNo: number;
  /**
   * The least NIP width in points (blank walk-in rows: room to write an 18-digit NIP by hand, whoever is on
   * the sheet), taken from Nama and Jabatan.
   */
  minNip?: number;
}

/** The signature column: 51 mm, room for two people's signatures side by side (zig-zag). */
const SIGNATURE = 145;
/** Nama and Jabatan are never narrower than this (about 12 characters at 10 pt). */
const MIN_TEXT = 66;
/**
 * Rows measured to choose the split: a spread of at most this many (the NIPs are looked at in every row).
 * 200 choose the same widths as 1,000 did on the large workshop and the bench's sheets, and cost a fifth
 * (the search measured 1,000 rows at every 2 pt: ~20 ms of a 1,000-person sheet's ~250 ms).
 */
const SAMPLE = 200;

/**
 * Widths in points that add up to the canvas's content width, from the rows of the sheet (`count` of them,
 * read once; the NIPs of all, the names and positions of a spread of at most SAMPLE rows).
 */
export function sheetWidths(c: Canvas, rows: Iterable<ColumnText>, count: number, layout: SheetLayout): SheetWidths {
  const { headers, fontSize, padding: pad } = layout;
  const header = (text: string): number => {
    c.font('bold', fontSize);
    return Math.max(0, ...text.split(/\s+/).map((word) => c.widthOf(word))) + 2 * pad;
  };
  const signature = Math.max(header(headers.signature), SIGNATURE);
  const noHeader = header(headers.no);
  c.font('regular', fontSize);
  // Five digits at least; one more point so a number never wraps on a rounding error.
  const no = Math.max(noHeader, c.widthOf('0'.repeat(Math.max(5, String(layout.lastNo).length))) + 2 * pad + 1);
  // A NIP in its usual groups is the widest a NIP column gets (anything longer wraps inside it).
  const [usualOne, usualTwo] = nipWidths(c, '00000000 000000 0 000');

  // One pass: the widest NIP on one line and on two (split at a space), and the sample's text widths.
  let nipOne = 0;
  let nipTwo = 0;
  const widest = new Map<string, [number, number]>();
  const sample: Sample[] = [];
  const stride = Math.max(1, Math.ceil(count / SAMPLE));
  let i = 0;
  for (const row of rows) {
    if (row.nip !== '') {
      // NIPs share a few shapes ("19720314 199803 1 005"): each shape is measured once.
      const shape = row.nip.replace(/\d/g, '0');
      let w = widest.get(shape);
      if (!w) widest.set(shape, (w = nipWidths(c, row.nip)));
      nipOne = Math.max(nipOne, Math.min(w[0], usualOne));
      nipTwo = Math.max(nipTwo, Math.min(w[1], usualTwo));
    }
    if (i++ % stride === 0) {
      sample.push({ name: paragraphs(c, row.name), position: paragraphs(c, row.position), nip: row.nip !== '' });
    }
  }
  const space = c.widthOf(' ');

  const total = c.width;
  const lineHeight = (c.font('regular', fontSize), c.doc.currentLineHeight(true));
  const minName = Math.max(MIN_TEXT, header(headers.name));
  const minPosition = Math.max(MIN_TEXT, header(headers.position));
  // NIP on one line, or on two when that leaves Nama and Jabatan enough to save more than it costs.
  const nipHeader = header(headers.nip);
  const least = Math.max(nipHeader, layout.minNip ?? 0);
  const options = nipOne === 0 ? [least] : [Math.max(least, nipOne + 2 * pad), Math.max(least, nipTwo + 2 * pad)];
  let best: { cost: number; nip: number; name: number } | undefined;
  for (const [k, nip] of options.entries()) {
    const rest = total - no - signature - nip;
    if (rest < minName + minPosition && best) continue;
    const nipLines = nip >= nipOne + 2 * pad ? 1 : 2;
    const split = bestSplit(sample, rest, { minName, minPosition, pad, space, lineHeight, minRowHeight: layout.minRowHeight, nipLines });
    // Two lines only when clearly better: a NIP reads best on one.
    if (!best || (k > 0 ? split.cost < best.cost * 0.97 : split.cost < best.cost)) best = { cost: split.cost, nip, name: split.name };
  }
  const nip = best!.nip;
  const name = best!.name;
  return { no, name, nip, position: total - no - signature - nip - name, signature };
}

/** The widths of a NIP on one line and, split at its best space, on two. */
function nipWidths(c: Canvas, nip: string): [number, number] {
  const one = c.widthOf(nip);
  let two = one;
  for (let k = nip.indexOf(' '); k > 0; k = nip.indexOf(' ', k + 1)) {
    two = Math.min(two, Math.max(c.widthOf(nip.slice(0, k)), c.widthOf(nip.slice(k + 1))));
  }
  return [one, two];
}

/** A sampled row: its cells' paragraphs as the widths of their words. */
type Sample = { name: number[][]; position: number[][]; nip: boolean };

/** The widths of the words of each paragraph of a cell's text. */
function paragraphs(c: Canvas, text: string): number[][] {
  return text === '' ? [] : text.split('\n').map((p) => p.split(/ +/).map((word) => c.widthOf(word)));
}

/** How many lines the paragraphs take in `room` points, wrapped as text.ts's wrapLines wraps them. */
function lines(paragraphs: readonly number[][], room: number, space: number): number {
  let n = 0;
  for (const words of paragraphs) {
    let line = -1;
    for (let w of words) {
      if (line >= 0 && line + space + w <= room) {
        line += space + w;
        continue;
      }
      if (line >= 0) n++;
      // A word wider than the line is broken inside it.
      while (w > room) {
        n++;
        w -= room;
      }
      line = w;
    }
    if (line >= 0) n++;
  }
  return n;
}

/**
 * Where Nama ends and Jabatan begins in `rest` points: the split that makes the sample's rows shortest in
 * all; of equally short ones, the one nearest to sharing in proportion to the texts' lengths.
 */
function bestSplit(
  sample: readonly Sample[],
  rest: number,
  o: { minName: number; minPosition: number; pad: number; space: number; lineHeight: number; minRowHeight: number; nipLines: number },
): { cost: number; name: number } {
  const sum = (pick: (s: Sample) => number[][]): number => sample.reduce((n, s) => n + pick(s).flat().reduce((a, b) => a + b, 0), 0);
  const names = sum((s) => s.name);
  const positions = sum((s) => s.position);
  const share = names + positions === 0 ? 0.5 : names / (names + positions);
  const low = Math.min(o.minName, rest / 2);
  const high = Math.max(low, rest - Math.min(o.minPosition, rest / 2));
  const target = Math.min(high, Math.max(low, rest * share));
  const tried: Array<{ name: number; cost: number }> = [];
  const seen = new Set<number>();
  const tryWidth = (name: number) => {
    if (name < low - 0.01 || name > high + 0.01 || seen.has(name)) return;
    seen.add(name);
    let cost = 0;
    for (const s of sample) {
      const n = Math.max(1, lines(s.name, name - 2 * o.pad, o.space), lines(s.position, rest - name - 2 * o.pad, o.space), s.nip ? o.nipLines : 0);
      cost += Math.max(o.minRowHeight, n * o.lineHeight + 2 * o.pad);
    }
    tried.push({ name, cost });
  };
  // Every 8 pt, then every 2 pt around the best of those and around the proportional split (a quarter of
  // the measuring of every 2 pt across, which cost ~10 ms of a 1,000-person sheet).
  for (let name = low; name <= high + 0.01; name += 8) tryWidth(name);
  const coarse = tried.reduce((a, b) => (b.cost < a.cost ? b : a));
  const near = low + Math.round((target - low) / 2) * 2;
  for (const centre of [coarse.name, near]) for (let d = -8; d <= 8; d += 2) tryWidth(centre + d);
  const least = Math.min(...tried.map((x) => x.cost));
  let best = tried[0]!;
  for (const x of tried) if (x.cost <= least * 1.005 && (best.cost > least * 1.005 || Math.abs(x.name - target) < Math.abs(best.name - target))) best = x;
  return { cost: best.cost, name: best.name };
}
