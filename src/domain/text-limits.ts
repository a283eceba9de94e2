// How long a value may be, so no input makes a report take minutes or a page hold one word (issue 14).
// Generous for real office texts: a 124-character OPD name, a title of two lines, a page of problem text.
import { UsageError } from '../errors.js';

/** Limits in characters, by the field's name as the store and the command line call it. */
export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  name: 300,
  short: 100,
  short_name: 100,
  position: 300,
  title: 500,
  affair: 300,
  owner: 300,
  ownerName: 300,
  action: 3000,
  output: 5000,
  indicator: 5000,
  note: 2000,
  representative: 300,
  problem: 5000,
  description: 5000,
  objective: 5000,
  benefit: 5000,
  expected_result: 5000,
  expectedResult: 5000,
};

/** Exit 2 naming the first field of `values` longer than its limit (unknown fields are not checked). */
export function checkTextLimits(values: object): void {
  for (const [field, value] of Object.entries(values)) {
    const max = TEXT_LIMITS[field];
    if (max !== undefined && typeof value === 'string' && value.length > max) throw new UsageError('error.tooLong', { field: field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), max });
  }
}
