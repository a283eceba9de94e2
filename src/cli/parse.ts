// Flag values → typed values, with the one-line errors of SPEC §2 (exit 2 naming the flag).
import { parseIsoDate } from '../domain/dates.js';
import { UsageError } from '../errors.js';

export function parseDate(value: string, field: string): string {
  const date = parseIsoDate(value);
  if (!date) throw new UsageError('error.invalidDate', { field, value });
  return date;
}

export function parseOptionalDate(value: string | undefined, field: string): string | undefined {
  return value === undefined ? undefined : parseDate(value, field);
}

export function parsePositiveInt(value: string, field: string): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError('error.invalidNumber', { field, value });
  return Number(value);
}

export function parseChoice<T extends string>(value: string, choices: readonly T[], field: string): T {
  const v = value.trim().toLowerCase();
  const found = choices.find((c) => c === v);
  if (!found) throw new UsageError('error.invalidChoice', { field, value, choices: choices.join(', ') });
  return found;
}
