import type { Command } from 'commander';
import { checkText } from '../../domain/text-limits.js';
import type { Context } from '../../cli/context.js';
import { ConflictError, UsageError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import { parseChoice, parseWorkshopDate } from '../../cli/parse.js';
import { MAX_WORKSHOP_DAYS, WORKSHOP_RANGE, dateProblem, daysBetween } from '../../domain/dates.js';
import { lookup } from '../../domain/lookup.js';
import type { Translate } from '../../i18n/index.js';
import { writeLogo } from '../../store/letterhead.js';
import { type WorkshopColumn, attendanceOutside, getWorkshop, storedWorkshopDates, updateWorkshop } from '../../store/workshop.js';
import { PAPER_FIELDS, PAPER_FIELD_NAMES, fittedNote, parseNip, readImage, setPaperField } from './paper-fields.js';

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
    .action(async (field: string, value: string) => emit(ctx, await runSet(ctx, field, value)));
}

export async function runSet(ctx: Context, field: string, rawValue: string): Promise<Answer> {
  const column = lookup(FIELDS, field.trim().toLowerCase());
  const paperField = lookup(PAPER_FIELDS, field.trim().toLowerCase());
  if (!column && paperField) {
    if (paperField === 'logo1' || paperField === 'logo2') return setLogo(ctx, field, paperField === 'logo1' ? 1 : 2, rawValue);
    const store = ctx.open();
    store.change(() => setPaperField(ctx, store, field, paperField, rawValue));
    return { json: getWorkshop(store), message: ctx.t('workshop.updated', { field }) };
  }
  if (!column) throw new UsageError('error.unknownField', { field, fields: WORKSHOP_FIELDS.join(', ') });
  const store = ctx.open();
  // The stored dates as they are: a file whose dates are out of range can still be repaired here.
  const current = storedWorkshopDates(store);
  const changes: Partial<Record<WorkshopColumn, string | null>> = {};
  let value: string | null = rawValue.trim() === '' ? null : rawValue.trim();
  if (column === 'title' && value === null) throw new UsageError('error.required', { field: 'title' });
  checkText(column, value, field);
  if (column === 'start_date' || column === 'end_date') {
    value = parseWorkshopDate(rawValue, field);
    let start = column === 'start_date' ? value : current.start_date;
    let end = column === 'end_date' ? value : current.end_date;
    // The other date is damaged: the workshop becomes one day long, which the person can widen next.
    const unsound = (d: unknown) => typeof d !== 'string' || dateProblem(d, WORKSHOP_RANGE) !== undefined;
    if (column === 'start_date' && unsound(current.end_date)) {
      ctx.warn(ctx.t('workshop.alsoSetEnd', { value: String(current.end_date) }));
      changes.end_date = end = value;
    }
    if (column === 'end_date' && unsound(current.start_date)) changes.start_date = start = value;
    if (end < start) throw new UsageError('error.endBeforeStart', { start, end });
    if (daysBetween(start, end) >= MAX_WORKSHOP_DAYS) throw new UsageError('error.workshopTooLong', { days: daysBetween(start, end) + 1 });
    const orphans = attendanceOutside(store, start, end);
    if (orphans.length > 0) throw new ConflictError('error.datesHaveAttendance', { dates: orphans.join(', ') });
  }
  if (column === 'lang') value = parseChoice(rawValue, ['id', 'en'] as const, 'lang');
  if (column === 'signatory_nip' && value !== null) value = parseNip(ctx, value, 'signatory.nip');
  store.change(() => updateWorkshop(store, { ...changes, [column]: value }));
  // Read back after the change is saved: if another stored value is still damaged, the repair stays and
  // the message names the next value to repair.
  return { json: getWorkshop(store), message: ctx.t('workshop.updated', { field }) };
}

/** A logo is read, and reduced to what print needs (~600 px, transparency kept), before the transaction; "" removes it. */
async function setLogo(ctx: Context, field: string, slot: 1 | 2, rawValue: string): Promise<Answer> {
  const logo = rawValue.trim() === '' ? undefined : await readImage(ctx, rawValue.trim(), 'logo', field);
  const store = ctx.open();
  store.change(() => writeLogo(store, slot, logo?.image ?? null));
  const note = logo && fittedNote(ctx, logo);
  return { json: getWorkshop(store), message: note ? ctx.t('workshop.logoFitted', { field, note }) : ctx.t('workshop.updated', { field }) };
}
