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
}

/** The workshop fields a report heading and signature block need. */
export type WorkshopHeading = Pick<Workshop, 'title' | 'organizer' | 'partner' | 'city' | 'venue' | 'start_date' | 'end_date' | 'signatory'>;

/**
 * The usual kop of a workshop document: organizer, partner, document title, workshop title, then the day
 * ("Senin, 7 November 2022") or the whole range ("Senin–Rabu, 7–9 November 2022") and the venue.
 */
export function workshopKop(w: WorkshopHeading, title: string, lang: Lang, opts: { day?: string } = {}): Kop {
  const date = opts.day ? formatLongDate(opts.day, lang) : formatDayRange(w.start_date, w.end_date, lang);
  const details: Array<[string, string]> = [[translate(lang, 'report.label.date'), date]];
  if (w.venue) details.push([translate(lang, 'report.label.venue'), w.venue]);
  return { organizer: w.organizer, partner: w.partner, title, subtitle: w.title, details };
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
  let y = organizerLines(c, kop, c.top, 14);
  if (kop.organizer || kop.partner) {
    y += 5;
    doc.lineWidth(2).moveTo(left, y).lineTo(left + width, y).strokeColor(RULE).stroke();
    doc.lineWidth(0.6).moveTo(left, y + 3).lineTo(left + width, y + 3).stroke();
    y += 14;
  }
  c.font('bold', 13);
  c.textBox(kop.title.toUpperCase(), left, y, width, { align: 'center' });
  y = doc.y;
  if (kop.subtitle) {
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
