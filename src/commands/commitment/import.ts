import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { UsageError } from '../../errors.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { type SheetProblem, SHEET_HEADERS, alreadyApplied, readSheetRows } from '../../import/commitment-sheet.js';
import { readCsv } from '../../import/csv.js';
import { parseDelimiter } from '../../import/csv-delimiter.js';
import { CSV_ENCODINGS, type CsvEncoding } from '../../import/csv-encoding.js';
import { looksLikeHeader, matchHeaders } from '../../import/headers.js';
import { type CommitmentView, applyCommitmentUpdate } from '../../store/commitments.js';
import { commitmentJson } from './json.js';

export interface CommitmentImportFlags {
  delimiter?: string;
  encoding?: string;
  sheet?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
}

interface ImportOptions {
  csv: string;
  delimiter?: string;
  encoding: CsvEncoding;
  sheet?: string;
  skipInvalid: boolean;
  dryRun: boolean;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('import')
    .description(t('help.commitment.import'))
    .argument('<csv>', t('help.commitment.import.csv'))
    .option('--delimiter <char>', t('help.import.delimiter'))
    .option('--encoding <encoding>', t('help.import.encoding'))
    .option('--sheet <name>', t('help.import.sheet'))
    .option('--skip-invalid', t('help.commitment.import.skipInvalid'))
    .option('--dry-run', t('help.commitment.import.dryRun'))
    .action(async (csv: string, flags: CommitmentImportFlags) => {
      const { answer, refused } = await runCommitmentImport(ctx, parseFlags(csv, flags));
      await emit(ctx, answer);
      // All or nothing: the invalid rows are listed (and --json says so) before the exit 2.
      if (refused) throw refused;
    });
}

function parseFlags(csv: string, flags: CommitmentImportFlags): ImportOptions {
  return {
    csv,
    encoding: flags.encoding === undefined ? 'utf8' : parseChoice(flags.encoding, CSV_ENCODINGS, '--encoding'),
    delimiter: flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter),
    sheet: flags.sheet,
    skipInvalid: Boolean(flags.skipInvalid),
    dryRun: Boolean(flags.dryRun),
  };
}

class DryRunRollback extends Error {}

/** What the sheet did: the commitments it moved (as they stand after it) and the rows it could not use. */
interface SheetOutcome {
  updated: CommitmentView[];
  unchanged: number;
  problems: SheetProblem[];
}

export async function runCommitmentImport(ctx: Context, opts: ImportOptions): Promise<{ answer: Answer; refused?: UsageError }> {
  const table = await readCsv(ctx.resolvePath(opts.csv), {
    delimiter: opts.delimiter,
    encoding: opts.encoding,
    sheet: opts.sheet,
    isHeader: (values) => looksLikeHeader(values, SHEET_HEADERS),
  });
  if (table.headers.length === 0) throw new UsageError('error.csvEmpty', { file: opts.csv });
  const { columns } = matchHeaders(table.headers, SHEET_HEADERS);
  if (columns.no === undefined && columns.uuid === undefined) {
    throw new UsageError('error.columnMissing', { field: 'no', headers: table.headers.join(', ') }, { key: 'cimport.columnHint' });
  }
  if (columns.progress === undefined && columns.status === undefined && columns.note === undefined) {
    throw new UsageError('error.columnMissing', { field: 'progress', headers: table.headers.join(', ') }, { key: 'cimport.columnHint' });
  }

  const store = ctx.open();
  const outcome: SheetOutcome = { updated: [], unchanged: 0, problems: [] };
  try {
    store.change(() => {
      const read = readSheetRows(store, table.rows, columns);
      outcome.problems = read.problems;
      outcome.unchanged = table.rows.length - read.updates.length - new Set(read.problems.map((p) => p.line)).size;
      if (read.problems.length > 0 && !opts.skipInvalid) return;
      const names = (line: number) => ({ progress: `line ${line}: progress`, note: `line ${line}: note`, date: `line ${line}: date` });
      for (const u of read.updates) {
        const applied = alreadyApplied(store, u) ? undefined : applyCommitmentUpdate(store, u.commitmentId, u, names(u.line));
        if (applied?.changed) outcome.updated.push(applied.commitment);
        else outcome.unchanged++;
      }
      // A dry run reads what the sheet would do, then leaves the file as it was.
      if (opts.dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }
  return sheetAnswer(ctx, opts, outcome);
}

function sheetAnswer(ctx: Context, opts: ImportOptions, { updated, unchanged, problems }: SheetOutcome): { answer: Answer; refused?: UsageError } {
  const text = (p: SheetProblem) => ctx.t(`cimport.problem.${p.code}` as MessageKey, { value: p.value ?? '', ref: p.ref ?? '' });
  // Invalid rows are errors: on stderr even with --quiet and --json, one per line.
  for (const p of problems) ctx.io.stderr.write(ctx.t('import.line', { line: p.line, field: p.field, problem: text(p) }) + '\n');
  const invalidRows = new Set(problems.map((p) => p.line)).size;
  const written = problems.length === 0 || opts.skipInvalid;
  const json = {
    updated: written ? updated.length : 0,
    unchanged: written ? unchanged : 0,
    invalid: problems.map((p) => ({ line: p.line, field: p.field, problem: text(p) })),
    commitments: written ? updated.map(commitmentJson) : [],
    dry_run: opts.dryRun,
  };
  if (!written) return { answer: { json }, refused: new UsageError('error.importInvalid', { count: invalidRows }, { key: 'error.importInvalidHint' }) };
  const summary = opts.dryRun ? 'cimport.summaryDry' : 'cimport.summary';
  return { answer: { json, message: ctx.t(summary, { updated: updated.length, unchanged, invalid: invalidRows }) } };
}
