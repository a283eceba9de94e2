import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { UsageError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { participantsPerUnit } from '../../store/counts.js';
import { type UnitPatch, editUnit, getUnit } from '../../store/unit-corrections.js';
import { UNIT_KINDS, resolveUnit } from '../../store/units.js';
import { unitJson } from './json.js';

interface EditFlags {
  name?: string;
  short?: string;
  kind?: string;
  partner?: boolean;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('edit')
    .description(t('help.unit.edit'))
    .argument('<unit>', t('help.unit.ref'))
    .option('--name <name>', t('help.unit.edit.name'))
    .option('--short <abbr>', t('help.unit.add.short'))
    .option('--kind <kind>', t('help.unit.add.kind'))
    .option('--partner', t('help.unit.partner'))
    .option('--no-partner', t('help.unit.noPartner'))
    .action((ref: string, flags: EditFlags) => emit(ctx, runEdit(ctx, ref, flags)));
}

/** Corrects a unit: a typo in its name prints on every report until it is fixed here. */
export function runEdit(ctx: Context, ref: string, flags: EditFlags): Answer {
  const patch: UnitPatch = {};
  if (flags.name !== undefined) {
    if (flags.name.trim() === '') throw new UsageError('error.required', { field: ctx.t('field.name') });
    patch.name = flags.name.trim().replace(/\s+/g, ' ');
  }
  if (flags.short !== undefined) patch.short_name = flags.short.trim() || null;
  if (flags.kind !== undefined) patch.kind = parseChoice(flags.kind, UNIT_KINDS, '--kind');
  if (flags.partner !== undefined) patch.partner = flags.partner ? 1 : 0;
  const store = ctx.open();
  const { unit, changed, participants } = store.change(() => {
    const unit = resolveUnit(store, ref);
    const changed = editUnit(store, unit, patch);
    return { unit: getUnit(store, unit.id), changed, participants: participantsPerUnit(store).get(unit.id) ?? 0 };
  });
  const message = changed.length > 0 ? ctx.t('unit.edited', { no: unit.no, name: unit.name, fields: changed.join(', ') }) : ctx.t('unit.unchanged', { no: unit.no, name: unit.name });
  return { json: unitJson(unit, participants), message };
}
