import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { insertParticipant, participantLabel } from '../../store/participants.js';
import { type FieldFlags, addFieldOptions, parseFields, participantJson, resolveUnitFlag } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  addFieldOptions(parent.command('add').description(t('help.participant.add')), t).action((opts: FieldFlags) => runAdd(ctx, opts));
}

export async function runAdd(ctx: Context, flags: FieldFlags): Promise<void> {
  // Open first: messages then speak the workshop's language.
  const store = ctx.open();
  const name = await ctx.require(flags.name, { flag: '--name', what: 'field.name', prompt: 'prompt.participantName' });
  const patch = parseFields(ctx, { ...flags, name });
  const participant = store.change(() => {
    resolveUnitFlag(store, patch, flags.unit);
    return insertParticipant(store, {
      name: patch.name!,
      nip: patch.nip,
      position: patch.position,
      unitId: patch.unit_id,
      role: patch.role,
      phone: patch.phone,
      email: patch.email,
    });
  });
  if (ctx.opts.json) return printJson(ctx, participantJson(participant));
  ctx.info(ctx.t('participant.added', { label: participantLabel(participant) }));
}
