// The follow-up plan (RTL) in the file: commitments and the history of their updates. Every function that
// writes expects to run inside store.change() (applyCommitmentUpdate opens one itself when called outside).
import { TEXT_LIMITS, checkText, checkTextLimits } from '../domain/text-limits.js';
import { NotFoundError, UsageError, isKind } from '../errors.js';
import {
  type CommitmentStatus,
  daysOverdue,
  isDueWithin,
  commitmentAsOf,
  isOverdue,
  nextCommitmentState,
} from '../domain/commitments.js';
import { localIsoDate, parseIsoDate } from '../domain/dates.js';
import { latestCommitmentUpdate } from './commitment-updates.js';
import type { WorkshopStore } from './db.js';
import { resolveParticipant } from './participant-lookup.js';
import { whereEquals } from './where.js';

/** A commitment row as stored. */
export interface CommitmentRow {
  id: number;
  no: number;
  uuid: string;
  unit_id: number;
  idea_id: number | null;
  action: string;
  owner_id: number | null;
  owner_name: string | null;
  output: string | null;
  indicator: string | null;
  due_date: string;
  status: CommitmentStatus;
  progress: number;
  created_at: string;
  updated_at: string;
}

/** A commitment as people read it: unit, idea and owner by name, overdue on a given date. */
export interface CommitmentView {
  no: number;
  uuid: string;
  unit_no: number;
  unit: string;
  unit_short: string | null;
  idea_no: number | null;
  idea_title: string | null;
  action: string;
  /** The participant's number when the owner is a registered person, else null (free text owner). */
  owner_no: number | null;
  owner: string | null;
  output: string | null;
  indicator: string | null;
  due_date: string;
  status: CommitmentStatus;
  progress: number;
  overdue: boolean;
  days_overdue: number;
  created_at: string;
  updated_at: string;
}

export interface CommitmentUpdateRow {
  uuid: string;
  date: string;
  progress: number | null;
  status: CommitmentStatus | null;
  note: string | null;
  at: string;
}

export interface CommitmentDetail extends CommitmentView {
  updates: CommitmentUpdateRow[];
}

const VIEW_SQL = `
  SELECT c.id, c.no, c.uuid, u.no AS unit_no, u.name AS unit, u.short_name AS unit_short,
         i.no AS idea_no, i.title AS idea_title, c.action, p.no AS owner_no,
         COALESCE(p.name, c.owner_name) AS owner, c.output, c.indicator, c.due_date, c.status, c.progress,
         c.created_at, c.updated_at
    FROM commitment c
    JOIN unit u ON u.id = c.unit_id
    LEFT JOIN idea i ON i.id = c.idea_id
    LEFT JOIN participant p ON p.id = c.owner_id`;

type ViewRow = Omit<CommitmentView, 'overdue' | 'days_overdue'> & { id: number };

function toView({ id: _id, ...row }: ViewRow, asOf: string): CommitmentView {
  return {
    ...row,
    overdue: isOverdue(row, asOf),
    days_overdue: daysOverdue(row, asOf),
  };
}

/** The calendar date "today" for the person at the laptop (the injected clock). */
export function todayOf(store: WorkshopStore): string {
  return localIsoDate(store.session.now());
}

export function findCommitmentById(store: WorkshopStore, id: number): CommitmentRow | undefined {
  return store.db.prepare('SELECT * FROM commitment WHERE id = ?').get(id) as CommitmentRow | undefined;
}

export function findCommitmentByNo(store: WorkshopStore, no: number): CommitmentRow | undefined {
  return store.db.prepare('SELECT * FROM commitment WHERE no = ?').get(no) as CommitmentRow | undefined;
}

export function findCommitmentByUuid(store: WorkshopStore, uuid: string): CommitmentRow | undefined {
  return store.db.prepare('SELECT * FROM commitment WHERE uuid = ?').get(uuid.trim().toLowerCase()) as CommitmentRow | undefined;
}

/** The commitment with that number, else exit 3. */
export function getCommitmentByNo(store: WorkshopStore, no: number): CommitmentRow {
  const row = findCommitmentByNo(store, no);
  if (!row) throw new NotFoundError('commitment.error.notFound', { no });
  return row;
}

export interface CommitmentFilter {
  asOf: string;
  unitId?: number;
  status?: CommitmentStatus;
  overdue?: boolean;
  /** Open commitments due between as-of and as-of + N days. */
  dueWithin?: number;
}

