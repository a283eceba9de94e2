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
  /** Pangkat/golongan, under the name: "Pembina Utama Muda (IV/c)". */
  rank?: string | null;
  /** 'plt' or 'plh': printed before the position ("Plt. Kepala …"). */
  acting?: string | null;
  /** "a.n. Wali Kota Tanjungbalai" above the position, when signing on someone's behalf. */
  onBehalfOf?: string | null;
  /** A second signatory ("Mengetahui,") printed on the left, names level with this one's. */
  second?: Signature | null;
}

/** The workshop's signatory (and, with `second`, its "Mengetahui" co-signatory when one is set). */
export function workshopSignature(
  w: {
    city: string | null;
    signatory: { position: string | null; name: string | null; nip: string | null; rank?: string | null; acting?: string | null; on_behalf_of?: string | null };
    cosignatory?: { caption: string | null; position: string | null; name: string | null; nip: string | null; rank: string | null };
  },
  date: string,
  opts: { second?: boolean; captionFallback?: string } = {},
): Signature {
  const s = w.signatory;
  const co = w.cosignatory;
  const second = opts.second && co && (co.name || co.position) ? { caption: co.caption ?? opts.captionFallback ?? null, position: co.position, name: co.name, nip: co.nip, rank: co.rank } : null;
  return { place: w.city, date, position: s.position, name: s.name, nip: s.nip, rank: s.rank ?? null, acting: s.acting ?? null, onBehalfOf: s.on_behalf_of ?? null, second };
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
  const { main, second, above, total } = placement(c, s, opts);
  doc.y += GAP;
  c.ensureSpace(total);
  const top = doc.y;
  const alignRight = opts.align === undefined || opts.align === 'right';
  const x = opts.align === 'left' ? c.left : opts.align === 'center' ? c.left + (c.width - main.width) / 2 : c.right - main.width;
  const mainBottom = drawLines(c, main, x, top + above - main.aboveName);
  let bottom = mainBottom;
  if (second) bottom = Math.max(bottom, drawLines(c, second, alignRight ? c.left : c.right - second.width, top + above - second.aboveName));
  doc.x = c.left;
  doc.y = bottom;
}

function drawLines(c: Canvas, block: ReturnType<typeof layout>, x: number, y: number): number {
  c.doc.fillColor('black');
  block.lines.forEach((line, i) => {
    y += line.gapBefore ?? 0;
    c.font(line.font, 10);
    c.textBox(line.text, x, y, block.width, { align: 'center', underline: line.underline });
    y += block.heights[i]! - (line.gapBefore ?? 0);
  });
  return y;
}

/** The points drawSignature takes, including the gap above it (for TableSpec.keepWithEnd). */
export function signatureHeight(c: Canvas, s: Signature, opts: SignatureOptions = {}): number {
  return placement(c, s, opts).total + GAP;
}

/** Both blocks laid out, placed so their names stand on one line: the room above the names, and in all. */
function placement(c: Canvas, s: Signature, opts: SignatureOptions) {
  const main = layout(c, s, opts);
  const second = s.second ? layout(c, s.second, opts) : undefined;
  const above = Math.max(main.aboveName, second?.aboveName ?? 0);
  const total = Math.max(main.total - main.aboveName, second ? second.total - second.aboveName : 0) + above;
  return { main, second, above, total };
}

function layout(c: Canvas, s: Signature, opts: SignatureOptions) {
  const width = Math.min(opts.width ?? 230, s.second ? c.width / 2 - 10 : c.width);
  const lines: Array<{ text: string; font: FontName; underline?: boolean; gapBefore?: number }> = [];
  const placeDate = [s.place, s.date ? formatDate(s.date, c.lang) : null].filter(Boolean).join(', ');
  if (placeDate) lines.push({ text: placeDate, font: 'regular' });
  if (s.caption) lines.push({ text: s.caption, font: 'regular' });
  if (s.onBehalfOf) lines.push({ text: `a.n. ${s.onBehalfOf}`, font: 'regular' });
  const acting = s.acting === 'plt' ? 'Plt. ' : s.acting === 'plh' ? 'Plh. ' : '';
  if (s.position) lines.push({ text: acting + s.position + ',', font: 'regular' });
  const nameIndex = lines.length;
  lines.push({ text: s.name || c.t('report.unsigned'), font: s.name ? 'bold' : 'regular', underline: !!s.name, gapBefore: opts.space ?? 58 });
  if (s.rank) lines.push({ text: s.rank, font: 'regular' });
  if (s.nip) lines.push({ text: c.t('report.nip', { nip: formatNip(s.nip) }), font: 'regular' });
  const heights = lines.map((line) => {
    c.font(line.font, 10);
    return c.measure(line.text, width) + (line.gapBefore ?? 0);
  });
  const aboveName = heights.slice(0, nameIndex).reduce((a, b) => a + b, 0);
  return { lines, heights, width, aboveName, total: heights.reduce((a, b) => a + b, 0) };
}
