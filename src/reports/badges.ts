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

export type BadgesPerPage = 8 | 10;
export const BADGES_PER_PAGE: readonly BadgesPerPage[] = [8, 10];

/** Room around the grid for the crop marks. */
const SHEET_MARGIN = 28;
/** Nothing is drawn closer than this to a cut line, so a cut a little off still cuts nothing. */
const PAD = 10;

export interface BadgeGrid {
  cols: number;
  rows: number;
  /** The cut lines, in points from the page's top-left corner. */
  xs: number[];
  ys: number[];
}

/** Where the badges lie on a sheet: two columns, 4 or 5 rows, filling the paper inside its margin. */
export function badgeGrid(paper: Paper, perPage: BadgesPerPage): BadgeGrid {
  const [width, height] = PAPER_SIZES[paper];
  const cols = 2;
  const rows = perPage / cols;
  const w = (width - 2 * SHEET_MARGIN) / cols;
  const h = (height - 2 * SHEET_MARGIN) / rows;
  return {
    cols,
    rows,
    xs: Array.from({ length: cols + 1 }, (_, i) => SHEET_MARGIN + i * w),
    ys: Array.from({ length: rows + 1 }, (_, i) => SHEET_MARGIN + i * h),
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
  // The left logo of the kop (slot 1), else the only one.
  const logo = (w.logo_images.find((l) => l.slot === 1) ?? w.logo_images[0])?.data ?? null;
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
    drawBadge(report, person, await qrMatrix(badgeCode(w.uuid, person.uuid)), box, { title: w.title, dates, logo });
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

/** One badge inside `box` (its cut lines less the padding). */
/** The logo beside the workshop's name on each badge: as tall as the two lines of title and the dates. */
const LOGO = 26;

function drawBadge(c: Canvas, p: BadgePerson, qr: QrMatrix, box: Box, workshop: { title: string; dates: string; logo: Buffer | null }): void {
  const doc = c.doc;
  doc.fillColor('black');
  // Top: the letterhead's logo when there is one, then the workshop, two lines at most.
  const inset = workshop.logo ? LOGO + 5 : 0;
  if (workshop.logo) doc.image(cachedImage(c, workshop.logo), box.x, box.y, { fit: [LOGO, LOGO], align: 'center', valign: 'center' });
  const headWidth = box.w - inset;
  const headTitle = fitLines(c, 'bold', workshop.title, headWidth, 2, 8, 6) ?? {
    font: 'bold' as const,
    size: 6,
    lines: wrapped(c, 'bold', 6, workshop.title, headWidth),
  };
  let y = box.y;
  y = drawLines(c, headTitle, box.x + inset, y, headWidth, 'left');
  c.font('regular', 7);
  c.line(fitOneLine(c, workshop.dates, headWidth), box.x + inset, y, headWidth);
  y = Math.max(y + 7 * 1.2, box.y + inset) + 3;
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

/** Name, position and unit in the area left of the QR code: each as large as the room allows, none cut. */
function layoutText(c: Canvas, p: BadgePerson, x: number, y: number, width: number, height: number): void {
  // Smaller sizes only once the name is as small as it may get: the name is what is read across a room.
  for (const scale of [1, 0.85, 0.7, 0.55, 0.45]) {
    const position = p.position
      ? (fitLines(c, 'regular', p.position, width, 2, 8.5 * scale, 6 * scale) ?? fitLines(c, 'regular', p.position, width, 4, 6 * scale, 4))
      : null;
    const unit = unitLines(c, p, width, scale);
    if ((p.position && !position) || (p.unit && !unit)) continue;
    const rest = blockHeight(position) + blockHeight(unit) + 8;
    const name = fitLines(c, 'bold', p.name, width, 4, 20, 9 * scale, height - rest);
    if (name && blockHeight(name) + rest <= height) {
      let at = drawLines(c, name, x, y, width, 'left') + 3;
      if (position) at = drawLines(c, position, x, at, width, 'left') + 3;
      if (unit) drawLines(c, unit, x, at, width, 'left');
      return;
    }
  }
  // Text too long for any of those sizes: everything at one small size, wrapped, nothing left out.
  let at = y;
  for (const [font, text] of [
    ['bold', p.name],
    ['regular', p.position],
    ['bold', p.unit],
  ] as const) {
    if (text) at = drawLines(c, { font, size: 4, lines: wrapped(c, font, 4, text, width) }, x, at, width, 'left') + 1;
  }
}

/** The unit's full name when it fits on two lines; else its short name; else the full name smaller. */
function unitLines(c: Canvas, p: BadgePerson, width: number, scale: number): Lines | null {
  if (!p.unit) return null;
  const full = fitLines(c, 'bold', p.unit, width, 2, 8.5 * scale, 7 * scale);
  if (full || !p.unit_short) return full ?? fitLines(c, 'bold', p.unit, width, 4, 7 * scale, 4);
  return fitLines(c, 'bold', p.unit_short, width, 2, 8.5 * scale, 5 * scale);
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

/** The largest size from `max` down to `min` (half points) at which `text` wraps into `maxLines` within `maxHeight`. */
function fitLines(c: Canvas, font: Lines['font'], text: string, width: number, maxLines: number, max: number, min: number, maxHeight = Infinity): Lines | null {
  for (let size = max; size >= min - 1e-9; size -= 0.5) {
    c.font(font, size);
    const lines = c.wrapLines(text, width);
    // A word broken in the middle is a name cut: only whole words per line count as fitting.
    const whole = lines.join(' ').split(/\s+/).length === text.trim().split(/\s+/).length;
    if (whole && lines.length <= maxLines && lines.length * size * LEADING <= maxHeight) return { font, size, lines };
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
