import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { UsageError } from '../../errors.js';
import { printJson } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { type SheetProblem, SHEET_HEADERS, alreadyApplied, readSheetRows } from '../../export/commitment-sheet.js';
import type { Translate } from '../../i18n/index.js';
import { parseDelimiter } from '../../import/csv-delimiter.js';
import { CSV_ENCODINGS } from '../../import/csv-encoding.js';
import { readCsv } from '../../import/csv.js';
import { looksLikeHeader, matchHeaders } from '../../import/headers.js';
import { applyCommitmentUpdate } from '../../store/commitments.js';

export interface CommitmentImportFlags {
  delimiter?: string;
  encoding?: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('import')
    .description(t('help.commitment.import'))
    .argument('<csv>', t('help.commitment.import.csv'))
    .option('--delimiter <char>', t('help.import.delimiter'))
    .option('--encoding <encoding>', t('help.import.encoding'))
    .option('--skip-invalid', t('help.commitment.import.skipInvalid'))
    .option('--dry-run', t('help.commitment.import.dryRun'))
    .action((csv: string, opts: CommitmentImportFlags) => runCommitmentImport(ctx, csv, opts));
}

class DryRunRollback extends Error {}

export async function runCommitmentImport(ctx: Context, csv: string, flags: CommitmentImportFlags): Promise<void> {
  const encoding = flags.encoding === undefined ? 'utf8' : parseChoice(flags.encoding, CSV_ENCODINGS, '--encoding');
  const delimiter = flags.delimiter === undefined ? undefined : parseDelimiter(flags.delimiter);
  const table = await readCsv(ctx.resolvePath(csv), { delimiter, encoding, isHeader: (values) => looksLikeHeader(values, SHEET_HEADERS) });
  if (table.headers.length === 0) throw new UsageError('error.csvEmpty', { file: csv });
  const { columns } = matchHeaders(table.headers, SHEET_HEADERS);
  if (columns.no === undefined && columns.uuid === undefined) {
    throw new UsageError('error.columnMissing', { field: 'no', headers: table.headers.join(', ') }, { key: 'cimport.columnHint' });
  }
  if (columns.progress === undefined && columns.status === undefined && columns.note === undefined) {
    throw new UsageError('error.columnMissing', { field: 'progress', headers: table.headers.join(', ') }, { key: 'cimport.columnHint' });
  }

  const store = ctx.open();
  const dryRun = Boolean(flags.dryRun);
  const updated: number[] = [];
  let unchanged = 0;
  let problems: SheetProblem[] = [];
  try {
    store.change(() => {
      const read = readSheetRows(store, table.rows, columns);
      problems = read.problems;
      unchanged = table.rows.length - read.updates.length - new Set(problems.map((p) => p.line)).size;
      if (problems.length > 0 && !flags.skipInvalid) return;
      const names = (line: number) => ({ progress: `line ${line}: progress`, note: `line ${line}: note`, date: `line ${line}: date` });
      for (const u of read.updates) {
        const applied = !alreadyApplied(store, u) && applyCommitmentUpdate(store, u.commitmentId, u, names(u.line)).changed;
        if (applied) updated.push(u.no);
        else unchanged++;
      }
      if (dryRun) throw new DryRunRollback();
    });
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  }

  const text = (p: SheetProblem) => ctx.t(`cimport.problem.${p.code}`, { value: p.value ?? '', ref: p.ref ?? '' });
  // Invalid rows are errors: on stderr even with --quiet and --json, one per line.
  for (const p of problems) ctx.io.stderr.write(ctx.t('import.line', { line: p.line, field: p.field, problem: text(p) }) + '\n');
  const invalidRows = new Set(problems.map((p) => p.line)).size;
  const written = problems.length === 0 || Boolean(flags.skipInvalid);
  if (ctx.opts.json) {
    printJson(ctx, {
      updated: written ? updated.length : 0,
      unchanged: written ? unchanged : 0,
      invalid: problems.map((p) => ({ line: p.line, field: p.field, problem: text(p) })),
      commitments: written ? updated : [],
      dry_run: dryRun,
    });
  } else if (written) {
    ctx.info(ctx.t(dryRun ? 'cimport.summaryDry' : 'cimport.summary', { updated: updated.length, unchanged, invalid: invalidRows }));
  }
  if (!written) throw new UsageError('error.importInvalid', { count: invalidRows }, { key: 'error.importInvalidHint' });
}
