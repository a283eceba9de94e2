// Calendar dates are plain ISO strings (YYYY-MM-DD) computed in UTC, so a laptop's time zone can never
// shift a workshop day.
import type { Lang } from '../i18n/types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
export const WEEKDAYS: Record<Lang, readonly string[]> = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/**
 * The dates innolab accepts (README "Dates"): a workshop lies between 2000 and 2100; any other date (a
 * check-in, a due date, --as-of, --since) within 1990–2200. A date outside these is a typing slip (9999,
 * 0202), and once stored it would make every date computation fail.
 */
export interface DateRange {
  from: string;
  to: string;
}
export const DATE_RANGE: DateRange = { from: '1990-01-01', to: '2200-12-31' };
export const WORKSHOP_RANGE: DateRange = { from: '2000-01-01', to: '2100-12-31' };

/** A real calendar date written YYYY-MM-DD, whatever its year; else undefined. */
function calendarDate(value: string): string | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y, mo - 1, d); // Date.UTC reads years 0–99 as 1900–1999
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return value.trim();
}

/** Why `value` is not a date innolab accepts in `range`: 'format' (not a real YYYY-MM-DD date), 'range', or undefined. */
export function dateProblem(value: string, range: DateRange = DATE_RANGE): 'format' | 'range' | undefined {
  const date = calendarDate(value);
  if (!date) return 'format';
  return date < range.from || date > range.to ? 'range' : undefined;
}

/** Returns the date if `value` is a real calendar date written YYYY-MM-DD within `range`, else undefined. */
export function parseIsoDate(value: string, range: DateRange = DATE_RANGE): string | undefined {
  return dateProblem(value, range) === undefined ? value.trim() : undefined;
}

/**
 * What is wrong with a workshop's stored dates, if anything: the field and why. A file written by another
 * tool (or by an older innolab without these ranges) may hold any text there.
 */
export function workshopDatesProblem(start: unknown, end: unknown): { field: 'start_date' | 'end_date'; value: string } | undefined {
  if (typeof start !== 'string' || dateProblem(start, WORKSHOP_RANGE)) return { field: 'start_date', value: String(start) };
  if (typeof end !== 'string' || dateProblem(end, WORKSHOP_RANGE) || end < start || daysBetween(start, end) >= MAX_WORKSHOP_DAYS) {
    return { field: 'end_date', value: String(end) };
  }
  return undefined;
}

/** A workshop lasts at most this many days. */
export const MAX_WORKSHOP_DAYS = 60;

function toUtc(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** Every date from start to end, inclusive. */
export function dateRange(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}

/** The local calendar date of an instant, as the person at the laptop sees it. */
export function localIsoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Dates are written from the tables above, in Indonesian as in English, not by ICU (Intl.DateTimeFormat
 * 'id-ID'): the words and the order are the same, and the first ICU formatter of a run cost ~5 ms of every
 * report (docs/PERFORMANCE.md). A range is written as letters write it: "7–9 November 2022".
 */
export function weekday(iso: string, lang: Lang): string {
  return WEEKDAYS[lang][toUtc(iso).getUTCDay()] ?? '';
}

/** "7 November 2022" / "7 November 2022". */
export function formatDate(iso: string, lang: Lang): string {
  const date = toUtc(iso);
  return `${date.getUTCDate()} ${MONTHS[lang][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Senin, 7 November 2022" / "Monday, 7 November 2022". */
export function formatLongDate(iso: string, lang: Lang): string {
  return `${weekday(iso, lang)}, ${formatDate(iso, lang)}`;
}

/** "7–9 November 2022", "30 November – 2 Desember 2022", "30 Desember 2022 – 2 Januari 2023". */
export function formatDateRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDate(start, lang);
  const a = toUtc(start);
  const b = toUtc(end);
  const month = (d: Date) => MONTHS[lang][d.getUTCMonth()] ?? '';
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    return `${a.getUTCDate()} ${month(a)} – ${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`;
  }
  return `${a.getUTCDate()}–${b.getUTCDate()} ${month(b)} ${b.getUTCFullYear()}`;
}

/** "Senin–Rabu, 7–9 November 2022" (ICU would write "Senin – Rabu"). */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  const days = start === end ? weekday(start, lang) : `${weekday(start, lang)}–${weekday(end, lang)}`;
  return `${days}, ${formatDateRange(start, end, lang)}`;
}

/**
 * A stored instant (ISO 8601, UTC) as the laptop's clock showed it: "2022-11-08 09:00:05" for
 * 2022-11-08T02:00:05Z in WIB. What people read (the log, an idea's history) is in local time, like the
 * arrival times of the attendance list; --json keeps the stored UTC instant.
 */
export function localDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
