// What `innolab export` reads: one query per exported table, each row with the columns of the records it
// names (unit, participant, idea) so the writers in export/ can give a sheet flat cells and JSON references.
// Ideas come from listIdeas (store/ideas.ts), which already joins and scores them. The long tables
// (participants, units, attendance) come row by row from an iterated statement, never `.all()`: an export of
// 100,000 people is written as it is read (docs/PERFORMANCE.md, "Streaming at scale").
import type { AttendanceStatus } from '../domain/attendance.js';
import type { CommitmentStatus } from '../domain/commitments.js';
import type { ParticipantRole } from '../domain/participant.js';
import type { WorkshopStore } from './db.js';
import type { UnitKind } from './units.js';
import { whereEquals } from './where.js';

/** Only the rows of one unit (participants, ideas, commitments, attendance of its people; the unit itself). */
export interface ExportFilter {
  unitId?: number;
}

export interface ParticipantExportRow {
  no: number;
  uuid: string;
  name: string;
  nip: string | null;
  position: string | null;
  unit_no: number | null;
  unit_name: string | null;
  unit_short: string | null;
  role: ParticipantRole;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface UnitExportRow {
  no: number;
  uuid: string;
  name: string;
  short_name: string | null;
  kind: UnitKind;
  participants: number;
  created_at: string;
  updated_at: string;
}

export interface AttendanceExportRow {
  date: string;
  participant_no: number;
  name: string;
  nip: string | null;
  unit_no: number | null;
  unit_name: string | null;
  unit_short: string | null;
  status: AttendanceStatus;
  checked_in_at: string | null;
  /** manual, import, scan, or merge (came in from another laptop's copy). */
  how: string | null;
  representative: string | null;
  note: string | null;
  uuid: string;
  participant_uuid: string;
}

export interface CommitmentExportRow {
  no: number;
  uuid: string;
  unit_no: number;
  unit_name: string;
  unit_short: string | null;
  idea_no: number | null;
  idea_title: string | null;
  action: string;
  /** The participant's number when the owner is registered, else null (an owner written as text). */
  owner_no: number | null;
  owner: string | null;
  output: string | null;
  indicator: string | null;
  due_date: string;
  status: CommitmentStatus;
  progress: number;
  /** The date and note of the latest update: where the commitment stood when the sheet was made. */
  last_update: string | null;
  last_note: string | null;
}

export function exportParticipants(store: WorkshopStore, filter: ExportFilter): IterableIterator<ParticipantExportRow> {
  const where = whereEquals({ 'p.unit_id': filter.unitId });
  return store.db
    .prepare(
      `SELECT p.no, p.uuid, p.name, p.nip, p.position, u.no AS unit_no, u.name AS unit_name, u.short_name AS unit_short, p.role,
              p.phone, p.email, p.created_at, p.updated_at
       FROM participant p LEFT JOIN unit u ON u.id = p.unit_id${where.sql} ORDER BY p.no`,
    )
    .iterate(...where.params) as IterableIterator<ParticipantExportRow>;
}

export function exportUnits(store: WorkshopStore, filter: ExportFilter): IterableIterator<UnitExportRow> {
  const where = whereEquals({ 'u.id': filter.unitId });
  return store.db
    .prepare(
      `SELECT u.no, u.uuid, u.name, u.short_name, u.kind,
              (SELECT COUNT(*) FROM participant p WHERE p.unit_id = u.id) AS participants, u.created_at, u.updated_at
       FROM unit u${where.sql} ORDER BY u.no`,
    )
    .iterate(...where.params) as IterableIterator<UnitExportRow>;
}

export function exportAttendance(store: WorkshopStore, filter: ExportFilter): IterableIterator<AttendanceExportRow> {
  const where = whereEquals({ 'p.unit_id': filter.unitId });
  return store.db
    .prepare(
      `SELECT a.date, p.no AS participant_no, p.name, p.nip, u.no AS unit_no, u.name AS unit_name, u.short_name AS unit_short,
              a.status, a.checked_in_at, a.how, a.representative, a.note, a.uuid, p.uuid AS participant_uuid
       FROM attendance a JOIN participant p ON p.id = a.participant_id LEFT JOIN unit u ON u.id = p.unit_id${where.sql}
       ORDER BY a.date, p.no`,
    )
    .iterate(...where.params) as IterableIterator<AttendanceExportRow>;
}

export function exportCommitments(store: WorkshopStore, filter: ExportFilter): CommitmentExportRow[] {
  const where = whereEquals({ 'c.unit_id': filter.unitId });
  const latest = (column: string) =>
    `(SELECT cu.${column} FROM commitment_update cu WHERE cu.commitment_id = c.id ORDER BY cu.date DESC, cu.at DESC, cu.id DESC LIMIT 1)`;
  return store.db
    .prepare(
      `SELECT c.no, c.uuid, u.no AS unit_no, u.name AS unit_name, u.short_name AS unit_short, i.no AS idea_no, i.title AS idea_title,
              c.action, p.no AS owner_no, COALESCE(p.name, c.owner_name) AS owner, c.output, c.indicator, c.due_date, c.status,
              c.progress, ${latest('date')} AS last_update, ${latest('note')} AS last_note
       FROM commitment c JOIN unit u ON u.id = c.unit_id LEFT JOIN idea i ON i.id = c.idea_id
       LEFT JOIN participant p ON p.id = c.owner_id${where.sql}
       ORDER BY c.no`,
    )
    .all(...where.params) as CommitmentExportRow[];
}
