import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { ConflictError, UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import type { Translate } from '../../i18n/index.js';
import { nearUnit } from '../../store/unit-near.js';
import { UNIT_KINDS, addUnit, findUnitExact, listUnits } from '../../store/units.js';
import { unitJson } from './json.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('add')
    .description(t('help.unit.add'))
    .argument('<name>', t('help.unit.add.name'))
    .option('--short <abbr>', t('help.unit.add.short'))
    .option('--kind <kind>', t('help.unit.add.kind'))
    .option('--partner', t('help.unit.partner'))
    .action((name: string, opts: { short?: string; kind?: string; partner?: boolean }) => emit(ctx, runAdd(ctx, name, opts)));
}

export function runAdd(ctx: Context, name: string, opts: { short?: string; kind?: string; partner?: boolean }): Answer {
  if (name.trim() === '') throw new UsageError('error.required', { field: ctx.t('field.name') });
  const kind = opts.kind === undefined ? undefined : parseChoice(opts.kind, UNIT_KINDS, '--kind');
  const store = ctx.open();
  const unit = store.change(() => {
    for (const key of [name, opts.short].filter((k): k is string => Boolean(k))) {
      const clash = findUnitExact(store, key);
      if (clash) throw new ConflictError('error.unitExists', { name: clash.name, no: clash.no });
    }
    const near = nearUnit(listUnits(store), name);
    if (near) warnNearUnit(ctx, name.trim(), near);
    return addUnit(store, { name, short: opts.short, kind, partner: opts.partner });
  });
  // A new unit has nobody in it yet.
  return { json: unitJson(unit, 0), message: ctx.t('unit.added', { no: unit.no, name: unit.name }) };
}

/** The unit is added, but it is probably one there already, mistyped (`unit add`, `unit import`). */
export function warnNearUnit(ctx: Context, name: string, near: { no: number; name: string }): void {
  ctx.warn(ctx.t('unit.warn.nearDuplicate', { name, match: `${near.no}. ${near.name}` }));
}
