import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Context } from '../cli/context.js';
import { NotFoundError, UsageError } from '../errors.js';
import { printJson, printTable } from '../cli/output.js';
import type { Translate } from '../i18n/index.js';
import { mergeCopies } from '../store/merge.js';
import { openOtherCopy } from '../store/merge/other-copy.js';
import { MERGE_TABLES } from '../store/merge/summary.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('merge')
    .description(t('help.merge'))
    .argument('<other>', t('help.merge.other'))
    .option('--dry-run', t('help.merge.dryRun'))
    .action((other: string, opts: { dryRun?: boolean }) => runMerge(ctx, other, { dryRun: Boolean(opts.dryRun) }));
}

export async function runMerge(ctx: Context, otherFile: string, opts: { dryRun: boolean }): Promise<void> {
  const otherPath = ctx.resolvePath(otherFile);
  if (!existsSync(otherPath)) throw new NotFoundError('merge.otherNotFound', { file: otherPath });
  const store = ctx.open();
  if (otherPath === store.path) throw new UsageError('merge.sameFile', { file: otherPath });
  const other = openOtherCopy(otherPath);
  let result;
  try {
    result = mergeCopies(store, other, { dryRun: opts.dryRun, otherPath });
  } finally {
    other.close();
  }
  if (ctx.opts.json) return printJson(ctx, result);
  if (result.total === 0) {
    ctx.info(ctx.t(result.audit_entries > 0 ? 'merge.onlyLog' : 'merge.nothing', { file: otherPath, entries: result.audit_entries }));
    return;
  }
  const rows = MERGE_TABLES.map((table) => ({ table, ...result.counts[table] })).filter((r) => r.added + r.updated > 0);
  await printTable(ctx, rows, [
    { header: ctx.t('merge.col.table'), value: (r) => r.table },
    { header: ctx.t('merge.col.added'), value: (r) => r.added, align: 'right' },
    { header: ctx.t('merge.col.updated'), value: (r) => r.updated, align: 'right' },
  ]);
  ctx.info(ctx.t(opts.dryRun ? 'merge.dryRunDone' : 'merge.done', { file: otherPath, total: result.total, entries: result.audit_entries }));
}