/**
 * Status and progress as they stood at the end of `asOf` (domain/commitments.ts, commitmentAsOf): every
 * list, dashboard and report shows commitments as of its date, never with updates reported after it.
 */
function asOfRows(store: WorkshopStore, rows: ViewRow[], asOf: string): ViewRow[] {
  if (rows.length === 0) return rows;
  const updates = store.db.prepare('SELECT commitment_id, date, progress, status, at FROM commitment_update ORDER BY date, at, id').all() as ({
    commitment_id: number;
  } & Pick<CommitmentUpdateRow, 'date' | 'progress' | 'status' | 'at'>)[];
  const byCommitment = new Map<number, typeof updates>();
  for (const u of updates) {
    const list = byCommitment.get(u.commitment_id) ?? [];
    list.push(u);
    byCommitment.set(u.commitment_id, list);
  }
  return rows.map((r) => {
    const { status, progress } = commitmentAsOf(r, byCommitment.get(r.id) ?? [], asOf);
    return { ...r, status, progress };
  });
}

/** Commitments by due date, then number, each as it stood on the as-of date and marked overdue or not then. */
export function listCommitments(store: WorkshopStore, filter: CommitmentFilter): CommitmentView[] {
  const where = whereEquals({ 'c.unit_id': filter.unitId });
  const sql = `${VIEW_SQL}${where.sql} ORDER BY c.due_date, c.no`;
  const rows = asOfRows(store, store.db.prepare(sql).all(...where.params) as ViewRow[], filter.asOf);
  return rows
    .filter((r) => filter.status === undefined || r.status === filter.status)
    .filter((r) => !filter.overdue || isOverdue(r, filter.asOf))
    .filter((r) => filter.dueWithin === undefined || isDueWithin(r, filter.asOf, filter.dueWithin))
    .map((r) => toView(r, filter.asOf));
}

export function listCommitmentUpdates(store: WorkshopStore, commitmentId: number): CommitmentUpdateRow[] {
  return store.db
    .prepare('SELECT uuid, date, progress, status, note, at FROM commitment_update WHERE commitment_id = ? ORDER BY date, at, id')
    .all(commitmentId) as CommitmentUpdateRow[];
}

/** One commitment as it stood at the end of `asOf`, with its updates up to that day (oldest first). */
export function commitmentDetail(store: WorkshopStore, commitmentId: number, asOf: string): CommitmentDetail {
  const row = store.db.prepare(`${VIEW_SQL} WHERE c.id = ?`).get(commitmentId) as ViewRow | undefined;
  if (!row) throw new NotFoundError('commitment.error.notFound', { no: commitmentId });
  const { status, progress, updates } = commitmentAsOf(row, listCommitmentUpdates(store, commitmentId), asOf);
  return { ...toView({ ...row, status, progress }, asOf), updates };
}

/**
 * Who owns a commitment: a registered participant when `who` resolves to exactly one person (number, NIP
 * or a unique name fragment), else the text as written (a position such as "Kepala Bidang Pelayanan").
 */
export function resolveOwner(store: WorkshopStore, who: string): { owner_id: number | null; owner_name: string | null } {
  const text = who.trim();
  if (text === '') return { owner_id: null, owner_name: null };
  try {
    return { owner_id: resolveParticipant(store, text).id, owner_name: null };
  } catch (error) {
    // Several matches or none: not one person, so the owner is the text as written.
    if (!isKind(error, 'usage', 'notFound')) throw error;
  }
  return { owner_id: null, owner_name: text };
}

export interface NewCommitment {
  unitId: number;
  ideaId?: number | null;
  action: string;
  ownerId?: number | null;
  ownerName?: string | null;
  output?: string | null;
  indicator?: string | null;
  dueDate: string;
}

export function addCommitment(store: WorkshopStore, input: NewCommitment): CommitmentRow {
  checkTextLimits(input);
  const now = store.now();
  const row = {
    no: store.nextNo('commitment'),
    uuid: store.uuid(),
    unit_id: input.unitId,
    idea_id: input.ideaId ?? null,
    action: input.action.trim(),
    owner_id: input.ownerId ?? null,
    owner_name: input.ownerId ? null : input.ownerName?.trim() || null,
    output: input.output?.trim() || null,
    indicator: input.indicator?.trim() || null,
    due_date: input.dueDate,
    status: 'planned' as CommitmentStatus,
    progress: 0,
    created_at: now,
    updated_at: now,
  };
  const info = store.db
    .prepare(
      `INSERT INTO commitment (no, uuid, unit_id, idea_id, action, owner_id, owner_name, output, indicator, due_date,
         status, progress, created_at, updated_at)
       VALUES (@no, @uuid, @unit_id, @idea_id, @action, @owner_id, @owner_name, @output, @indicator, @due_date,
         @status, @progress, @created_at, @updated_at)`,
    )
    .run(row);
  const fields = ['unit_id', 'action', 'due_date', 'status', 'progress'];
  for (const f of ['idea_id', 'owner_id', 'owner_name', 'output', 'indicator'] as const) if (row[f] !== null) fields.push(f);
  store.audit({ action: 'create', entity: 'commitment', entityUuid: row.uuid, fields });
  return { id: Number(info.lastInsertRowid), ...row };
}

