// Flag values → typed values, with the one-line errors of SPEC §2 (exit 2 naming the flag).
import { DATE_RANGE, type DateRange, WORKSHOP_RANGE, dateProblem } from '../domain/dates.js';
import { UsageError } from '../errors.js';

/** A date within 1990–2200 (README "Dates"); `range` narrows it, e.g. WORKSHOP_RANGE for a workshop's own dates. */
export function parseDate(value: string, field: string, range: DateRange = DATE_RANGE): string {
  const problem = dateProblem(value, range);
  if (problem === 'format') throw new UsageError('error.invalidDate', { field, value });
  if (problem === 'range') throw new UsageError('error.dateOutOfRange', { field, value, from: range.from.slice(0, 4), to: range.to.slice(0, 4) });
  return value.trim();
}

/** A workshop's start or end date: between 2000 and 2100. */
export function parseWorkshopDate(value: string, field: string): string {
  return parseDate(value, field, WORKSHOP_RANGE);
}

export function parseOptionalDate(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : parseDate(value, field);
}

/** The largest number any count, limit or position flag takes: far above any workshop, far below where JavaScript or SQLite lose precision. */
export const MAX_COUNT = 1_000_000_000;

/** A whole number in [min, max]; anything else (a fraction, 1e400, 99999999999999999999) is exit 2 naming the flag and the range. */
export function parseIntInRange(value: string, field: string, min: number, max: number): number {
  const text = value.trim();
  const n = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
  if (!(n >= min && n <= max)) throw new UsageError('error.numberOutOfRange', { field, value, min, max });
  return n;
}

/** A number, a position, --day, --limit: 1 to MAX_COUNT. */
export function parsePositiveInt(value: string, field: string): number {
  return parseIntInRange(value, field, 1, MAX_COUNT);
}

export function parseChoice<T extends string>(value: string, choices: readonly T[], field: string): T {
  const v = value.trim().toLowerCase();
  const found = choices.find((c) => c === v);
  if (!found) throw new UsageError('error.invalidChoice', { field, value, choices: choices.join(', ') });
  return found;
}
