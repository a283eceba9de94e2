import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { removeUnit, unitUsage } from '../../store/unit-corrections.js';
import { resolveUnit } from '../../store/units.js';
import { unitJson } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('remove')
    .description(t('help.unit.remove'))
    .argument('<unit>', t('help.unit.ref'))
    .action(async (ref: string) => emit(ctx, await runRemove(ctx, ref)));
}

/** Removes a unit registered by mistake; refused (exit 4, with the counts) while anything points at it. */
export async function runRemove(ctx: Context, ref: string): Promise<Answer> {
  const store = ctx.open();
  const unit = resolveUnit(store, ref);
  // Refused before asking (removeUnit checks again inside the transaction).
  const usage = unitUsage(store, unit.id);
  if (usage.participants + usage.ideas + usage.commitments === 0) {
    await ctx.confirm(ctx.t('unit.removeWhat', { no: unit.no, name: unit.name }), ctx.t('unit.removeQuestion', { no: unit.no, name: unit.name }));
  }
  store.change(() => removeUnit(store, resolveUnit(store, String(unit.no))));
  return { json: unitJson(unit, 0), message: ctx.t('unit.removed', { no: unit.no, name: unit.name }) };
}
