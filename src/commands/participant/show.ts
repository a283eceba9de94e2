import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { countsAsAttended, dayNumber } from '../../domain/attendance.js';
import { formatLongDate, localDateTime } from '../../domain/dates.js';
import { formatNip } from '../../domain/nip.js';
import type { Translate } from '../../i18n/index.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { participantAttendance } from '../../store/participants.js';
import { getWorkshop } from '../../store/workshop.js';
import { participantJson } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.participant.show'))
    .argument('<who>', t('help.participant.who'))
    .action((who: string) => emit(ctx, runShow(ctx, who)));
}

export function runShow(ctx: Context, who: string): Answer {
  const store = ctx.open();
  const { p, attendance, days } = store.read(() => {
    const p = resolveParticipant(store, who);
    return { p, attendance: participantAttendance(store, p.id), days: getWorkshop(store).days };
  });
  // One definition of attendance (domain/attendance.ts): a represented day counts, as in the recap.
  const daysPresent = attendance.filter((a) => countsAsAttended(a.status)).length;
  const t = ctx.t;
  return {
    json: {
      ...participantJson(p),
      attendance: attendance.map((a) => ({ date: a.date, day: dayNumber(days, a.date), status: a.status, note: a.note, representative: a.representative })),
      days_present: daysPresent,
    },
    view: {
      record: [
        [t('field.no'), p.no],
        [t('field.name'), p.name],
        [t('field.nip'), p.nip ? formatNip(p.nip) : null],
        [t('field.position'), p.position],
        [t('field.unit'), p.unit_name && p.unit_short ? `${p.unit_name} (${p.unit_short})` : p.unit_name],
        [t('field.role'), t(`role.${p.role}`)],
        [t('field.phone'), p.phone],
        [t('field.email'), p.email],
        [t('field.attendance'), attendance.map((a) => `${formatLongDate(a.date, ctx.lang)}: ${t(`participant.attendance.${a.status}`)}`).join('\n')],
        [t('field.created'), localDateTime(p.created_at)],
        [t('field.uuid'), p.uuid],
      ],
    },
  };
}
