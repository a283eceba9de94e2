import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { printJson, printRecord } from '../../cli/output.js';
import { formatLongDate, localDateTime } from '../../domain/dates.js';
import { formatNip } from '../../domain/nip.js';
import type { Translate } from '../../i18n/index.js';
import { resolveParticipant } from '../../store/participant-lookup.js';
import { participantAttendance } from '../../store/participants.js';
import { participantJson } from './fields.js';

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('show')
    .description(t('help.participant.show'))
    .argument('<who>', t('help.participant.who'))
    .action((who: string) => runShow(ctx, who));
}

function statusLabel(t: Translate, status: string): string {
  if (status === 'present' || status === 'excused' || status === 'represented') return t(`participant.attendance.${status}`);
  return status;
}

export function runShow(ctx: Context, who: string): void {
  const store = ctx.open();
  const { p, attendance } = store.read(() => {
    const p = resolveParticipant(store, who);
    return { p, attendance: participantAttendance(store, p.id) };
  });
  const daysPresent = attendance.filter((a) => a.status === 'present').length;
  if (ctx.opts.json) return printJson(ctx, { ...participantJson(p), attendance, days_present: daysPresent });
  const t = ctx.t;
  printRecord(ctx, [
    [t('field.no'), p.no],
    [t('field.name'), p.name],
    [t('field.nip'), p.nip ? formatNip(p.nip) : null],
    [t('field.position'), p.position],
    [t('field.unit'), p.unit_name && p.unit_short ? `${p.unit_name} (${p.unit_short})` : p.unit_name],
    [t('field.role'), t(`role.${p.role}`)],
    [t('field.phone'), p.phone],
    [t('field.email'), p.email],
    [t('field.attendance'), attendance.map((a) => `${formatLongDate(a.date, ctx.lang)}: ${statusLabel(t, a.status)}`).join('\n')],
    [t('field.created'), localDateTime(p.created_at)],
    [t('field.uuid'), p.uuid],
  ]);
}
