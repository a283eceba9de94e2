import type { Command } from 'commander';
import type { Context } from '../cli/context.js';
import { FileError } from '../errors.js';
import { type Answer, emit, table } from '../cli/output.js';
import type { Translate } from '../i18n/index.js';
import { fileHealth } from '../store/check.js';
import { SCHEMA_VERSION } from '../store/migrations/index.js';

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('check')
    .description(t('help.check'))
    .action(async () => {
      // The findings are shown either way; a damaged file then ends with exit 1.
      const { failure, ...answer } = runCheck(ctx);
      await emit(ctx, answer);
      if (failure) throw failure;
    });
}

export function runCheck(ctx: Context): Answer & { failure?: FileError } {
  const store = ctx.open();
  const health = fileHealth(store);
  const { integrity, foreign_key_violations: fk, schema_version: version, counts, problems } = health;
  const ok = integrity.length === 1 && integrity[0] === 'ok' && fk.length === 0 && version === SCHEMA_VERSION && problems.length === 0;
  const okWord = ctx.t('check.okWord');
  const rows: [string, string][] = [
    [ctx.t('check.integrity'), integrity.join('; ') === 'ok' ? okWord : integrity.join('; ')],
    [ctx.t('check.foreignKeys'), fk.length === 0 ? okWord : fk.map((f) => `${f.table}#${f.rowid} → ${f.parent}`).join('; ')],
    [ctx.t('check.schema'), `${version}/${SCHEMA_VERSION}`],
    [ctx.t('check.values'), problems.length === 0 ? okWord : problems.join('; ')],
    ...Object.entries(counts).map(([k, v]): [string, string] => [k, String(v)]),
  ];
  const answer: Answer = {
    json: { ok, file: store.path, ...health, expected_schema_version: SCHEMA_VERSION },
    view: table(rows, [
      { header: ctx.t('col.field'), value: (r) => r[0] },
      { header: ctx.t('col.value'), value: (r) => r[1] },
    ]),
  };
  if (ok) return { ...answer, message: ctx.t('check.ok') };
  const reason = (problems.length > 0 && integrity.join() === 'ok' ? [] : integrity).concat(fk.map((f) => `${f.table}#${f.rowid}`), problems).join('; ');
  return { ...answer, failure: new FileError('error.damaged', { file: store.path, reason }, { key: 'error.damagedHint' }) };
}
