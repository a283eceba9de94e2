// How long a value may be, so no input makes a report take minutes or a page hold one word (issue 14).
// Generous for real office texts: a 124-character OPD name, a title of two lines, a page of problem text.
import { UsageError } from '../errors.js';
import { type TextProblemCode, checkTextValue } from './text.js';

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
  // The workshop's own fields (init, workshop set) and a criterion's label, a photo's caption.
  organizer: 300,
  partner: 300,
  city: 100,
  venue: 300,
  legal_basis: 5000,
  signatory_position: 300,
  signatory_name: 300,
  label: 300,
  scorer: 300,
  proposerName: 300,
  proposer_name: 300,
  caption: 500,
};

/**
 * Exit 2 naming the first field of `values` longer than its limit (unknown fields have none) or holding a
 * character domain/text.ts refuses.
 */
export function checkTextLimits(values: object): void {
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    const max = TEXT_LIMITS[field];
    if (max !== undefined && value.length > max) throw new UsageError('error.tooLong', { field: fieldLabel(field), max });
    checkText(field, value);
  }
}

/** The field as the command line names it (expectedResult → expected_result). */
function fieldLabel(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/**
 * Exit 2 when a value holds what domain/text.ts refuses (control characters, bidi overrides, nothing
 * visible), naming the field: `name: …`. Any field, listed in TEXT_LIMITS or not.
 */
export function checkText(field: string, value: string | null | undefined, label: string = fieldLabel(field)): void {
  if (typeof value !== 'string') return;
  const refusal = checkTextValue(field, value);
  if (refusal) throw new UsageError(`error.text.${refusal.code}`, { field: label, char: refusal.char });
}

export type TextFieldProblemCode = 'tooLong' | TextProblemCode;

/**
 * What an import says about one cell (`line 7: name: …`): over the field's limit (ref: the limit) or a
 * refused character (ref: the character, U+001B), else null.
 */
export function textFieldProblem(field: string, value: string): { code: TextFieldProblemCode; ref: string | number } | null {
  const max = TEXT_LIMITS[field];
  if (max !== undefined && value.length > max) return { code: 'tooLong', ref: max };
  const refusal = checkTextValue(field, value);
  return refusal === null ? null : { code: refusal.code, ref: refusal.char };
}
