import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { likelySameName } from '../../store/participant-identity.js';
import { insertParticipant, participantLabel } from '../../store/participants.js';
import { type FieldFlags, addFieldOptions, parseFields, participantJson, resolveUnitFlag } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  addFieldOptions(parent.command('add').description(t('help.participant.add')), t).action(async (opts: FieldFlags) => emit(ctx, await runAdd(ctx, opts)));
}

export async function runAdd(ctx: Context, flags: FieldFlags): Promise<Answer> {
  // Open first: messages then speak the workshop's language.
  const store = ctx.open();
  const name = await ctx.require(flags.name, { flag: '--name', what: 'field.name', prompt: 'prompt.participantName' });
  const patch = parseFields(ctx, { ...flags, name });
  const participant = store.change(() => {
    resolveUnitFlag(store, patch, flags.unit);
    // Identity (README "Identity rules"): the same NIP or e-mail is exit 4 (insertParticipant); the same name
    // is only likely the same person, so it is a warning naming them.
    const near = likelySameName(store, patch.name!, patch.unit_id ?? null);
    if (near.length > 0) ctx.warn(ctx.t('participant.didYouMean', { who: near.slice(0, 3).map(participantLabel).join('; ') }));
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
  return { json: participantJson(participant), message: ctx.t('participant.added', { label: participantLabel(participant) }) };
}
