// What each exported table holds: one record per row, snake_case English names that stay stable (scripts
// and other systems read them) and that `participant import` and `commitment import` recognise.
import type { WorkshopStore } from '../store/db.js';
import { scoreIdea } from '../domain/scoring.js';

export const EXPORT_TABLES = ['participants', 'units', 'attendance', 'ideas', 'commitments'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type ExportRecord = Record<string, string | number | null>;

export interface ExportFilter {
  /** Only rows of this unit (participants, ideas, commitments, attendance of its people; the unit itself). */
  unitId?: number;
}

/** The columns of a table, in order, even when it has no rows (so an empty sheet still has its header). */
export const EXPORT_COLUMNS: Record<ExportTable, readonly string[]> = {
  participants: ['no', 'uuid', 'name', 'nip', 'position', 'unit', 'unit_short', 'role', 'phone', 'email', 'created_at', 'updated_at'],
  units: ['no', 'uuid', 'name', 'short_name', 'kind', 'created_at', 'updated_at'],
  attendance: ['date', 'participant_no', 'name', 'nip', 'unit', 'status', 'checked_in_at', 'how', 'representative', 'note', 'uuid', 'participant_uuid'],
  ideas: [
    'no', 'uuid', 'unit', 'title', 'form', 'kind', 'affair', 'problem', 'description', 'objective', 'benefit',
    'expected_result', 'proposer', 'status', 'score', 'created_at', 'updated_at',
  ],
  // progress, status, date and note are what an OPD fills in on its sheet (`commitment import` reads them back);
  // last_update and last_note show where the commitment stood when the sheet was made.
  commitments: [
    'no', 'uuid', 'unit', 'idea_no', 'idea_title', 'action', 'owner', 'output', 'indicator', 'due_date', 'status',
    'progress', 'last_update', 'last_note', 'date', 'note',
  ],
};

/** Columns holding phone-like numbers, where a leading + is a number sign, not a formula. */
export const PLAIN_NUMBER_COLUMNS: ReadonlySet<string> = new Set(['phone']);

function unitClause(filter: ExportFilter, column: string): { sql: string; params: number[] } {
  return filter.unitId === undefined ? { sql: '', params: [] } : { sql: ` WHERE ${column} = ?`, params: [filter.unitId] };
}

function participants(store: WorkshopStore, filter: ExportFilter): ExportRecord[] {
  const where = unitClause(filter, 'p.unit_id');
  return store.db
    .prepare(
      `SELECT p.no, p.uuid, p.name, p.nip, p.position, u.name AS unit, u.short_name AS unit_short, p.role, p.phone, p.email,
              p.created_at, p.updated_at
       FROM participant p LEFT JOIN unit u ON u.id = p.unit_id${where.sql} ORDER BY p.no`,
    )
    .all(...where.params) as ExportRecord[];
}

function units(store: WorkshopStore, filter: ExportFilter): ExportRecord[] {
  const where = unitClause(filter, 'id');
  return store.db
    .prepare(`SELECT no, uuid, name, short_name, kind, created_at, updated_at FROM unit${where.sql} ORDER BY no`)
    .all(...where.params) as ExportRecord[];
}

function attendance(store: WorkshopStore, filter: ExportFilter): ExportRecord[] {
  const where = unitClause(filter, 'p.unit_id');
  return store.db
    .prepare(
      `SELECT a.date, p.no AS participant_no, p.name, p.nip, u.name AS unit, a.status, a.checked_in_at, a.how,
              a.representative, a.note, a.uuid, p.uuid AS participant_uuid
       FROM attendance a JOIN participant p ON p.id = a.participant_id LEFT JOIN unit u ON u.id = p.unit_id${where.sql}
       ORDER BY a.date, p.no`,
    )
    .all(...where.params) as ExportRecord[];
}

function ideas(store: WorkshopStore, filter: ExportFilter): ExportRecord[] {
  const where = unitClause(filter, 'i.unit_id');
  const rows = store.db
    .prepare(
      `SELECT i.id, i.no, i.uuid, u.name AS unit, i.title, i.form, i.kind, i.affair, i.problem, i.description, i.objective,
              i.benefit, i.expected_result, COALESCE(p.name, i.proposer_name) AS proposer, i.status, i.created_at, i.updated_at
       FROM idea i JOIN unit u ON u.id = i.unit_id LEFT JOIN participant p ON p.id = i.proposer_id${where.sql}
       ORDER BY i.no`,
    )
    .all(...where.params) as (ExportRecord & { id: number })[];
  const criteria = store.db.prepare('SELECT id, name, weight FROM criterion ORDER BY position').all() as { id: number; name: string; weight: number }[];
  const scores = store.db.prepare('SELECT s.idea_id, c.name AS criterion, s.scorer, s.value FROM score s JOIN criterion c ON c.id = s.criterion_id').all() as {
    idea_id: number;
    criterion: string;
    scorer: string;
    value: number;
  }[];
  const byIdea = new Map<number, typeof scores>();
  for (const s of scores) byIdea.set(s.idea_id, [...(byIdea.get(s.idea_id) ?? []), s]);
  return rows.map(({ id, ...row }) => {
    const score = scoreIdea(criteria, byIdea.get(id) ?? []).score;
    return { ...row, score: score === null ? null : Math.round(score * 100) / 100 };
  }).map((r) => orderColumns(r, EXPORT_COLUMNS.ideas));
}

function commitments(store: WorkshopStore, filter: ExportFilter): ExportRecord[] {
  const where = unitClause(filter, 'c.unit_id');
  return store.db
    .prepare(
      `SELECT c.no, c.uuid, u.name AS unit, i.no AS idea_no, i.title AS idea_title, c.action, COALESCE(p.name, c.owner_name) AS owner,
              c.output, c.indicator, c.due_date, c.status, c.progress,
              (SELECT cu.date FROM commitment_update cu WHERE cu.commitment_id = c.id ORDER BY cu.date DESC, cu.at DESC, cu.id DESC LIMIT 1) AS last_update,
              (SELECT cu.note FROM commitment_update cu WHERE cu.commitment_id = c.id ORDER BY cu.date DESC, cu.at DESC, cu.id DESC LIMIT 1) AS last_note,
              NULL AS date, NULL AS note
       FROM commitment c JOIN unit u ON u.id = c.unit_id LEFT JOIN idea i ON i.id = c.idea_id
       LEFT JOIN participant p ON p.id = c.owner_id${where.sql}
       ORDER BY c.no`,
    )
    .all(...where.params) as ExportRecord[];
}

function orderColumns(record: ExportRecord, columns: readonly string[]): ExportRecord {
  return Object.fromEntries(columns.map((c) => [c, record[c] ?? null]));
}

const READERS: Record<ExportTable, (store: WorkshopStore, filter: ExportFilter) => ExportRecord[]> = {
  participants,
  units,
  attendance,
  ideas,
  commitments,
};

export function readTable(store: WorkshopStore, table: ExportTable, filter: ExportFilter = {}): ExportRecord[] {
  return READERS[table](store, filter);
}

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

/** `--redact`: NIP, phone and email masked wherever they appear. */
export function redactRecord(record: ExportRecord): ExportRecord {
  const out = { ...record };
  if (typeof out.nip === 'string') out.nip = maskNip(out.nip);
  if (typeof out.phone === 'string') out.phone = maskPhone(out.phone);
  if (typeof out.email === 'string') out.email = maskEmail(out.email);
  return out;
}