export interface CommitmentUpdate {
  progress?: number;
  status?: CommitmentStatus;
  note?: string;
  /** ISO date the update is reported for; default today. */
  date?: string;
}

/** How a caller names the inputs in its errors: flags for the command line, column names for an import. */
export interface UpdateFieldNames {
  progress: string;
  note: string;
  date: string;
}

const FLAG_NAMES: UpdateFieldNames = { progress: '--progress', note: '--note', date: '--date' };

/**
 * Applies one progress report to a commitment: the rules of domain/commitments.ts, a commitment_update row
 * (date, resulting progress and status, note) and audit entries. An update that leaves the state as it is
 * and repeats the latest note (on the same date, when a date is given) changes nothing and reports
 * changed=false, so re-applying the same progress sheet is harmless. Invalid input: UsageError naming the
 * field (flags by default, `names` for other callers).
 */
export function applyCommitmentUpdate(
  store: WorkshopStore,
  commitmentId: number,
  input: CommitmentUpdate,
  names: UpdateFieldNames = FLAG_NAMES,
): { changed: boolean; commitment: CommitmentDetail } {
  const run = () => {
    const current = findCommitmentById(store, commitmentId);
    if (!current) throw new NotFoundError('commitment.error.notFound', { no: commitmentId });
    if (input.date !== undefined && !parseIsoDate(input.date)) {
      throw new UsageError('error.invalidDate', { field: names.date, value: input.date });
    }
    const note = input.note?.trim() || null;
    checkText('note', note, names.note);
    if (note !== null && note.length > TEXT_LIMITS.note!) throw new UsageError('error.tooLong', { field: names.note, max: TEXT_LIMITS.note! });
    const next = nextCommitmentState(current, { progress: input.progress, status: input.status, note: note ?? undefined });
    if (!next.ok) {
      const p = next.problem;
      if (p.field === 'progress') throw new UsageError('commitment.error.progress', { field: names.progress, value: String(input.progress) });
      if (p.field === 'note') throw new UsageError('commitment.error.doneNeedsNote', { field: names.note, progress: p.progress });
      throw new UsageError('commitment.error.nothingToUpdate');
    }
    const asOf = todayOf(store);
    const date = input.date?.trim() ?? asOf;
    const stateChanged = next.state.status !== current.status || next.state.progress !== current.progress;
    if (!stateChanged) {
      const latest = latestCommitmentUpdate(store, commitmentId);
      const repeatsLatest = latest !== undefined && latest.note === note && (input.date === undefined || latest.date === date);
      if (note === null || repeatsLatest) return { changed: false, commitment: commitmentDetail(store, commitmentId, asOf) };
    }
    const now = store.now();
    const updateUuid = store.uuid();
    store.db
      .prepare('INSERT INTO commitment_update (uuid, commitment_id, date, progress, status, note, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(updateUuid, commitmentId, date, next.state.progress, next.state.status, note, now);
    store.db
      .prepare('UPDATE commitment SET status = ?, progress = ?, updated_at = ? WHERE id = ?')
      .run(next.state.status, next.state.progress, now, commitmentId);
    const fields: string[] = [];
    if (next.state.status !== current.status) fields.push('status');
    if (next.state.progress !== current.progress) fields.push('progress');
    store.audit({ action: 'update', entity: 'commitment', entityUuid: current.uuid, fields: [...fields, 'updated_at'] });
    store.audit({
      action: 'create',
      entity: 'commitment_update',
      entityUuid: updateUuid,
      fields: ['date', 'progress', 'status', ...(note === null ? [] : ['note'])],
      detail: `commitment ${current.no}`,
    });
    // A report dated ahead of today shows in the answer (the record as it now stands).
    return { changed: true, commitment: commitmentDetail(store, commitmentId, date > asOf ? date : asOf) };
  };
  return store.db.inTransaction ? run() : store.change(run);
}
