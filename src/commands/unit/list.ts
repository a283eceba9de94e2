import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printTable } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { listUnits } from '../../store/units.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.unit.list'))
    .action(() => runList(ctx));
}

export async function runList(ctx: Context): Promise<void> {
  const store = ctx.open();
  const counts = new Map(
    (store.db.prepare('SELECT unit_id, COUNT(*) AS n FROM participant GROUP BY unit_id').all() as { unit_id: number; n: number }[]).map((r) => [r.unit_id, r.n]),
  );
  const units = listUnits(store).map(({ id, ...u }) => ({ ...u, participants: counts.get(id) ?? 0 }));
  if (ctx.opts.json) return printJson(ctx, units);
  if (units.length === 0) return ctx.info(ctx.t('unit.none'));
  await printTable(ctx, units, [
    { header: ctx.t('col.no'), value: (u) => u.no, align: 'right' },
    { header: ctx.t('col.name'), value: (u) => u.name },
    { header: ctx.t('col.short'), value: (u) => u.short_name },
    { header: ctx.t('col.kind'), value: (u) => u.kind },
    { header: ctx.t('col.participants'), value: (u) => u.participants, align: 'right' },
  ]);
}
