import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Context } from '../cli/context.js';
import { type Answer, emit, table } from '../cli/output.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { mergeCopies } from '../store/merge.js';
import { openOtherCopy } from '../store/merge/other-copy.js';
import { MERGE_TABLES, type MergeResult } from '../store/merge/summary.js';

interface MergeOptions {
  other: string;
  dryRun: boolean;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('merge')
    .description(t('help.merge'))
    .argument('<other>', t('help.merge.other'))
    .option('--dry-run', t('help.merge.dryRun'))
    .action(async (other: string, opts: { dryRun?: boolean }) => emit(ctx, runMerge(ctx, { other, dryRun: Boolean(opts.dryRun) })));
}

export function runMerge(ctx: Context, opts: MergeOptions): Answer {
  const otherPath = ctx.resolvePath(opts.other);
  if (!existsSync(otherPath)) throw new NotFoundError('merge.otherNotFound', { file: otherPath });
  const store = ctx.open();
  if (otherPath === store.path) throw new UsageError('merge.sameFile', { file: otherPath });
  const other = openOtherCopy(otherPath);
  let result: MergeResult;
  try {
    result = mergeCopies(store, other, { dryRun: opts.dryRun, otherPath });
  } finally {
    other.close();
  }
  if (result.total === 0) {
    return { json: result, message: ctx.t(result.audit_entries > 0 ? 'merge.onlyLog' : 'merge.nothing', { file: otherPath, entries: result.audit_entries }) };
  }
  // What came in (or would, with --dry-run), per table.
  const rows = MERGE_TABLES.map((name) => ({ table: name, ...result.counts[name] })).filter((r) => r.added + r.updated > 0);
  return {
    json: result,
    view: table(rows, [
      { header: ctx.t('merge.col.table'), value: (r) => r.table },
      { header: ctx.t('merge.col.added'), value: (r) => r.added, align: 'right' },
      { header: ctx.t('merge.col.updated'), value: (r) => r.updated, align: 'right' },
    ]),
    message: ctx.t(opts.dryRun ? 'merge.dryRunDone' : 'merge.done', { file: otherPath, total: result.total, entries: result.audit_entries }),
  };
}
