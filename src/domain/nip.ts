// NIP (Nomor Induk Pegawai): 18 digits. 1–8 birth date (YYYYMMDD), 9–14 appointment year and month for PNS
// (year + contract count for PPPK), 15 gender (1 male, 2 female), 16–18 serial number.

export type NipProblem = 'length' | 'birthDate' | 'gender';
export type NipWarning = 'appointment';

export type NipCheck =
  | { ok: true; nip: string; warnings: readonly NipWarning[] }
  | { ok: false; nip: string; problem: NipProblem };

/** Removes the spaces and dots people type between the groups: "19680412 199303 1 004". */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

/** True when `text` is exactly `length` ASCII digits. */
function allDigits(text: string, length: number): boolean {
  if (text.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
  }
  return true;
}

/** The number written by digits from..to (ASCII digits, already checked). */
function digitsValue(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
}

/** "19680412 199303 1 004": the groups as forms print them, one space between (see formatNip), digits only. */
function printedForm(raw: string): boolean {
  if (raw.length !== 21) return false;
  for (let i = 0; i < 21; i++) {
    const c = raw.charCodeAt(i);
    if (i === 8 || i === 15 || i === 17 ? c !== 32 : c < 48 || c > 57) return false;
  }
  return true;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

const NO_WARNINGS: readonly NipWarning[] = Object.freeze([]);
const APPOINTMENT: readonly NipWarning[] = Object.freeze(['appointment'] as NipWarning[]);

/**
 * Checks a NIP as typed. Runs once per row of a registration import (50,000 rows in SPEC §6's target), so
 * it reads character codes instead of building dates and regular expressions: the calendar check is
 * isCalendarDate's arithmetic.
 */
export function checkNip(raw: string): NipCheck {
  // Usually typed without separators, or in the printed form: then its digits are read where they are
  // typed, and the NIP without spaces is built but never read here (an import only passes it on).
  if (allDigits(raw, 18)) return checkDigits(raw, raw, PLAIN);
  if (printedForm(raw)) return checkDigits(raw.slice(0, 8) + raw.slice(9, 15) + raw[16] + raw.slice(18), raw, PRINTED);
  const nip = normalizeNip(raw);
  if (!allDigits(nip, 18)) return { ok: false, nip, problem: 'length' };
  return checkDigits(nip, nip, PLAIN);
}

/** Where the appointment year, its month and the gender digit are in the text as typed. */
interface NipPlaces {
  year: number;
  month: number;
  gender: number;
}

const PLAIN: NipPlaces = { year: 8, month: 12, gender: 14 };
const PRINTED: NipPlaces = { year: 9, month: 13, gender: 16 };

/** The checks of a NIP whose 18 digits are in `text` at `at` (the birth date always first). */
function checkDigits(nip: string, text: string, at: NipPlaces): NipCheck {
  const birthYear = digitsValue(text, 0, 4);
  if (birthYear < 1900 || !isCalendarDate(birthYear, digitsValue(text, 4, 6), digitsValue(text, 6, 8))) {
    return { ok: false, nip, problem: 'birthDate' };
  }
  const gender = text.charCodeAt(at.gender);
  if (gender !== 49 && gender !== 50) return { ok: false, nip, problem: 'gender' };
  const year = digitsValue(text, at.year, at.year + 4);
  const month = digitsValue(text, at.month, at.month + 2);
  // PNS: a real month, appointed at 16 or later. PPPK numbers put a contract count here, hence only a warning.
  const odd = month < 1 || month > 12 || year < birthYear + 16;
  return { ok: true, nip, warnings: odd ? APPOINTMENT : NO_WARNINGS };
}

/** "196804121993031004" → "19680412 199303 1 004", as NIPs are printed on Indonesian forms. */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * What Excel did to a NIP kept in a number cell: shown in scientific notation ("1,97404E+17", "1.97404E+17"),
 * or saved with only 15 significant digits, so that the last three (the serial number, never 000 in a real
 * NIP) became zeros. Only an unbroken run of 18 digits can come from Excel: a NIP typed in groups
 * ("… 1 000") was typed that way.
 */
export function excelDamage(raw: string): 'scientific' | 'rounded' | undefined {
  // Neither shape can be there without an "e" or a final "000" (checked first: an import asks for every row).
  const text = raw.trim();
  if ((text.includes('e') || text.includes('E')) && /^\d([.,]\d+)?e\+?\d+$/i.test(text)) return 'scientific';
  if (text.length === 18 && text.endsWith('000') && /^\d{15}000$/.test(text)) return 'rounded';
  return undefined;
}
