// NIP (Nomor Induk Pegawai): 18 digits. 1–8 birth date (YYYYMMDD), 9–14 appointment year and month for PNS
// (year + contract count for PPPK), 15 gender (1 male, 2 female), 16–18 serial number.
import { parseIsoDate } from './dates.js';

export type NipProblem = 'length' | 'birthDate' | 'gender';
export type NipWarning = 'appointment';

export type NipCheck =
  | { ok: true; nip: string; warnings: NipWarning[] }
  | { ok: false; nip: string; problem: NipProblem };

/** Removes the spaces and dots people type between the groups: "19680412 199303 1 004". */
export function normalizeNip(raw: string): string {
  return raw.replace(/[\s.-]/g, '');
}

export function checkNip(raw: string): NipCheck {
  const nip = normalizeNip(raw);
  if (!/^\d{18}$/.test(nip)) return { ok: false, nip, problem: 'length' };
  const birth = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
  const birthYear = Number(nip.slice(0, 4));
  if (!parseIsoDate(birth) || birthYear < 1900) return { ok: false, nip, problem: 'birthDate' };
  const gender = nip[14];
  if (gender !== '1' && gender !== '2') return { ok: false, nip, problem: 'gender' };
  const warnings: NipWarning[] = [];
  const year = Number(nip.slice(8, 12));
  const month = Number(nip.slice(12, 14));
  // PNS: a real month, appointed at 16 or later. PPPK numbers put a contract count here, hence only a warning.
  if (month < 1 || month > 12 || year < birthYear + 16) warnings.push('appointment');
  return { ok: true, nip, warnings };
}

/** "196804121993031004" → "19680412 199303 1 004", as NIPs are printed on Indonesian forms. */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}
