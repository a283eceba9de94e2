// Rules of daily attendance, without I/O: which day a command means, what a status needs, and the
// arithmetic of the recap.
import { UsageError } from '../errors.js';
import { localIsoDate } from './dates.js';
import type { ParticipantRole } from './participant.js';

export const ATTENDANCE_STATUSES = ['present', 'excused', 'represented'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const CHECKIN_METHODS = ['manual', 'import', 'scan'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

/**
 * Whether a status counts as attending. A deputy sent by an OPD head keeps the OPD at the table, so
 * `represented` counts as attended (the recap and certificates follow the daftar hadir, which the deputy
 * signs); `excused` does not.
 */
export function countsAsAttended(status: AttendanceStatus | null | undefined): boolean {
  return status === 'present' || status === 'represented';
}

/** The statuses countsAsAttended accepts, for queries that count in SQL (the same one definition). */
export const ATTENDED_STATUSES: readonly AttendanceStatus[] = ATTENDANCE_STATUSES.filter(countsAsAttended);

export interface WorkshopDay {
  date: string;
  /** 1-based: "hari ke-2". */
  day: number;
}

/**
 * The day a command is about: `--day N`, else `--date`, else today when today is a workshop day.
 * Anything else is exit 2 naming the flag to pass.
 */
export function resolveWorkshopDay(days: readonly string[], choice: { day?: number; date?: string; now: Date }): WorkshopDay {
  const first = days[0] ?? '';
  const last = days[days.length - 1] ?? '';
  if (choice.day !== undefined && choice.date !== undefined) throw new UsageError('attendance.error.dayAndDate');
  if (choice.day !== undefined) {
    const date = days[choice.day - 1];
    if (choice.day < 1 || date === undefined) {
      throw new UsageError('attendance.error.dayOutOfRange', { day: choice.day, days: days.length });
    }
    return { date, day: choice.day };
  }
  if (choice.date !== undefined) {
    const index = days.indexOf(choice.date);
    if (index < 0) throw new UsageError('attendance.error.notWorkshopDay', { date: choice.date, start: first, end: last });
    return { date: choice.date, day: index + 1 };
  }
  const today = localIsoDate(choice.now);
  const index = days.indexOf(today);
  if (index < 0) {
    throw new UsageError('attendance.error.todayNotWorkshopDay', { today, start: first, end: last, days: days.length });
  }
  return { date: today, day: index + 1 };
}

/** The day of the workshop a date falls on (1-based), or null outside it. */
export function dayNumber(days: readonly string[], date: string): number | null {
  const index = days.indexOf(date);
  return index < 0 ? null : index + 1;
}

/** `--at 08:15` (or 8.15, as Indonesian offices write it) → hours and minutes; exit 2 on anything else. */
export function parseClockTime(value: string): { hours: number; minutes: number } {
  const m = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(value.trim());
  if (!m) throw new UsageError('attendance.error.invalidTime', { value });
  return { hours: Number(m[1]), minutes: Number(m[2]) };
}

/** A clock time on a workshop date → the instant, in the laptop's local time like `localIsoDate`. */
export function checkinInstant(date: string, time: { hours: number; minutes: number }): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, mo - 1, d, time.hours, time.minutes);
}

export interface CheckinDetails {
  status: AttendanceStatus;
  note: string | null;
  representative: string | null;
}

/** What each status needs: excused needs the reason (--note), represented needs the deputy's name. */
export function checkinDetails(input: { status: AttendanceStatus; note?: string; representative?: string }): CheckinDetails {
  const note = input.note?.trim() || null;
  const representative = input.representative?.trim() || null;
  if (input.status === 'excused' && !note) throw new UsageError('attendance.error.noteRequired');
  if (input.status === 'represented' && !representative) throw new UsageError('attendance.error.representativeRequired');
  if (input.status !== 'represented' && representative) throw new UsageError('attendance.error.representativeOnlyRepresented');
  return { status: input.status, note, representative };
}

/**
 * A new check-in over a stored row: what the row becomes and which columns change (none: nothing to do,
 * so checking in twice is harmless). A repeat without --note keeps the note already written; a status
 * change clears what no longer applies (a deputy's name once the head comes in person).
 */
export function mergeCheckin(existing: CheckinDetails, wanted: CheckinDetails): { next: CheckinDetails; changed: Array<'status' | 'note' | 'representative'> } {
  const sameStatus = existing.status === wanted.status;
  const next: CheckinDetails = {
    status: wanted.status,
    note: wanted.note ?? (sameStatus ? existing.note : null),
    representative: wanted.representative ?? (sameStatus ? existing.representative : null),
  };
  const changed: Array<'status' | 'note' | 'representative'> = [];
  if (!sameStatus) changed.push('status');
  if (next.note !== existing.note) changed.push('note');
  if (next.representative !== existing.representative) changed.push('representative');
  return { next, changed };
}

export interface SummaryPerson {
  no: number;
  name: string;
  unit: string | null;
  unit_short: string | null;
  /** Peserta when not given; the recap lists narasumber, fasilitator and panitia apart from the units. */
  role?: ParticipantRole;
}

export interface SummaryMark {
  participant_no: number;
  date: string;
  status: AttendanceStatus;
}

export interface AttendanceSummary {
  participants: Array<SummaryPerson & { days_present: number; percent: number; days: Record<string, AttendanceStatus | null> }>;
  units: Array<{ unit: string | null; unit_short: string | null; participants: number; present: number; excused: number; represented: number; absent: number; percent: number }>;
  days: Array<{ date: string; day: number; present: number; excused: number; represented: number; absent: number }>;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

/**
 * The recap: per person the days attended (present or represented) and percent of workshop days; per unit
 * person-days by status; per day the counts, where absent means no row that day.
 */
export function summarizeAttendance(days: readonly string[], people: readonly SummaryPerson[], marks: readonly SummaryMark[]): AttendanceSummary {
  const byPerson = new Map<number, Map<string, AttendanceStatus>>();
  for (const mark of marks) {
    let row = byPerson.get(mark.participant_no);
    if (!row) byPerson.set(mark.participant_no, (row = new Map<string, AttendanceStatus>()));
    row.set(mark.date, mark.status);
  }
  const participants = people.map((person) => {
    const row = byPerson.get(person.no);
    const perDay: Record<string, AttendanceStatus | null> = {};
    let attended = 0;
    for (const date of days) {
      const status = row?.get(date) ?? null;
      perDay[date] = status;
      if (countsAsAttended(status)) attended++;
    }
    return { ...person, days_present: attended, percent: percent(attended, days.length), days: perDay };
  });

  const units = new Map<string | null, AttendanceSummary['units'][number]>();
  for (const person of participants) {
    let unit = units.get(person.unit);
    if (!unit) units.set(person.unit, (unit = { unit: person.unit, unit_short: person.unit_short, participants: 0, present: 0, excused: 0, represented: 0, absent: 0, percent: 0 }));
    unit.participants++;
    for (const status of Object.values(person.days)) unit[status ?? 'absent']++;
  }
  for (const unit of units.values()) unit.percent = percent(unit.present + unit.represented, unit.participants * days.length);

  const perDay = days.map((date, index) => {
    const counts = { date, day: index + 1, present: 0, excused: 0, represented: 0, absent: 0 };
    for (const person of participants) counts[person.days[date] ?? 'absent']++;
    return counts;
  });
  return { participants, units: [...units.values()], days: perDay };
}
