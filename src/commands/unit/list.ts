import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit, table } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { participantsPerUnit } from '../../store/counts.js';
import { listUnits } from '../../store/units.js';
import { unitJson } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.unit.list'))
    .action(() => emit(ctx, runList(ctx)));
}

export function runList(ctx: Context): Answer {
  const store = ctx.open();
  const { units, counts } = store.read(() => ({ units: listUnits(store), counts: participantsPerUnit(store) }));
  const rows = units.map((u) => ({ ...u, participants: counts.get(u.id) ?? 0 }));
  const view = table(
    rows,
    [
      { header: ctx.t('col.no'), value: (u) => u.no, align: 'right' },
      { header: ctx.t('col.name'), value: (u) => u.name },
      { header: ctx.t('col.short'), value: (u) => u.short_name },
      { header: ctx.t('col.kind'), value: (u) => u.kind },
      { header: ctx.t('col.participants'), value: (u) => u.participants, align: 'right' },
    ],
    { empty: ctx.t('unit.none') },
  );
  return { json: rows.map((u) => unitJson(u, u.participants)), view };
}
