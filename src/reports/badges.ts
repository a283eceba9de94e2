// Tanda pengenal (name badges): 8 or 10 to a sheet, two columns, cut along the marks. Each carries the
// role band, the workshop's title and dates, the person's name large (titles kept, fitted to the badge and
// never cut), position, unit (its short name when the full one does not fit), number and a QR code that
// `checkin --scan` reads (see domain/badge-code.ts for what it holds).
import { badgeCode } from '../domain/badge-code.js';
import { formatDateRange } from '../domain/dates.js';
import { translate } from '../i18n/index.js';
import type { BadgeData, BadgePerson } from '../store/badges.js';
import { type Canvas, PAPER_SIZES, type Paper, Report, type ReportOptions, cachedImage } from './layout/index.js';
import { type QrMatrix, drawBand, drawCutMarks, drawQr, qrMatrix } from './badge-marks.js';
import { evenLines, nameTokens, whoTokens } from './token-lines.js';

export type BadgesPerPage = 8 | 10;

/** Room around the grid for the crop marks. */
const SHEET_MARGIN = 28;
/** Nothing is drawn closer than this to a cut line, so a cut a little off still cuts nothing. */
const PAD = 10;
const MM = 72 / 25.4;
/**
 * A badge's cut size, the same on every paper (a holder has one size): 8 a sheet 95 × 64 mm, for the
 * 7 × 10 cm name-tag holders; 10 a sheet 86 × 54 mm, the ID-1 card of the common ID-card holders. A paper
 * too short for the rows (10 on Letter) gets badges just short enough to fit.
 */
export const BADGE_SIZE_MM: Readonly<Record<BadgesPerPage, readonly [number, number]>> = { 8: [95, 64], 10: [86, 54] };

export interface BadgeGrid {
  cols: number;
  rows: number;
  /** The cut lines, in points from the page's top-left corner. */
  xs: number[];
  ys: number[];
}

/** Where the badges lie on a sheet: two columns, 4 or 5 rows of the fixed badge size, centred on the paper. */
export function badgeGrid(paper: Paper, perPage: BadgesPerPage): BadgeGrid {
  const [width, height] = PAPER_SIZES[paper];
  const cols = 2;
  const rows = perPage / cols;
  const [wMm, hMm] = BADGE_SIZE_MM[perPage];
  const w = Math.min(wMm * MM, (width - 2 * SHEET_MARGIN) / cols);
  const h = Math.min(hMm * MM, (height - 2 * SHEET_MARGIN) / rows);
  const left = (width - cols * w) / 2;
  const top = (height - rows * h) / 2;
  return {
    cols,
    rows,
    xs: Array.from({ length: cols + 1 }, (_, i) => left + i * w),
    ys: Array.from({ length: rows + 1 }, (_, i) => top + i * h),
  };
}

export interface BadgeOptions extends ReportOptions {
  perPage: BadgesPerPage;
  onRow?: () => void;
}

