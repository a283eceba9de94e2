// What each exported table holds. A sheet has flat cells with snake_case English headers that stay stable
// (scripts and other systems read them; `participant import` and `commitment import` recognise them); a
// JSON file has the record shapes of README "JSON output", a unit or a person as a reference object.
import type { WorkshopStore } from '../store/db.js';
import {
  type AttendanceExportRow,
  type ExportFilter,
  type ParticipantExportRow,
  type UnitExportRow,
  exportAttendance,
  exportCommitments,
  exportParticipants,
  exportUnits,
} from '../store/export-queries.js';
import { type IdeaView, listIdeas } from '../store/ideas.js';
import { COMMITMENT_SHEET_COLUMNS, commitmentRecord } from './commitment-sheet.js';
import type { CsvColumn } from './csv.js';
import { participantRecordRef, unitRecordRef } from './refs.js';

export const EXPORT_TABLES = ['participants', 'units', 'attendance', 'ideas', 'commitments'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];
export type { ExportFilter };

/** How one table leaves the program: its rows, the sheet's columns, and each row as a JSON record. */
export interface TableSpec<Row> {
  /** Row by row where the table can be long (an iterated statement): see writeTable() in index.ts. */
  read: (store: WorkshopStore, filter: ExportFilter) => Iterable<Row>;
  /** In order, even when there are no rows, so an empty sheet still has its header. */
  columns: readonly CsvColumn<Row>[];
  record: (row: Row) => Record<string, unknown>;
}

const participants: TableSpec<ParticipantExportRow> = {
  read: exportParticipants,
  columns: [
    { header: 'no', value: (p) => p.no },
    { header: 'uuid', value: (p) => p.uuid },
    { header: 'name', value: (p) => p.name },
    { header: 'nip', value: (p) => p.nip },
    { header: 'position', value: (p) => p.position },
    { header: 'unit', value: (p) => p.unit_name },
    { header: 'unit_short', value: (p) => p.unit_short },
    { header: 'role', value: (p) => p.role },
    // A phone number's leading + is a number sign, not a formula.
    { header: 'phone', value: (p) => p.phone, plainNumber: true },
    { header: 'email', value: (p) => p.email },
    { header: 'created_at', value: (p) => p.created_at },
    { header: 'updated_at', value: (p) => p.updated_at },
  ],
  record: (p) => ({
    no: p.no,
    uuid: p.uuid,
    name: p.name,
    nip: p.nip,
    position: p.position,
    unit: unitRecordRef(p.unit_no, p.unit_name, p.unit_short),
    role: p.role,
    phone: p.phone,
    email: p.email,
    created_at: p.created_at,
    updated_at: p.updated_at,
  }),
};

const units: TableSpec<UnitExportRow> = {
  read: exportUnits,
  columns: [
    { header: 'no', value: (u) => u.no },
    { header: 'uuid', value: (u) => u.uuid },
    { header: 'name', value: (u) => u.name },
    { header: 'short_name', value: (u) => u.short_name },
    { header: 'kind', value: (u) => u.kind },
    { header: 'created_at', value: (u) => u.created_at },
    { header: 'updated_at', value: (u) => u.updated_at },
  ],
  record: (u) => ({ ...u }),
};

const attendance: TableSpec<AttendanceExportRow> = {
  read: exportAttendance,
  columns: [
    { header: 'date', value: (a) => a.date },
    { header: 'participant_no', value: (a) => a.participant_no },
    { header: 'name', value: (a) => a.name },
    { header: 'nip', value: (a) => a.nip },
    { header: 'unit', value: (a) => a.unit_name },
    { header: 'status', value: (a) => a.status },
    { header: 'checked_in_at', value: (a) => a.checked_in_at },
    { header: 'how', value: (a) => a.how },
    { header: 'representative', value: (a) => a.representative },
    { header: 'note', value: (a) => a.note },
    { header: 'uuid', value: (a) => a.uuid },
    { header: 'participant_uuid', value: (a) => a.participant_uuid },
  ],
  record: (a) => ({
    date: a.date,
    participant: participantRecordRef(a.participant_no, a.name),
    nip: a.nip,
    unit: unitRecordRef(a.unit_no, a.unit_name, a.unit_short),
    status: a.status,
    checked_in_at: a.checked_in_at,
    how: a.how,
    representative: a.representative,
    note: a.note,
    uuid: a.uuid,
    participant_uuid: a.participant_uuid,
  }),
};

const ideas: TableSpec<IdeaView> = {
  read: (store, filter) => listIdeas(store, { unitId: filter.unitId }),
  columns: [
    { header: 'no', value: (i) => i.no },
    { header: 'uuid', value: (i) => i.uuid },
    { header: 'unit', value: (i) => i.unit.name },
    { header: 'title', value: (i) => i.title },
    { header: 'form', value: (i) => i.form },
    { header: 'kind', value: (i) => i.kind },
    { header: 'affair', value: (i) => i.affair },
    { header: 'problem', value: (i) => i.problem },
    { header: 'description', value: (i) => i.description },
    { header: 'objective', value: (i) => i.objective },
    { header: 'benefit', value: (i) => i.benefit },
    { header: 'expected_result', value: (i) => i.expected_result },
    { header: 'proposer', value: (i) => i.proposer },
    { header: 'status', value: (i) => i.status },
    { header: 'score', value: (i) => i.score },
    { header: 'created_at', value: (i) => i.created_at },
    { header: 'updated_at', value: (i) => i.updated_at },
  ],
  // The idea record of `idea list --json`.
  record: (i) => ({
    no: i.no,
    uuid: i.uuid,
    unit: unitRecordRef(i.unit.no, i.unit.name, i.unit.short_name),
    title: i.title,
    form: i.form,
    kind: i.kind,
    affair: i.affair,
    problem: i.problem,
    description: i.description,
    objective: i.objective,
    benefit: i.benefit,
    expected_result: i.expected_result,
    proposer: participantRecordRef(i.proposer_no, i.proposer),
    status: i.status,
    score: i.score,
    scorers: i.scorers,
    created_at: i.created_at,
    updated_at: i.updated_at,
  }),
};

const commitments = { read: exportCommitments, columns: COMMITMENT_SHEET_COLUMNS, record: commitmentRecord };

/** Each table's spec; the row type is the table's own, hidden behind `unknown` for the generic writers. */
export const TABLES: Record<ExportTable, TableSpec<unknown>> = {
  participants,
  units,
  attendance,
  ideas,
  commitments,
} as unknown as Record<ExportTable, TableSpec<unknown>>;

/** "196804121993031004" → "1968***********004": enough to tell people apart on a list, not to identify them. */
export function maskNip(nip: string): string {
  if (nip.length <= 7) return '*'.repeat(nip.length);
  return nip.slice(0, 4) + '*'.repeat(nip.length - 7) + nip.slice(-3);
}

/** Keeps the last three digits: "+62 812-3456-7890" → "**********890". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 3 ? '***' : '*'.repeat(digits.length - 3) + digits.slice(-3);
}

/** Keeps the first letter and the domain (an office's domain is not personal): "zul@x.go.id" → "z***@x.go.id". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** `--redact`: NIP, phone and email masked wherever a row has them, before it becomes a cell or a record. */
export function redactRow<Row>(row: Row): Row {
  const out = { ...row } as Record<string, unknown>;
  if (typeof out.nip === 'string') out.nip = maskNip(out.nip);
  if (typeof out.phone === 'string') out.phone = maskPhone(out.phone);
  if (typeof out.email === 'string') out.email = maskEmail(out.email);
  return out as Row;
}
