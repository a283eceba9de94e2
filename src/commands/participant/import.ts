import type { Command } from 'commander';
import { type CsvImportFlags, addCsvImportOptions } from '../csv-options.js';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { startProgress } from '../../cli/progress.js';
import type { Translate } from '../../i18n/index.js';
import { CSV_ENCODINGS, parseDelimiter, streamCsv } from '../../import/csv.js';
import { headerKey, looksLikeHeader, matchHeaders, parseMapFlags } from '../../import/headers.js';
import { PARTICIPANT_HEADERS, PARTICIPANT_IMPORT_FIELDS, type RowProblem, validatedBatches } from '../../import/participant-rows.js';
import { DUPLICATE_POLICIES, type ImportResult, importParticipants } from '../../import/participants.js';
import { ValidationWorker } from '../../import/parallel.js';
import type { WorkshopStore } from '../../store/db.js';

export interface ImportFlags extends CsvImportFlags {
  onDuplicate?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  const command = parent
    .command('import')
    .description(t('help.participant.import'))
    .argument('<csv>', t('help.import.csv'));
  addCsvImportOptions(command, t)
    .option('--on-duplicate <policy>', t('help.import.onDuplicate'))
    .action((csv: string, opts: ImportFlags) => runImport(ctx, csv, opts));
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
      delimiter,
      encoding,
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

export async function runImport(ctx: Context, csv: string, flags: ImportFlags): Promise<void> {
  const store = ctx.open();
  const result = await importParticipantFile(ctx, store, csv, flags);
  const line = (p: RowProblem) => ctx.t('import.line', { line: p.line, field: p.field, problem: problemText(ctx, p) });
  // Invalid rows are errors: listed even with --quiet and --json (stderr), one per line.
  for (const p of result.invalid) ctx.io.stderr.write(line(p) + '\n');
  for (const p of result.warnings) ctx.warn(line(p));
  const invalidRows = new Set(result.invalid.map((p) => p.line)).size;
  if (ctx.opts.json) {
    printJson(ctx, {
      added: result.added,
      updated: result.updated,
      duplicates: result.duplicates,
      invalid: result.invalid.map((p) => ({ line: p.line, field: p.field, problem: problemText(ctx, p) })),
      warnings: result.warnings.map((p) => ({ line: p.line, field: p.field, problem: problemText(ctx, p) })),
      units_created: result.units_created,
      dry_run: result.dry_run,
    });
  } else {
    const counts = { added: result.added, updated: result.updated, duplicates: result.duplicates, invalid: invalidRows };
    if (result.units_created.length > 0) {
      ctx.info(ctx.t(result.dry_run ? 'import.unitsWouldCreate' : 'import.unitsCreated', { units: result.units_created.join(', ') }));
    }
    if (invalidRows === 0 || flags.skipInvalid) ctx.info(ctx.t(result.dry_run ? 'import.summaryDry' : 'import.summary', counts));
  }
  if (invalidRows > 0 && !flags.skipInvalid) {
    throw new UsageError('error.importInvalid', { count: invalidRows }, { key: 'error.importInvalidHint' });
  }
}
