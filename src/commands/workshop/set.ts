import type { Command } from 'commander';
import { checkText } from '../../domain/text-limits.js';
import type { Context } from '../../cli/context.js';
import { ConflictError, UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice, parseDate } from '../../cli/parse.js';
import { daysBetween } from '../../domain/dates.js';
import { checkNip } from '../../domain/nip.js';
import type { Translate } from '../../i18n/index.js';
import { type WorkshopColumn, attendanceOutside, getWorkshop, updateWorkshop } from '../../store/workshop.js';
import { PAPER_FIELDS, PAPER_FIELD_NAMES, setPaperField } from './paper-fields.js';

/** What people type → the column it changes. Both kebab and snake case are accepted. */
const FIELDS: Record<string, WorkshopColumn> = {
  title: 'title',
  organizer: 'organizer',
  partner: 'partner',
  city: 'city',
  venue: 'venue',
  start: 'start_date',
  start_date: 'start_date',
  end: 'end_date',
  end_date: 'end_date',
  'legal-basis': 'legal_basis',
  legal_basis: 'legal_basis',
  lang: 'lang',
  'signatory.position': 'signatory_position',
  'signatory.name': 'signatory_name',
  'signatory.nip': 'signatory_nip',
};
export const WORKSHOP_FIELDS = ['title', 'organizer', 'partner', 'city', 'venue', 'start', 'end', 'legal-basis', 'lang', 'signatory.position', 'signatory.name', 'signatory.nip', ...PAPER_FIELD_NAMES];

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('set')
    .description(t('help.workshop.set'))
    .argument('<field>', t('help.workshop.set.field'))
    .argument('<value>', t('help.workshop.set.value'))
    .action((field: string, value: string) => emit(ctx, runSet(ctx, field, value)));
}

export function runSet(ctx: Context, field: string, rawValue: string): Answer {
  const column = FIELDS[field.trim().toLowerCase()];
  const paperField = PAPER_FIELDS[field.trim().toLowerCase()];
  if (!column && paperField) {
    const store = ctx.open();
    const workshop = store.change(() => {
      setPaperField(ctx, store, field, paperField, rawValue);
      return getWorkshop(store);
    });
    return { json: workshop, message: ctx.t('workshop.updated', { field }) };
  }
  if (!column) throw new UsageError('error.unknownField', { field, fields: WORKSHOP_FIELDS.join(', ') });
  const store = ctx.open();
  const current = getWorkshop(store);
  let value: string | null = rawValue.trim() === '' ? null : rawValue.trim();
  if (column === 'title' && value === null) throw new UsageError('error.required', { field: 'title' });
  checkText(column, value, field);
  if (column === 'start_date' || column === 'end_date') {
    value = parseDate(rawValue, field);
    const start = column === 'start_date' ? value : current.start_date;
    const end = column === 'end_date' ? value : current.end_date;
    if (end < start) throw new UsageError('error.endBeforeStart', { start, end });
    if (daysBetween(start, end) >= 60) throw new UsageError('error.workshopTooLong', { days: daysBetween(start, end) + 1 });
    const orphans = attendanceOutside(store, start, end);
    if (orphans.length > 0) throw new ConflictError('error.datesHaveAttendance', { dates: orphans.join(', ') });
  }
  if (column === 'lang') value = parseChoice(rawValue, ['id', 'en'] as const, 'lang');
  if (column === 'signatory_nip' && value !== null) {
    const check = checkNip(value);
    if (!check.ok) throw new UsageError('error.nipInvalid', { field: 'signatory.nip', value, reason: ctx.t(`nip.${check.problem}`) });
    value = check.nip;
  }
  const workshop = store.change(() => {
    updateWorkshop(store, { [column]: value });
    return getWorkshop(store);
  });
  return { json: workshop, message: ctx.t('workshop.updated', { field }) };
}
