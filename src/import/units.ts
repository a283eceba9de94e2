// Unit rows from a CSV (name, short name, kind): validation and the import, existing units skipped.
import type { WorkshopStore } from '../store/db.js';
import { nearUnit } from '../store/unit-near.js';
import { UNIT_KINDS, type Unit, type UnitKind, addUnit, findUnitExact, listUnits } from '../store/units.js';
import type { CsvRow } from './csv-records.js';
import type { Synonyms } from './headers.js';
import { looksLikeFormula } from '../domain/participant.js';
import { type TextFieldProblemCode, textFieldProblem } from '../domain/text-limits.js';

export const UNIT_IMPORT_FIELDS = ['name', 'short', 'kind'] as const;
export type UnitImportField = (typeof UNIT_IMPORT_FIELDS)[number];

export const UNIT_HEADERS: Synonyms<UnitImportField> = {
  name: ['name', 'nama', 'nama unit', 'nama opd', 'opd', 'unit', 'unit kerja', 'perangkat daerah', 'instansi'],
  short: ['short', 'singkatan', 'short name', 'nama singkat', 'akronim'],
  kind: ['kind', 'jenis', 'type', 'tipe'],
};

export interface UnitProblem {
  line: number;
  field: UnitImportField;
  code: 'required' | 'formula' | 'kind' | TextFieldProblemCode;
  /** The limit or the refused character of a text problem. */
  ref?: string | number;
}

export interface UnitImportResult {
  added: string[];
  existing: string[];
  /** Units added whose name is close to one there already (see nearUnit): probably a typo, said as a warning. */
  near: { name: string; match: Pick<Unit, 'no' | 'name'> }[];
  invalid: UnitProblem[];
  dry_run: boolean;
}

export function importUnits(
  store: WorkshopStore,
  rows: readonly CsvRow[],
  columns: Partial<Record<UnitImportField, number>>,
  options: { skipInvalid: boolean; dryRun: boolean },
): UnitImportResult {
  const get = (values: readonly string[], i: number | undefined) => (i === undefined ? '' : (values[i] ?? '').trim());
  // A leading apostrophe before = + - @ marks deliberate text (as `export` and spreadsheets write it): the
  // apostrophe is not part of the name, and the name is no formula.
  const marked = (text: string) => /^'[=+\-@]/.test(text);
  const unmark = (text: string) => (marked(text) ? text.slice(1) : text);
  const invalid: UnitProblem[] = [];
  const valid: { name: string; short: string | null; kind?: UnitKind }[] = [];
  for (const { line, values } of rows) {
    const rawName = get(values, columns.name);
    const rawShort = get(values, columns.short);
    const name = unmark(rawName);
    const short = unmark(rawShort);
    const kindText = get(values, columns.kind).toLowerCase();
    const problems: UnitProblem[] = [];
    if (name === '') problems.push({ line, field: 'name', code: 'required' });
    else if (!marked(rawName) && looksLikeFormula(name)) problems.push({ line, field: 'name', code: 'formula' });
    if (short !== '' && !marked(rawShort) && looksLikeFormula(short)) problems.push({ line, field: 'short', code: 'formula' });
    const nameText = name === '' ? null : textFieldProblem('name', name);
    if (nameText) problems.push({ line, field: 'name', ...nameText });
    const shortText = short === '' ? null : textFieldProblem('short', short);
    if (shortText) problems.push({ line, field: 'short', ...shortText });
    const kind = UNIT_KINDS.find((k) => k === kindText);
    if (kindText !== '' && !kind) problems.push({ line, field: 'kind', code: 'kind' });
    if (problems.length > 0) invalid.push(...problems);
    else valid.push({ name: name.replace(/\s+/g, ' '), short: short || null, kind });
  }
  const run = (): UnitImportResult => {
    const result: UnitImportResult = { added: [], existing: [], near: [], invalid, dry_run: options.dryRun };
    if (invalid.length > 0 && !options.skipInvalid) return result;
    const seen = new Set<string>();
    // Read once; each unit added joins it, so a later row is compared with it as well.
    const units = listUnits(store);
    for (const unit of valid) {
      const key = unit.name.toLowerCase();
      const clash = findUnitExact(store, unit.name) ?? (unit.short ? findUnitExact(store, unit.short) : undefined);
      if (clash || seen.has(key)) {
        result.existing.push(unit.name);
        continue;
      }
      seen.add(key);
      const near = nearUnit(units, unit.name);
      if (near) result.near.push({ name: unit.name, match: near });
      if (!options.dryRun) units.push(addUnit(store, unit));
      result.added.push(unit.name);
    }
    return result;
  };
  return options.dryRun ? store.read(run) : store.change(run);
}
