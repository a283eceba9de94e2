// The attendance table: one row per person per workshop day (UNIQUE (participant_id, date)).
import { checkTextLimits } from '../domain/text-limits.js';
import {
  type AttendanceStatus,
  type CheckinDetails,
  type CheckinMethod,
  type SummaryMark,
  type SummaryPerson,
  mergeCheckin,
} from '../domain/attendance.js';
import type { WorkshopStore } from './db.js';

/** Who a person is on an attendance list. */
export interface AttendancePerson {
  participant_id: number;
  no: number;
  name: string;
  nip: string | null;
  position: string | null;
  /** The person's unit: its number, name and short name (a unit reference in JSON); null without a unit. */
  unit_no: number | null;
  unit: string | null;
  unit_short: string | null;
}

/** A row as commands show it: who, which day, how they attended. */
export interface AttendanceRecord extends AttendancePerson {
  date: string;
  status: AttendanceStatus;
  checked_in_at: string | null;
  how: CheckinMethod;
  note: string | null;
  representative: string | null;
}

interface AttendanceRow extends CheckinDetails {
  id: number;
  uuid: string;
  checked_in_at: string | null;
  how: CheckinMethod;
}

const RECORD = `
  SELECT p.id AS participant_id, p.no, p.name, p.nip, p.position, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short,
         a.date, a.status, a.checked_in_at, a.how, a.note, a.representative
  FROM attendance a JOIN participant p ON p.id = a.participant_id LEFT JOIN unit u ON u.id = p.unit_id`;

/** Sheets and lists go by unit, then name, like the paper daftar hadir. */
const UNIT_NAME_ORDER = 'u.name IS NULL, u.name COLLATE NOCASE, p.name COLLATE NOCASE, p.no';

function row(store: WorkshopStore, participantId: number, date: string): AttendanceRow | undefined {
  return store.db
    .prepare('SELECT id, uuid, status, note, representative, checked_in_at, how FROM attendance WHERE participant_id = ? AND date = ?')
    .get(participantId, date) as AttendanceRow | undefined;
}

export function getAttendance(store: WorkshopStore, participantId: number, date: string): AttendanceRecord | undefined {
  return store.db.prepare(`${RECORD} WHERE a.participant_id = ? AND a.date = ?`).get(participantId, date) as AttendanceRecord | undefined;
}

export interface CheckinInput extends CheckinDetails {
  participantId: number;
  date: string;
  /** ISO timestamp of arrival; not kept for an excused absence (nobody arrived). */
  checkedInAt: string | null;
  /** An explicit time (--at) replaces the stored one even when nothing else changes. */
  explicitTime?: boolean;
  /** Only a note was given (no --status, no deputy): a row already there keeps its status (a note never changes it). */
  keepStatus?: boolean;
  how: CheckinMethod;
}

export type CheckinOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Records a check-in. A repeat with the same details changes nothing and writes no audit entry; a new
 * status (or note, deputy, explicit time) updates the row. Call inside `store.change()`.
 */
export function recordCheckin(store: WorkshopStore, input: CheckinInput): CheckinOutcome {
  checkTextLimits({ note: input.note, representative: input.representative });
  const existing = row(store, input.participantId, input.date);
  const now = store.now();
  input = { ...input, checkedInAt: input.status === 'excused' ? null : input.checkedInAt };
  if (!existing) {
    const uuid = store.uuid();
    store.db
      .prepare(
        `INSERT INTO attendance (uuid, participant_id, date, status, checked_in_at, how, note, representative, created_at, updated_at, recorded_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(uuid, input.participantId, input.date, input.status, input.checkedInAt, input.how, input.note, input.representative, now, now, now);
    const fields = ['participant', 'date', 'status', ...(input.checkedInAt ? ['checked_in_at'] : []), 'how', ...(input.note ? ['note'] : []), ...(input.representative ? ['representative'] : [])];
    store.audit({ action: 'create', entity: 'attendance', entityUuid: uuid, fields, detail: input.date });
    return 'created';
  }
  const wanted = input.keepStatus ? { ...input, status: existing.status, representative: existing.representative } : input;
  const { next, changed } = mergeCheckin(existing, wanted);
  const fields: string[] = [...changed];
  // Arrival time moves only when the status changes (excused in the morning, came after lunch) or --at says so.
  const newTime = changed.includes('status') || input.explicitTime ? input.checkedInAt : existing.checked_in_at;
  if (newTime !== existing.checked_in_at) fields.push('checked_in_at');
  if (fields.length === 0) return 'unchanged';
  store.db
    .prepare('UPDATE attendance SET status = ?, note = ?, representative = ?, checked_in_at = ?, how = ?, updated_at = ? WHERE id = ?')
    .run(next.status, next.note, next.representative, newTime, input.how, now, existing.id);
  if (input.how !== existing.how) fields.push('how');
  store.audit({ action: 'update', entity: 'attendance', entityUuid: existing.uuid, fields, detail: input.date });
  return 'updated';
}

/** `checkin --undo`: removes that day's row; false when there was none. Call inside `store.change()`. */
export function removeCheckin(store: WorkshopStore, participantId: number, date: string): boolean {
  const existing = row(store, participantId, date);
  if (!existing) return false;
  store.db.prepare('DELETE FROM attendance WHERE id = ?').run(existing.id);
  store.audit({ action: 'delete', entity: 'attendance', entityUuid: existing.uuid, detail: date });
  return true;
}

/** Everyone with a row on `date` (or on every day when no date), by unit then name. */
export function listAttendance(store: WorkshopStore, date?: string): AttendanceRecord[] {
  if (date === undefined) return store.db.prepare(`${RECORD} ORDER BY a.date, ${UNIT_NAME_ORDER}`).all() as AttendanceRecord[];
  return store.db.prepare(`${RECORD} WHERE a.date = ? ORDER BY ${UNIT_NAME_ORDER}`).all(date) as AttendanceRecord[];
}

export type AbsentPerson = AttendancePerson;

/** Everyone registered who has no row on `date`, by unit then name. */
export function listAbsent(store: WorkshopStore, date: string): AbsentPerson[] {
  return store.db
    .prepare(
      `SELECT p.id AS participant_id, p.no, p.name, p.nip, p.position, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short
       FROM participant p LEFT JOIN unit u ON u.id = p.unit_id
       WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.participant_id = p.id AND a.date = ?)
       ORDER BY ${UNIT_NAME_ORDER}`,
    )
    .all(date) as AbsentPerson[];
}

/** A person in the recap, with their unit's number (a unit reference in JSON). */
export type MarkedPerson = SummaryPerson & { unit_no: number | null };

/** What the recap needs: every person (by number) and every row. */
export function attendanceMarks(store: WorkshopStore): { people: MarkedPerson[]; marks: SummaryMark[] } {
  const people = store.db
    .prepare('SELECT p.no, p.name, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short FROM participant p LEFT JOIN unit u ON u.id = p.unit_id ORDER BY p.no')
    .all() as MarkedPerson[];
  const marks = store.db
    .prepare('SELECT p.no AS participant_no, a.date, a.status FROM attendance a JOIN participant p ON p.id = a.participant_id')
    .all() as SummaryMark[];
  return { people, marks };
}

/** Counts per status on one date, for the dashboard. */
export function countByStatus(store: WorkshopStore, date: string): Record<AttendanceStatus, number> {
  const counts: Record<AttendanceStatus, number> = { present: 0, excused: 0, represented: 0 };
  const rows = store.db.prepare('SELECT status, COUNT(*) AS n FROM attendance WHERE date = ? GROUP BY status').all(date) as {
    status: AttendanceStatus;
    n: number;
  }[];
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
