// How numbers, dates and units read in a report's cells, in the report's language.
import { MONTHS } from '../domain/dates.js';
import { roundScore } from '../domain/scoring.js';
import type { Lang } from '../i18n/index.js';

/** "91,7%" in Indonesian (comma as the decimal mark), "91.7%" in English; a dash when there is nothing to count. */
export function formatPercent(value: number | null, lang: Lang): string {
  if (value === null) return '–';
  const text = value.toFixed(1);
  return `${lang === 'id' ? text.replace('.', ',') : text}%`;
}

/** A weighted score with two decimals ("3,75"); a dash when nobody scored. */
export function formatScore(score: number | null, lang: Lang): string {
  const rounded = roundScore(score);
  if (rounded === null) return '–';
  const text = rounded.toFixed(2);
  return lang === 'id' ? text.replace('.', ',') : text;
}

/** "7 Nov" / "7 Agu": a day in a narrow column. */
export function shortDate(iso: string, lang: Lang): string {
  const [, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${(MONTHS[lang][m - 1] ?? '').slice(0, 3)}`;
}

/** "Badan Perencanaan … (Bappeda)": the short name too, unless it is the same as the name. */
export function unitLabel(unit: string, short: string | null): string {
  return short && short.toLowerCase() !== unit.toLowerCase() ? `${unit} (${short})` : unit;
}
