import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { FileError } from '../errors.js';
import { printJson, printTable } from '../cli/output.js';
import type { Translate } from '../i18n/index.js';
import { SCHEMA_VERSION } from '../store/migrations/index.js';

const TABLES = ['unit', 'participant', 'attendance', 'idea', 'idea_status_history', 'criterion', 'score', 'commitment', 'commitment_update', 'audit_log'];

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('check')
    .description(t('help.check'))
    .action(() => runCheck(ctx));
}

export interface CheckResult {
  ok: boolean;
  file: string;
  integrity: string[];
  foreign_key_violations: { table: string; rowid: number; parent: string }[];
  schema_version: number;
  expected_schema_version: number;
  counts: Record<string, number>;
}

export async function runCheck(ctx: Context): Promise<void> {
  const store = ctx.open();
  const integrity = (store.db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const fk = (store.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]).map((r) => ({
    table: r.table,
    rowid: r.rowid,
    parent: r.parent,
  }));
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = store.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  const version = store.schemaVersion();
  const ok = integrity.length === 1 && integrity[0] === 'ok' && fk.length === 0 && version === SCHEMA_VERSION;
  const result: CheckResult = { ok, file: store.path, integrity, foreign_key_violations: fk, schema_version: version, expected_schema_version: SCHEMA_VERSION, counts };
  if (ctx.opts.json) printJson(ctx, result);
  else {
    const okWord = ctx.t('check.okWord');
    await printTable(
      ctx,
      [
        [ctx.t('check.integrity'), integrity.join('; ') === 'ok' ? okWord : integrity.join('; ')],
        [ctx.t('check.foreignKeys'), fk.length === 0 ? okWord : fk.map((f) => `${f.table}#${f.rowid} → ${f.parent}`).join('; ')],
        [ctx.t('check.schema'), `${version}/${SCHEMA_VERSION}`],
        ...Object.entries(counts).map(([k, v]) => [k, String(v)] as [string, string]),
      ],
      [
        { header: ctx.t('col.field'), value: (r) => r[0] },
        { header: ctx.t('col.value'), value: (r) => r[1] },
      ],
    );
  }
  if (!ok) throw new FileError('error.damaged', { file: store.path, reason: integrity.concat(fk.map((f) => `${f.table}#${f.rowid}`)).join('; ') }, { key: 'error.damagedHint' });
  ctx.info(ctx.t('check.ok'));
}
