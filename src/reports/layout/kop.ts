// The kop: the heading block of a workshop document (organizer, partner, a double rule, the titles, then
// label : value lines).
import { formatDayRange, formatLongDate } from '../../domain/dates.js';
import { type Lang, translate } from '../../i18n/index.js';
import type { Workshop } from '../../store/workshop.js';
import { type Canvas, RULE } from './canvas.js';

export interface Kop {
  /** "Pemerintah Kota Tanjungbalai": printed in capitals at the top. */
  organizer?: string | null;
  /** "LAN RI": printed under the organizer as "bekerja sama dengan …". */
  partner?: string | null;
  /** The document's title, e.g. "Daftar Hadir Peserta"; printed in capitals. */
  title: string;
  /** The workshop's title, under the document title. */
  subtitle?: string | null;
  /** Label/value lines under the titles ("Hari/Tanggal : Senin, 7 November 2022"). */
  details?: ReadonlyArray<readonly [string, string]>;
  /** The office's kop surat lines, under the organizer (workshop set kop.*). */
  letterhead?: { institution: string | null; address: string | null; phone: string | null; website: string | null } | null;
  /** Logos: slot 1 left of the kop, slot 2 right. */
  logos?: ReadonlyArray<{ slot: number | null; data: Buffer }>;
}

/** The workshop fields a report heading and signature block need. */
export type WorkshopHeading = Pick<Workshop, 'title' | 'organizer' | 'partner' | 'city' | 'venue' | 'start_date' | 'end_date' | 'signatory'> &
  Partial<Pick<Workshop, 'letterhead' | 'cosignatory'>> & { logo_images?: ReadonlyArray<{ slot: number | null; data: Buffer }> };

/**
 * The usual kop of a workshop document: organizer, partner, document title, workshop title, then the day
 * ("Senin, 7 November 2022") or the whole range ("Senin–Rabu, 7–9 November 2022") and the venue.
 */
export function workshopKop(w: WorkshopHeading, title: string, lang: Lang, opts: { day?: string } = {}): Kop {
  const date = opts.day ? formatLongDate(opts.day, lang) : formatDayRange(w.start_date, w.end_date, lang);
  const details: Array<[string, string]> = [[translate(lang, 'report.label.date'), date]];
  if (w.venue) details.push([translate(lang, 'report.label.venue'), w.venue]);
  return { organizer: w.organizer, partner: w.partner, title, subtitle: w.title, details, letterhead: w.letterhead ?? null, logos: w.logo_images ?? [] };
}

/**
 * The organizer in capitals (bold, `size`) and "in partnership with …" under it, centred, from `y`; each
 * only when given. Returns the y below them.
 */
export function organizerLines(c: Canvas, who: Pick<Kop, 'organizer' | 'partner'>, y: number, size: number): number {
  if (who.organizer) {
    c.font('bold', size);
    c.textBox(who.organizer.toUpperCase(), c.left, y, c.width, { align: 'center' });
    y = c.doc.y;
  }
  if (who.partner) {
    c.font('regular', 10);
    c.textBox(c.t('report.partner', { partner: who.partner }), c.left, y + 1, c.width, { align: 'center' });
    y = c.doc.y;
  }
  return y;
}

/** Draws the kop at the top of the page and leaves y under it. */
export function drawKop(c: Canvas, kop: Kop): void {
  const doc = c.doc;
  const { left, width } = c;
  doc.fillColor('black');
  const surat = kop.letterhead && (kop.letterhead.institution || kop.letterhead.address);
  let y = surat || (kop.logos?.length ?? 0) > 0 ? letterheadLines(c, kop) : organizerLines(c, kop, c.top, 14);
  if (kop.organizer || kop.partner || surat) {
    y += 5;
    doc.lineWidth(2).moveTo(left, y).lineTo(left + width, y).strokeColor(RULE).stroke();
    doc.lineWidth(0.6).moveTo(left, y + 3).lineTo(left + width, y + 3).stroke();
    y += 14;
  }
  c.font('bold', 13);
  c.textBox(kop.title.toUpperCase(), left, y, width, { align: 'center' });
  y = doc.y;
  if (kop.subtitle && !sameLine(kop.subtitle, kop.title)) {
    c.font('bold', 11);
    c.textBox(kop.subtitle, left + 30, y + 2, width - 60, { align: 'center' });
    y = doc.y;
  }
  y += 8;
  if (kop.details && kop.details.length > 0) {
    c.font('regular', 10);
    const labelWidth = Math.max(...kop.details.map(([label]) => doc.widthOfString(label))) + 6;
    for (const [label, value] of kop.details) {
      c.textBox(label, left, y, labelWidth);
      c.textBox(':', left + labelWidth, y, 8);
      c.textBox(value, left + labelWidth + 10, y, width - labelWidth - 10);
      y = Math.max(doc.y, y + doc.currentLineHeight(true));
    }
    y += 6;
  }
  doc.x = left;
  doc.y = y;
}

/** How tall a logo stands beside the kop. */
const LOGO = 58;

/**
 * The kop surat: logos left and right, and between them the organizer, the institution (capitals, bold), its
 * address and contacts, and the partner. Returns the y below the taller of logos and lines.
 */
function letterheadLines(c: Canvas, kop: Kop): number {
  const logos = kop.logos ?? [];
  const inset = logos.length > 0 ? LOGO + 8 : 0;
  const x = c.left + inset;
  const width = c.width - 2 * inset;
  for (const logo of logos) {
    const left = logo.slot === 2 ? c.right - LOGO : c.left;
    c.doc.image(cachedImage(c, logo.data), left, c.top, { fit: [LOGO, LOGO], align: 'center', valign: 'center' });
  }
  let y = c.top;
  let above = '';
  const line = (text: string, font: 'bold' | 'regular', size: number): void => {
    // A line that repeats the one above it (an instansi set to the organizer's own name) is printed once.
    if (sameLine(text, above)) return;
    above = text;
    c.font(font, size);
    for (const part of c.wrapLines(text, width)) {
      c.line(part, x, y, width, 'center');
      y += c.doc.currentLineHeight(true);
    }
  };
  const lh = kop.letterhead;
  if (kop.organizer) line(kop.organizer.toUpperCase(), 'bold', 13);
  if (lh?.institution) line(lh.institution.toUpperCase(), 'bold', 14);
  if (lh?.address) line(lh.address, 'regular', 9);
  const contact = [lh?.phone ? c.t('report.kop.phone', { phone: lh.phone }) : null, lh?.website ? c.t('report.kop.website', { website: lh.website }) : null].filter(Boolean).join(' · ');
  if (contact) line(contact, 'regular', 9);
  if (kop.partner) line(c.t('report.partner', { partner: kop.partner }), 'regular', 9);
  return Math.max(y, logos.length > 0 ? c.top + LOGO : y);
}

/** Whether two kop lines read the same, whatever their case and spacing. */
function sameLine(a: string, b: string): boolean {
  const key = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
  return key(a) === key(b);
}

const images = new WeakMap<object, Map<Buffer, unknown>>();

/** A logo embedded once per document and drawn by reference on every page. */
export function cachedImage(c: Canvas, data: Buffer): Buffer {
  let map = images.get(c.doc);
  if (!map) images.set(c.doc, (map = new Map<Buffer, unknown>()));
  let image = map.get(data);
  if (!image) map.set(data, (image = (c.doc as unknown as { openImage(src: Buffer): unknown }).openImage(data)));
  return image as Buffer;
}
