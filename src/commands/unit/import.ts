import type { Command } from 'commander';
import { type CsvImportFlags, addCsvImportOptions } from '../csv-options.js';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { parseDelimiter } from '../../import/csv-delimiter.js';
import { CSV_ENCODINGS } from '../../import/csv-encoding.js';
import { readCsv } from '../../import/csv.js';
import { looksLikeHeader, matchHeaders, parseMapFlags } from '../../import/headers.js';
import { UNIT_HEADERS, UNIT_IMPORT_FIELDS, type UnitProblem, importUnits } from '../../import/units.js';
import { UNIT_KINDS, unitsCreated } from '../../store/units.js';
import { unitRef } from '../refs.js';
import { warnNearUnit } from './add.js';

type UnitImportFlags = CsvImportFlags;

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent.command('import').description(t('help.unit.import')).argument('<csv>', t('help.import.csv'));
  addCsvImportOptions(command, t).action(async (csv: string, opts: UnitImportFlags) => {
    const { failure, ...answer } = await runUnitImport(ctx, csv, opts);
    await emit(ctx, answer);
    if (failure) throw failure;
  });
}

/** The import's answer, and the error to end with once it is shown (invalid rows without --skip-invalid). */
export async function runUnitImport(ctx: Context, csv: string, flags: UnitImportFlags): Promise<Answer & { failure?: UsageError }> {
  const store = ctx.open();
  const encoding = flags.encoding === undefined ? 'utf8' : parseChoice(flags.encoding, CSV_ENCODINGS, '--encoding');
  const delimiter = flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter);
  const map = parseMapFlags(flags.map, UNIT_IMPORT_FIELDS);
  const table = await readCsv(ctx.resolvePath(csv), { delimiter, encoding, sheet: flags.sheet, isHeader: (v) => looksLikeHeader(v, UNIT_HEADERS, 1) });
  const { columns } = matchHeaders(table.headers, UNIT_HEADERS, map);
  if (columns.name === undefined) {
    throw new UsageError('error.columnMissing', { field: 'name', headers: table.headers.join(', ') }, { key: 'error.columnMissingHint', params: { field: 'name' } });
  }
  const result = importUnits(store, table.rows, columns, { skipInvalid: Boolean(flags.skipInvalid), dryRun: Boolean(flags.dryRun) });
  const problem = (p: UnitProblem) => ctx.t(`import.problem.${p.code}`, { ref: p.ref ?? UNIT_KINDS.join(', ') });
  // Invalid rows are errors: listed even with --quiet and --json (stderr), one per line.
  for (const p of result.invalid) ctx.io.stderr.write(ctx.t('import.line', { line: p.line, field: p.field, problem: problem(p) }) + '\n');
  const invalidRows = new Set(result.invalid.map((p) => p.line)).size;
  const failed = invalidRows > 0 && !flags.skipInvalid;
  if (!failed) for (const { name, match } of result.near) warnNearUnit(ctx, name, match);
  const json = {
    added: failed ? 0 : result.added.length,
    existing: result.existing.length,
    invalid: result.invalid.map((p) => ({ line: p.line, field: p.field, problem: problem(p) })),
    units_created: failed ? [] : unitsCreated(store, result.added).map((u) => unitRef(u.no, u.name, u.short_name)),
    dry_run: result.dry_run,
  };
  if (failed) return { json, failure: new UsageError('error.importInvalid', { count: invalidRows }, { key: 'error.importInvalidHint' }) };
  const counts = { added: result.added.length, existing: result.existing.length, invalid: invalidRows };
  return { json, message: ctx.t(result.dry_run ? 'unit.import.summaryDry' : 'unit.import.summary', counts) };
}
