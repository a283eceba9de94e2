import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import type { Context } from '../cli/context.js';
import { type Answer, emit, table } from '../cli/output.js';
import { parseChoice } from '../cli/parse.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { Translate } from '../i18n/index.js';
import { mergeCopies } from '../store/merge.js';
import { closeOtherCopy, companionsBefore, openOtherCopy } from '../store/merge/other-copy.js';
import { MERGE_TABLES, type MergeResult } from '../store/merge/summary.js';

const PREFER = ['ours', 'theirs'] as const;

interface MergeOptions {
  other: string;
  dryRun: boolean;
  /** Whose NIP it is when both copies gave one NIP to differently named people. */
  prefer?: 'ours' | 'theirs';
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('merge')
    .description(t('help.merge'))
    .argument('<other>', t('help.merge.other'))
    .option('--dry-run', t('help.merge.dryRun'))
    .option('--prefer <side>', t('help.merge.prefer'))
    .action(async (other: string, opts: { dryRun?: boolean; prefer?: string }) =>
      emit(ctx, runMerge(ctx, { other, dryRun: Boolean(opts.dryRun), prefer: opts.prefer === undefined ? undefined : parseChoice(opts.prefer, PREFER, '--prefer') })),
    );
}

export function runMerge(ctx: Context, opts: MergeOptions): Answer {
  const otherPath = ctx.resolvePath(opts.other);
  if (!existsSync(otherPath)) throw new NotFoundError('merge.otherNotFound', { file: otherPath });
  const store = ctx.open();
  if (otherPath === store.path) throw new UsageError('merge.sameFile', { file: otherPath });
  const before = companionsBefore(otherPath);
  let other: ReturnType<typeof openOtherCopy>;
  try {
    other = openOtherCopy(otherPath);
  } catch (error) {
    closeOtherCopy(undefined, otherPath, before);
    throw error;
  }
  let result: MergeResult;
  try {
    result = mergeCopies(store, other, { dryRun: opts.dryRun, otherPath, prefer: opts.prefer });
  } finally {
    closeOtherCopy(other, otherPath, before);
  }
  for (const c of result.conflicts) {
    ctx.warn(ctx.t('merge.conflictLine', { nip: c.nip, ours: `${c.ours.no}. ${c.ours.name}`, theirs: `${c.theirs.no}. ${c.theirs.name}`, file: otherPath }));
  }
  if (result.total === 0) {
    return { json: result, message: ctx.t(result.audit_entries > 0 ? 'merge.onlyLog' : 'merge.nothing', { file: otherPath, entries: result.audit_entries }) };
  }
  // What came in (or would, with --dry-run), per table.
  const rows = MERGE_TABLES.map((name) => ({ table: name, ...result.counts[name] })).filter((r) => r.added + r.updated + r.removed > 0);
  return {
    json: result,
    view: table(rows, [
      { header: ctx.t('merge.col.table'), value: (r) => r.table },
      { header: ctx.t('merge.col.added'), value: (r) => r.added, align: 'right' },
      { header: ctx.t('merge.col.updated'), value: (r) => r.updated, align: 'right' },
      { header: ctx.t('merge.col.removed'), value: (r) => r.removed, align: 'right' },
    ]),
    message: ctx.t(opts.dryRun ? 'merge.dryRunDone' : 'merge.done', { file: otherPath, total: result.total, entries: result.audit_entries }),
  };
}
