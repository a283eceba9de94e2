// What checkin, the loop and attendance list show for a record: the JSON shape and the "✓ Nama — OPD — hari ke-2" line.
import type { Context } from '../../cli/context.js';
import { type AttendanceStatus, type CheckinMethod, dayNumber } from '../../domain/attendance.js';
import type { AttendancePerson, AttendanceRecord, CheckinOutcome } from '../../store/attendance.js';
import { type ParticipantRef, type UnitRef, unitRef } from '../refs.js';

/** A record in --json output (README "JSON output", test/schemas/records.ts `attendance`). `status` null: no record that day. */
export interface AttendanceJson {
  participant: ParticipantRef;
  unit: UnitRef | null;
  date: string;
  day: number | null;
  status: AttendanceStatus | null;
  checked_in_at: string | null;
  how: CheckinMethod | null;
  note: string | null;
  representative: string | null;
}

/** Who a record is about: the person and their unit, as the store joins them in. */
type Person = Pick<AttendancePerson, 'no' | 'name' | 'unit_no' | 'unit' | 'unit_short'>;

export function attendanceJson(record: AttendanceRecord, days: readonly string[]): AttendanceJson {
  return {
    ...noRecordJson(record, record.date, days),
    status: record.status,
    checked_in_at: record.checked_in_at,
    how: record.how,
    note: record.note,
    representative: record.representative,
  };
}

/** A person with no record that day (after --undo, or in --absent lists). */
export function noRecordJson(person: Person, date: string, days: readonly string[]): AttendanceJson {
  return {
    participant: { no: person.no, name: person.name },
    unit: unitRef(person.unit_no, person.unit, person.unit_short),
    date,
    day: dayNumber(days, date),
    status: null,
    checked_in_at: null,
    how: null,
    note: null,
    representative: null,
  };
}

/** "Drs. H. Zul Abdiman, M.Si — Bappeda". */
export function whoLabel(person: { name: string; unit_short?: string | null; unit?: string | null; unit_name?: string | null }): string {
  const unit = person.unit_short ?? person.unit ?? person.unit_name ?? null;
  return unit ? `${person.name} — ${unit}` : person.name;
}

export function statusWord(ctx: Context, status: AttendanceStatus | null): string {
  return ctx.t(status ? (`attendance.status.${status}` as const) : 'attendance.status.absent');
}

/** The line the desk sees after each check-in. */
export function checkinLine(ctx: Context, record: AttendanceRecord, day: number, outcome: CheckinOutcome): string {
  const params = { who: whoLabel(record), day: ctx.t('attendance.day', { day }) };
  if (outcome === 'unchanged') return ctx.chalk.dim(ctx.t('attendance.already', { ...params, status: statusWord(ctx, record.status) }));
  if (record.status === 'excused') return ctx.chalk.yellow(ctx.t('attendance.checkedInExcused', { ...params, note: record.note ?? '' }));
  if (record.status === 'represented') {
    return ctx.chalk.cyan(ctx.t('attendance.checkedInRepresented', { ...params, representative: record.representative ?? '' }));
  }
  return ctx.chalk.green(ctx.t('attendance.checkedIn', params));
}
