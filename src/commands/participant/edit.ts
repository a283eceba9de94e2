import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { type Translate, columnWords } from '../../i18n/index.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { getParticipant, participantLabel, updateParticipant } from '../../store/participants.js';
import { type FieldFlags, addFieldOptions, parseFields, participantJson, resolveUnitFlag } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  addFieldOptions(parent.command('edit').description(t('help.participant.edit')).argument('<who>', t('help.participant.who')), t).action(
    (who: string, opts: FieldFlags) => emit(ctx, runEdit(ctx, who, opts)),
  );
}

export function runEdit(ctx: Context, who: string, flags: FieldFlags): Answer {
  const store = ctx.open();
  const patch = parseFields(ctx, flags);
  const { participant, changed } = store.change(() => {
    const current = resolveParticipant(store, who);
    resolveUnitFlag(store, patch, flags.unit);
    const changed = updateParticipant(store, current.id, patch);
    return { participant: getParticipant(store, current.id)!, changed };
  });
  const label = participantLabel(participant);
  const message = changed.length === 0 ? ctx.t('participant.unchanged', { label }) : ctx.t('participant.updated', { label, fields: columnWords(ctx.t, changed) });
  return { json: participantJson(participant), message };
}
