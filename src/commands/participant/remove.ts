import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { deleteParticipant, getParticipant, participantAttendance, participantLabel } from '../../store/participants.js';
import { participantJson } from './fields.js';

interface RemoveFlags {
  force?: boolean;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('remove')
    .description(t('help.participant.remove'))
    .argument('<who>', t('help.participant.who'))
    .option('--force', t('help.participant.remove.force'))
    .action(async (who: string, opts: RemoveFlags) => emit(ctx, await runRemove(ctx, who, opts)));
}

/** Answers with the record as it was before it went. */
export async function runRemove(ctx: Context, who: string, flags: RemoveFlags): Promise<Answer> {
  const store = ctx.open();
  const target = resolveParticipant(store, who);
  const label = participantLabel(target);
  const refuseWithAttendance = (): void => {
    const count = participantAttendance(store, target.id).length;
    if (count > 0 && !flags.force) {
      throw new ConflictError('error.hasAttendance', { who: label, count }, { key: 'error.hasAttendanceHint' });
    }
  };
  // Refuse before asking, then check again inside the transaction: someone may have checked in meanwhile.
  refuseWithAttendance();
  await ctx.confirm(ctx.t('participant.removeWhat', { label }), ctx.t('participant.removeQuestion', { label }));
  store.change(() => {
    if (!getParticipant(store, target.id)) throw new NotFoundError('error.participantNotFound', { who });
    refuseWithAttendance();
    deleteParticipant(store, target);
  });
  return { json: participantJson(target), message: ctx.t('participant.removed', { label }) };
}
