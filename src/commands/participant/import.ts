import type { Command } from 'commander';
import { type CsvImportFlags, addCsvImportOptions } from '../csv-options.js';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { startProgress } from '../../cli/progress.js';
import type { Translate } from '../../i18n/index.js';
import { parseDelimiter } from '../../import/csv-delimiter.js';
import { CSV_ENCODINGS } from '../../import/csv-encoding.js';
import { streamCsv } from '../../import/csv.js';
import { headerKey, looksLikeHeader, matchHeaders, parseMapFlags } from '../../import/headers.js';
import { PARTICIPANT_HEADERS, PARTICIPANT_IMPORT_FIELDS, type RowProblem, validatedBatches } from '../../import/participant-rows.js';
import { DUPLICATE_POLICIES, type ImportResult, importParticipants } from '../../import/participants.js';
import { ValidationWorker } from '../../import/parallel.js';
import type { WorkshopStore } from '../../store/db.js';
import { unitsCreated } from '../../store/units.js';
import { unitKey } from '../../store/participant-import.js';
import { unitRef } from '../refs.js';

export interface ImportFlags extends CsvImportFlags {
  onDuplicate?: string;
  createUnits?: boolean;
  mapUnit?: string[];
}

/** `--map-unit "Dinkes Kota=Dinkes"` (repeatable): a unit name of the file → the existing unit it means. */
function parseUnitMap(pairs: readonly string[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs ?? []) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UsageError('unit.error.mapUnit', { value: pair });
    map.set(unitKey(pair.slice(0, at)), pair.slice(at + 1).trim());
  }
  return map;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent
    .command('import')
    .description(t('help.participant.import'))
    .argument('<csv>', t('help.import.csv'));
  addCsvImportOptions(command, t)
    .option('--on-duplicate <policy>', t('help.import.onDuplicate'))
    .option('--create-units', t('help.unit.createUnits'))
    .option('--map-unit <name=unit>', t('help.unit.mapUnit'), (value: string, all: string[] = []) => [...all, value])
    .action(async (csv: string, opts: ImportFlags) => {
      const { failure, ...answer } = await runImport(ctx, csv, opts);
      await emit(ctx, answer);
      if (failure) throw failure;
    });
}

/** Reads, validates and imports a participant CSV; prints nothing (the demo uses it as it is). */
export async function importParticipantFile(ctx: Context, store: WorkshopStore, csv: string, flags: ImportFlags): Promise<ImportResult> {
  const encoding = flags.encoding === undefined ? 'utf8' : parseChoice(flags.encoding, CSV_ENCODINGS, '--encoding');
  const onDuplicate = flags.onDuplicate === undefined ? 'skip' : parseChoice(flags.onDuplicate, DUPLICATE_POLICIES, '--on-duplicate');
  const delimiter = flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter);
  const map = parseMapFlags(flags.map, PARTICIPANT_IMPORT_FIELDS);
  const mapped = new Set(Object.values(map).map((h) => headerKey(h)));
  const path = ctx.resolvePath(csv);
  // Started before the file is read, so that it is ready by then (see import/parallel.ts).
  const worker = await ValidationWorker.start(path);
  try {
    const stream = await streamCsv(path, {
      shared: worker !== undefined,
      delimiter,
      encoding,
      sheet: flags.sheet,
      isHeader: (values) => looksLikeHeader(values, PARTICIPANT_HEADERS) || (mapped.size > 0 && values.some((v) => mapped.has(headerKey(v)))),
    });
    if (stream.headers.length === 0) throw new UsageError('error.csvEmpty', { file: csv });
    const { columns, ignored } = matchHeaders(stream.headers, PARTICIPANT_HEADERS, map);
    if (columns.name === undefined) {
      throw new UsageError('error.columnMissing', { field: 'name', headers: stream.headers.join(', ') }, { key: 'error.columnMissingHint', params: { field: 'name' } });
    }
    // A "No" column is the sheet's own row number: expected, not worth mentioning.
    const worthMentioning = ignored.filter((h) => !['no', 'nomor', 'nourut'].includes(headerKey(h)));
    if (worthMentioning.length > 0) ctx.info(ctx.t('import.ignoredColumns', { columns: worthMentioning.join(', ') }));
    const progress = await startProgress(ctx, stream.estimatedRows, ctx.t('import.progress'));
    try {
      // A large file's rows are parsed and validated by the worker thread, meanwhile this one writes.
      const pending = worker && stream.pending;
      if (pending && ctx.env.INNOLAB_DEBUG === '1') ctx.io.stderr.write(`debug: ${ctx.t('import.debugWorker')}\n`);
      const batches = pending ? worker.batches(pending, columns, stream.pieceLines) : validatedBatches(stream, columns);
      return await importParticipants(store, batches, columns, {
        onDuplicate,
        createUnits: Boolean(flags.createUnits),
        unitMap: parseUnitMap(flags.mapUnit),
        skipInvalid: Boolean(flags.skipInvalid),
        dryRun: Boolean(flags.dryRun),
        expectedRows: stream.estimatedRows,
        onProgress: (n) => progress.tick(n),
      });
    } finally {
      progress.stop();
    }
  } finally {
    worker?.close();
  }
}

export function problemText(ctx: Context, p: RowProblem): string {
  return ctx.t(`import.problem.${p.code}`, { ref: p.ref ?? '' });
}

/** The import's answer, and the error to end with once it is shown (invalid rows without --skip-invalid). */
export async function runImport(ctx: Context, csv: string, flags: ImportFlags): Promise<Answer & { failure?: UsageError }> {
  const store = ctx.open();
  const result = await importParticipantFile(ctx, store, csv, flags);
  const problem = (p: RowProblem) => ({ line: p.line, field: p.field, problem: problemText(ctx, p) });
  const line = (p: RowProblem) => ctx.t('import.line', problem(p));
  // Invalid rows are errors: listed even with --quiet and --json (stderr), one per line.
  for (const p of result.invalid) ctx.io.stderr.write(line(p) + '\n');
  for (const p of result.warnings) ctx.warn(line(p));
  const invalidRows = new Set(result.invalid.map((p) => p.line)).size;
  const json = {
    added: result.added,
    updated: result.updated,
    duplicates: result.duplicates,
    invalid: result.invalid.map(problem),
    warnings: result.warnings.map(problem),
    units_created: unitsCreated(store, result.units_created).map((u) => unitRef(u.no, u.name, u.short_name)),
    dry_run: result.dry_run,
  };
  if (invalidRows > 0 && !flags.skipInvalid) {
    return { json, failure: new UsageError('error.importInvalid', { count: invalidRows }, { key: 'error.importInvalidHint' }) };
  }
  if (result.units_created.length > 0) {
    ctx.info(ctx.t(result.dry_run ? 'import.unitsWouldCreate' : 'import.unitsCreated', { units: result.units_created.join(', ') }));
  }
  const counts = { added: result.added, updated: result.updated, duplicates: result.duplicates, invalid: invalidRows };
  return { json, message: ctx.t(result.dry_run ? 'import.summaryDry' : 'import.summary', counts) };
}
