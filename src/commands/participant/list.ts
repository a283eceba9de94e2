import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, JsonList, type View, emit, table } from '../../cli/output.js';
import { parseChoice } from '../../cli/parse.js';
import { formatNip } from '../../domain/nip.js';
import { PARTICIPANT_ROLES } from '../../domain/participant.js';
import type { Translate } from '../../i18n/index.js';
import { type ParticipantFilters, iterateParticipants, listParticipants } from '../../store/participants.js';
import { resolveUnit } from '../../store/units.js';
import { participantJson } from './fields.js';

interface ListFlags {
  unit?: string;
  role?: string;
  search?: string;
}

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('list')
    .description(t('help.participant.list'))
    .option('--unit <unit>', t('help.participant.list.unit'))
    .option('--role <role>', t('help.participant.list.role'))
    .option('--search <text>', t('help.participant.list.search'))
    .action((opts: ListFlags) => emit(ctx, runList(ctx, opts)));
}

export function runList(ctx: Context, flags: ListFlags): Answer {
  const store = ctx.open();
  const filters: ParticipantFilters = { search: flags.search };
  if (flags.role !== undefined) filters.role = parseChoice(flags.role, PARTICIPANT_ROLES, '--role');
  if (flags.unit !== undefined) filters.unitId = resolveUnit(store, flags.unit).id;
  const t = ctx.t;
  // Phone numbers and e-mail stay out of the list (it ends up on screens and projectors); `show` has them.
  // Rows are read when they are written: --json streams them, the table reads them when it is shown.
  const view = (): View => {
    const people = listParticipants(store, filters);
    return table(
      people,
      [
        { header: t('col.no'), value: (p) => p.no, align: 'right' },
        { header: t('col.name'), value: (p) => p.name },
        { header: t('col.nip'), value: (p) => (p.nip ? formatNip(p.nip) : '') },
        { header: t('col.position'), value: (p) => p.position },
        { header: t('col.unit'), value: (p) => p.unit_short ?? p.unit_name },
        { header: t('col.role'), value: (p) => t(`role.${p.role}`) },
      ],
      { empty: t('participant.none'), count: t('participant.count', { count: people.length }) },
    );
  };
  return { json: new JsonList(() => iterateParticipants(store, filters), participantJson), view };
}
