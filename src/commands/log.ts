import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { printJson, printTable } from '../cli/output.js';
import { parsePositiveInt } from '../cli/parse.js';
import type { Translate } from '../i18n/index.js';
import { localDateTime } from '../domain/dates.js';

interface AuditRow {
  uuid: string;
  at: string;
  command: string;
  action: string;
  entity: string;
  entity_uuid: string | null;
  fields: string | null;
  detail: string | null;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('log')
    .description(t('help.log'))
    .option('--limit <n>', t('help.log.limit'), '50')
    .action((opts: { limit: string }) => runLog(ctx, parsePositiveInt(opts.limit, '--limit')));
}

export async function runLog(ctx: Context, limit: number): Promise<void> {
  const store = ctx.open();
  const rows = (store.db.prepare('SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT ?').all(limit) as (AuditRow & { id: number })[]).map(
    ({ id: _id, fields, ...r }) => ({ ...r, fields: fields ? (JSON.parse(fields) as string[]) : [] }),
  );
  if (ctx.opts.json) return printJson(ctx, rows);
  if (rows.length === 0) return ctx.info(ctx.t('log.none'));
  await printTable(ctx, rows, [
    { header: ctx.t('col.when'), value: (r) => localDateTime(r.at) },
    { header: ctx.t('col.command'), value: (r) => r.command },
    { header: ctx.t('col.action'), value: (r) => r.action },
    { header: ctx.t('col.entity'), value: (r) => r.entity },
    { header: ctx.t('col.fields'), value: (r) => [r.fields.join(', '), r.detail].filter(Boolean).join(' — ') },
  ]);
}