export async function writeBadges(data: BadgeData, options: BadgeOptions, file: string): Promise<{ file: string; pages: number }> {
  const w = data.workshop;
  const margins = {
    top: SHEET_MARGIN,
    bottom: SHEET_MARGIN,
    left: SHEET_MARGIN,
    right: SHEET_MARGIN,
  };
  const report = await Report.create(options, {
    title: `${translate(options.lang, 'report.badges.title')} — ${w.title}`,
    author: w.organizer ?? undefined,
    margins,
    pageNumbers: false,
  });
  const grid = badgeGrid(options.paper, options.perPage);
  const dates = formatDateRange(w.start_date, w.end_date, options.lang);
  // The kop's logos where the kop has them: slot 1 (or the only one) on the left, slot 2 on the right.
  const logos = {
    left: (w.logo_images.find((l) => l.slot !== 2) ?? null)?.data ?? null,
    right: (w.logo_images.find((l) => l.slot === 2 && w.logo_images.length > 1) ?? null)?.data ?? null,
  };
  if (data.people.length === 0) {
    report.font('regular', 12);
    report.textBox(report.t('report.badges.none'), report.left, report.top + 200, report.width, { align: 'center' });
  }
  for (let i = 0; i < data.people.length; i++) {
    const slot = i % options.perPage;
    if (slot === 0) {
      if (i > 0) report.addPage();
      drawCutMarks(report, grid.xs, grid.ys);
    }
    const col = slot % grid.cols;
    const row = Math.floor(slot / grid.cols);
    const box = {
      x: grid.xs[col]! + PAD,
      y: grid.ys[row]! + PAD,
      w: grid.xs[col + 1]! - grid.xs[col]! - 2 * PAD,
      h: grid.ys[row + 1]! - grid.ys[row]! - 2 * PAD,
    };
    const person = data.people[i]!;
    drawBadge(report, person, await qrMatrix(badgeCode(w.uuid, person.uuid)), box, { title: w.title, dates, logos });
    options.onRow?.();
  }
  return report.save(file);
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The logo beside the workshop's name on each badge: as tall as the two lines of title and the dates. */
const LOGO = 26;

/** One badge inside `box` (its cut lines less the padding). */
function drawBadge(c: Canvas, p: BadgePerson, qr: QrMatrix, box: Box, workshop: { title: string; dates: string; logos: { left: Buffer | null; right: Buffer | null } }): void {
  const doc = c.doc;
  doc.fillColor('black');
  // Top: the letterhead's logos (left, and right when there are two), the workshop between, two lines at most.
  const { left: logo, right: logo2 } = workshop.logos;
  const inset = logo ? LOGO + 5 : 0;
  const insetRight = logo2 ? LOGO + 5 : 0;
  if (logo) doc.image(cachedImage(c, logo), box.x, box.y, { fit: [LOGO, LOGO], align: 'center', valign: 'center' });
  if (logo2) doc.image(cachedImage(c, logo2), box.x + box.w - LOGO, box.y, { fit: [LOGO, LOGO], align: 'center', valign: 'center' });
  const headWidth = box.w - inset - insetRight;
  const headTitle = fitLines(c, 'bold', workshop.title, headWidth, 2, 8, 6) ?? {
    font: 'bold' as const,
    size: 6,
    lines: wrapped(c, 'bold', 6, workshop.title, headWidth),
  };
  let y = box.y;
  y = drawLines(c, headTitle, box.x + inset, y, headWidth, 'left');
  c.font('regular', 7);
  c.line(fitOneLine(c, workshop.dates, headWidth), box.x + inset, y, headWidth);
  y = Math.max(y + 7 * 1.2, box.y + (logo || logo2 ? LOGO + 5 : 0)) + 3;
  doc
    .save()
    .lineWidth(0.6)
    .strokeColor('#000000')
    .moveTo(box.x, y)
    .lineTo(box.x + box.w, y)
    .stroke()
    .restore();
  y += 4;

  // Bottom: the role band.
  const bandHeight = Math.max(16, Math.min(24, box.h * 0.13));
  const bandTop = box.y + box.h - bandHeight;
  drawBand(c, p.role, c.t(`role.${p.role}`), box.x, bandTop, box.w, bandHeight);

  // Between: QR code and number on the right, the text on the left.
  const middle = bandTop - 4 - y;
  const numberHeight = 11;
  const side = Math.min(middle - numberHeight, box.w * 0.38);
  const qrX = box.x + box.w - side;
  drawQr(c, qr, qrX, y, side);
  c.font('bold', 9);
  c.line(c.t('report.badges.number', { no: p.no }), qrX, y + side + 1, side, 'center');

  const textWidth = box.w - side - 4;
  layoutText(c, p, box.x, y + 2, textWidth, middle - 2);
}

/** The smallest size a position or unit is set at before it is cut with "…" (the full text is on the other documents). */
const SMALL_MIN = 5.5;
const GAP = 3;

/**
 * Name, position and unit in the area left of the QR code. The name is what is read across a room: its size
 * depends on the name alone (and on whether a position and a unit are there), never on how long the position
 * is; the position and the unit get the room left, wrapped, smaller, and cut with "…" as a last resort.
 */
function layoutText(c: Canvas, p: BadgePerson, x: number, y: number, width: number, height: number): void {
  const unit = unitLines(c, p, width, height / 3);
  // The position's usual room: its own two lines, at most two lines at 8.5 pt, whatever its length.
  const usual = p.position ? fitLines(c, 'regular', p.position, width, 2, 8.5, 6) : null;
  const reserve = p.position ? Math.min(blockHeight(usual) || Infinity, 2 * 8.5 * LEADING) : 0;
  const gaps = (p.position ? GAP : 0) + (p.unit ? GAP : 0);
  const nameRoom = height - blockHeight(unit) - gaps;
  const tokens = nameTokens(p.name);
  const name =
    fitLines(c, 'bold', p.name, width, 4, 20, 9, nameRoom - reserve, tokens) ??
    // A very long name: smaller, the position keeps one small line.
    fitLines(c, 'bold', p.name, width, 12, 9, 4, nameRoom - (p.position ? SMALL_MIN * LEADING : 0), tokens) ?? {
      font: 'bold' as const,
      size: 4,
      lines: wrapped(c, 'bold', 4, p.name, width),
    };
  const positionRoom = nameRoom - blockHeight(name);
  const position = !p.position ? null : usual && blockHeight(usual) <= positionRoom ? usual : clampLines(c, 'regular', p.position, width, positionRoom, 7.5);
  let at = drawLines(c, name, x, y, width, 'left') + GAP;
  if (position) at = drawLines(c, position, x, at, width, 'left') + GAP;
  if (unit) drawLines(c, unit, x, at, width, 'left');
}

/**
 * The unit's full name when it fits on two lines; else its short name; else the full name smaller, cut to
 * `maxHeight` if it must be. A trailing number stays with the word before it ("kependudukan 16", never "16" alone).
 */
function unitLines(c: Canvas, p: BadgePerson, width: number, maxHeight: number): Lines | null {
  if (!p.unit) return null;
  const tokens = whoTokens(null, null, p.unit);
  const full = fitLines(c, 'bold', p.unit, width, 2, 8.5, 7, Infinity, tokens);
  if (full) return full;
  if (p.unit_short) return fitLines(c, 'bold', p.unit_short, width, 2, 8.5, 5, Infinity, whoTokens(null, null, p.unit_short)) ?? clampLines(c, 'bold', p.unit_short, width, maxHeight, 5);
  return fitLines(c, 'bold', p.unit, width, 4, 7, SMALL_MIN, maxHeight, tokens) ?? clampLines(c, 'bold', p.unit, width, maxHeight, 7);
}

/**
 * `text` wrapped (inside a word too) at the largest size from `max` down to SMALL_MIN that fits `maxHeight`;
 * at SMALL_MIN, the lines that fit, the last one ending in "…".
 */
function clampLines(c: Canvas, font: Lines['font'], text: string, width: number, maxHeight: number, max: number): Lines {
  for (let size = max; size >= SMALL_MIN; size -= 0.5) {
    const lines = wrapped(c, font, size, text, width);
    if (lines.length * size * LEADING <= maxHeight) return { font, size, lines };
  }
  const lines = wrapped(c, font, SMALL_MIN, text, width);
  const keep = Math.max(1, Math.floor(maxHeight / (SMALL_MIN * LEADING)));
  if (lines.length <= keep) return { font, size: SMALL_MIN, lines };
  const shown = lines.slice(0, keep);
  let last = shown[keep - 1]!.trimEnd();
  while (last.length > 1 && c.widthOf(`${last}…`) > width) last = Array.from(last).slice(0, -1).join('').trimEnd();
  shown[keep - 1] = `${last}…`;
  return { font, size: SMALL_MIN, lines: shown };
}

interface Lines {
  font: 'regular' | 'bold';
  size: number;
  lines: string[];
}

const LEADING = 1.18;

function blockHeight(block: Lines | null): number {
  return block ? block.lines.length * block.size * LEADING : 0;
}

/**
 * The largest size from `max` down to `min` (half points) at which `text` wraps into `maxLines` within
 * `maxHeight`. With `tokens` (see token-lines.ts) the pieces stay whole while each fits a line, in lines of
 * even length: a name's titles with its first word and its degrees together ("…, S.E.," / "M.Si." never), a
 * unit's number with its last word.
 */
function fitLines(c: Canvas, font: Lines['font'], text: string, width: number, maxLines: number, max: number, min: number, maxHeight = Infinity, tokens: string[] | null = null): Lines | null {
  for (let size = max; size >= min - 1e-9; size -= 0.5) {
    c.font(font, size);
    const whole = !tokens || tokens.every((t) => c.widthOf(t) <= width);
    // A piece wider than the line ("Drs. H. Abdurrahman"): a smaller size first; split only at the smallest.
    if (!whole && size - 0.5 >= min - 1e-9) continue;
    const lines = tokens && whole ? evenLines(c, tokens, width) : c.wrapLines(text, width);
    // A word broken in the middle is a name cut: only whole words per line count as fitting.
    const uncut = lines.join(' ').split(/\s+/).length === text.trim().split(/\s+/).length;
    if (uncut && lines.length <= maxLines && lines.length * size * LEADING <= maxHeight) return { font, size, lines };
  }
  return null;
}

/** The text in one line, shortened with an ellipsis only when even 5 pt cannot hold it (the dates never are). */
function fitOneLine(c: Canvas, text: string, width: number): string {
  if (c.widthOf(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && c.widthOf(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function wrapped(c: Canvas, font: Lines['font'], size: number, text: string, width: number): string[] {
  c.font(font, size);
  return c.wrapLines(text, width);
}

function drawLines(c: Canvas, block: Lines | null, x: number, y: number, width: number, align: 'left' | 'center'): number {
  if (!block) return y;
  c.font(block.font, block.size);
  for (const line of block.lines) {
    c.line(line, x, y, width, align);
    y += block.size * LEADING;
  }
  return y;
}
