import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { participantsPerUnit } from '../../store/counts.js';
import { getUnit, mergeUnitInto } from '../../store/unit-corrections.js';
import { resolveUnit } from '../../store/units.js';
import { unitJson } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('merge')
    .description(t('help.unit.merge'))
    .argument('<from>', t('help.unit.merge.from'))
    .argument('<into>', t('help.unit.merge.into'))
    .action(async (from: string, into: string) => emit(ctx, await runMerge(ctx, from, into)));
}

/** Folds a near-duplicate unit ("Dinkes Kota") into the right one ("Dinkes"): its people, ideas and commitments move. */
export async function runMerge(ctx: Context, fromRef: string, intoRef: string): Promise<Answer> {
  const store = ctx.open();
  const from = resolveUnit(store, fromRef);
  const into = resolveUnit(store, intoRef);
  const params = { from: `${from.no}. ${from.name}`, into: `${into.no}. ${into.name}` };
  await ctx.confirm(ctx.t('unit.mergeWhat', params), ctx.t('unit.mergeQuestion', params));
  const { unit, moved, participants } = store.change(() => {
    const moved = mergeUnitInto(store, getUnit(store, from.id), getUnit(store, into.id));
    return { unit: getUnit(store, into.id), moved, participants: participantsPerUnit(store).get(into.id) ?? 0 };
  });
  return { json: unitJson(unit, participants), message: ctx.t('unit.merged', { ...params, ...moved }) };
}
