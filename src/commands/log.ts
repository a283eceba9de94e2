import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { type Answer, emit, table } from '../cli/output.js';
import { parsePositiveInt } from '../cli/parse.js';
import type { Translate } from '../i18n/index.js';
import { localDateTime } from '../domain/dates.js';
import { latestAuditEntries } from '../store/audit-log.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('log')
    .description(t('help.log'))
    .option('--limit <n>', t('help.log.limit'), '50')
    .action((opts: { limit: string }) => emit(ctx, runLog(ctx, parsePositiveInt(opts.limit, '--limit'))));
}

export function runLog(ctx: Context, limit: number): Answer {
  const store = ctx.open();
  const entries = latestAuditEntries(store, limit);
  const view = table(
    entries,
    [
      { header: ctx.t('col.when'), value: (r) => localDateTime(r.at) },
      { header: ctx.t('col.command'), value: (r) => r.command },
      { header: ctx.t('col.action'), value: (r) => r.action },
      { header: ctx.t('col.entity'), value: (r) => r.entity },
      { header: ctx.t('col.fields'), value: (r) => [r.fields.join(', '), r.detail].filter(Boolean).join(' — ') },
    ],
    { empty: ctx.t('log.none') },
  );
  return { json: entries, view };
}
