// `unit move <unit> <position>`: the office's order of units, which every report and `unit list` follow.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parsePositiveInt } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { moveUnit } from '../../store/unit-order.js';
import { resolveUnit } from '../../store/units.js';
import { runList } from './list.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('move')
    .description(t('help.unit.move'))
    .argument('<unit>', t('help.unit.move.unit'))
    .argument('<position>', t('help.unit.move.position'))
    .action((unit: string, position: string) => emit(ctx, runMove(ctx, { unit, position: parsePositiveInt(position, '<position>') })));
}

/** Moves the unit and answers with the units in their new order (as `unit list`). */
export function runMove(ctx: Context, opts: { unit: string; position: number }): Answer {
  const store = ctx.open();
  const unit = store.change(() => {
    const found = resolveUnit(store, opts.unit);
    moveUnit(store, found, opts.position);
    return found;
  });
  return { ...runList(ctx), message: ctx.t('unit.moved', { unit: unit.short_name ?? unit.name, position: opts.position }) };
}
