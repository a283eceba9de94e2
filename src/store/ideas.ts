import { checkTextLimits } from '../domain/text-limits.js';
import { NotFoundError, UsageError } from '../errors.js';
import { type IdeaStatus, checkTransition } from '../domain/idea-status.js';
import { compareByScore, roundScore, scoreIdea } from '../domain/scoring.js';
import { listCriteria } from './criteria.js';
import type { WorkshopStore } from './db.js';
import { scoresByIdea } from './scores.js';
import { whereEquals } from './where.js';

export const IDEA_FORMS = ['tata-kelola', 'pelayanan-publik', 'lainnya'] as const;
export type IdeaForm = (typeof IDEA_FORMS)[number];
export const IDEA_KINDS = ['digital', 'non-digital'] as const;
export type IdeaKind = (typeof IDEA_KINDS)[number];
export const IDEA_SORTS = ['no', 'score', 'unit'] as const;
export type IdeaSort = (typeof IDEA_SORTS)[number];

/** The text fields of an idea, in the order the SPEC lists them (and `show` prints them). */
export const IDEA_TEXT_FIELDS = ['affair', 'problem', 'description', 'objective', 'benefit', 'expected_result'] as const;
export type IdeaTextField = (typeof IDEA_TEXT_FIELDS)[number];

/** An idea row as stored. */
export interface Idea {
  id: number;
  no: number;
  uuid: string;
  unit_id: number;
  title: string;
  form: IdeaForm | null;
  kind: IdeaKind | null;
  affair: string | null;
  problem: string | null;
  description: string | null;
  objective: string | null;
  benefit: string | null;
  expected_result: string | null;
  proposer_id: number | null;
  /** The proposer's name when the idea was proposed (kept if the participant is later removed). */
  proposer_name: string | null;
  status: IdeaStatus;
  created_at: string;
  updated_at: string;
}

/** An idea with what lists, reports and JSON need around it: its unit, proposer and weighted score. */
export interface IdeaView extends Idea {
  unit: { no: number; name: string; short_name: string | null };
  /** The proposer's current name (participant) or the recorded name; null when none. */
  proposer: string | null;
  proposer_no: number | null;
  /** Weighted score (domain/scoring.ts), 2 decimals; null when not scored. */
  score: number | null;
  /** The exact score, for ranking. */
  score_exact: number | null;
  scorers: number;
}

export interface IdeaInput {
  unitId: number;
  title: string;
  form?: IdeaForm | null;
  kind?: IdeaKind | null;
  affair?: string | null;
  problem?: string | null;
  description?: string | null;
  objective?: string | null;
  benefit?: string | null;
  expected_result?: string | null;
  proposerId?: number | null;
  proposerName?: string | null;
}

export interface StatusChange {
  from: IdeaStatus | null;
  to: IdeaStatus;
  at: string;
  note: string | null;
}

/** The idea with that number; exit 3 when there is none. Used by commitments and reports too. */
export function getIdeaByNo(store: WorkshopStore, no: number): Idea {
  const idea = store.db.prepare('SELECT * FROM idea WHERE no = ?').get(no) as Idea | undefined;
  if (!idea) throw new NotFoundError('error.ideaNotFound', { no });
  return idea;
}

export function getIdeaById(store: WorkshopStore, id: number): Idea | undefined {
  return store.db.prepare('SELECT * FROM idea WHERE id = ?').get(id) as Idea | undefined;
}

function appendHistory(store: WorkshopStore, ideaId: number, change: StatusChange): void {
  store.db
    .prepare('INSERT INTO idea_status_history (uuid, idea_id, from_status, to_status, at, note) VALUES (?, ?, ?, ?, ?, ?)')
    .run(store.uuid(), ideaId, change.from, change.to, change.at, change.note);
}

function clean(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Adds an idea as `proposed` and records that first status in its history (from null). */
export function addIdea(store: WorkshopStore, input: IdeaInput, options: { status?: IdeaStatus; at?: string } = {}): Idea {
  checkTextLimits(input);
  const now = options.at ?? store.now();
  const idea: Omit<Idea, 'id'> = {
    no: store.nextNo('idea'),
    uuid: store.uuid(),
    unit_id: input.unitId,
    title: input.title.trim(),
    form: input.form ?? null,
    kind: input.kind ?? null,
    affair: clean(input.affair),
    problem: clean(input.problem),
    description: clean(input.description),
    objective: clean(input.objective),
    benefit: clean(input.benefit),
    expected_result: clean(input.expected_result),
    proposer_id: input.proposerId ?? null,
    proposer_name: clean(input.proposerName),
    status: 'proposed',
    created_at: now,
    updated_at: now,
  };
  if (idea.title === '') throw new UsageError('error.required', { field: '--title' });
  const info = store.db
    .prepare(
      `INSERT INTO idea (no, uuid, unit_id, title, form, kind, affair, problem, description, objective, benefit,
         expected_result, proposer_id, proposer_name, status, created_at, updated_at)
       VALUES (@no, @uuid, @unit_id, @title, @form, @kind, @affair, @problem, @description, @objective, @benefit,
         @expected_result, @proposer_id, @proposer_name, @status, @created_at, @updated_at)`,
    )
    .run(idea);
  const id = Number(info.lastInsertRowid);
  appendHistory(store, id, { from: null, to: 'proposed', at: now, note: null });
  const fields = Object.entries(idea)
    .filter(([k, v]) => v !== null && !['no', 'uuid', 'created_at', 'updated_at', 'status'].includes(k))
    .map(([k]) => k);
  store.audit({ action: 'create', entity: 'idea', entityUuid: idea.uuid, fields });
  return { id, ...idea };
}

export type IdeaChanges = Partial<Omit<IdeaInput, 'unitId' | 'proposerId' | 'proposerName'>> & {
  unitId?: number;
  proposer?: { id: number | null; name: string | null };
};

/** Changes the given fields; returns the idea as it now stands and the names of the columns that changed. */
export function updateIdea(store: WorkshopStore, idea: Idea, changes: IdeaChanges): { idea: Idea; fields: string[] } {
  checkTextLimits(changes);
  const next: Idea = { ...idea };
  const fields: string[] = [];
  const set = <K extends keyof Idea>(key: K, value: Idea[K]) => {
    if (next[key] !== value) {
      next[key] = value;
      fields.push(key);
    }
  };
  if (changes.unitId !== undefined) set('unit_id', changes.unitId);
  if (changes.title !== undefined) {
    const title = changes.title.trim();
    if (title === '') throw new UsageError('error.required', { field: '--title' });
    set('title', title);
  }
  if (changes.form !== undefined) set('form', changes.form);
  if (changes.kind !== undefined) set('kind', changes.kind);
  for (const key of IDEA_TEXT_FIELDS) {
    if (changes[key] !== undefined) set(key, clean(changes[key]));
  }
  if (changes.proposer !== undefined) {
    set('proposer_id', changes.proposer.id);
    set('proposer_name', clean(changes.proposer.name));
  }
  if (fields.length === 0) return { idea, fields };
  next.updated_at = store.now();
  store.db
    .prepare(
      `UPDATE idea SET unit_id = @unit_id, title = @title, form = @form, kind = @kind, affair = @affair, problem = @problem,
         description = @description, objective = @objective, benefit = @benefit, expected_result = @expected_result,
         proposer_id = @proposer_id, proposer_name = @proposer_name, updated_at = @updated_at
       WHERE id = @id`,
    )
    .run(next);
  store.audit({ action: 'update', entity: 'idea', entityUuid: idea.uuid, fields });
  return { idea: next, fields };
}

/**
 * Moves an idea to another status under the rules of domain/idea-status.ts. The same status is a no-op
 * (nothing recorded); a refused move throws exit 2 naming the allowed next statuses and records nothing.
 */
export function setIdeaStatus(store: WorkshopStore, idea: Idea, to: IdeaStatus, options: { note?: string | null; at?: string } = {}): { idea: Idea; changed: boolean } {
  checkTextLimits({ note: options.note });
  const transition = checkTransition(idea.status, to);
  if (transition.kind === 'same') return { idea, changed: false };
  if (transition.kind === 'refused') {
    throw new UsageError('error.ideaTransition', { no: idea.no, from: idea.status, to, allowed: transition.allowed.join(', ') });
  }
  const at = options.at ?? store.now();
  store.db.prepare('UPDATE idea SET status = ?, updated_at = ? WHERE id = ?').run(to, at, idea.id);
  appendHistory(store, idea.id, { from: idea.status, to, at, note: clean(options.note) });
  store.audit({ action: 'update', entity: 'idea', entityUuid: idea.uuid, fields: ['status'], detail: `${idea.status} -> ${to}` });
  return { idea: { ...idea, status: to, updated_at: at }, changed: true };
}

export function ideaHistory(store: WorkshopStore, ideaId: number): StatusChange[] {
  return store.db
    .prepare('SELECT from_status AS "from", to_status AS "to", at, note FROM idea_status_history WHERE idea_id = ? ORDER BY at, id')
    .all(ideaId) as StatusChange[];
}

export interface IdeaFilters {
  unitId?: number;
  status?: IdeaStatus;
  form?: IdeaForm;
  sort?: IdeaSort;
}

interface IdeaJoinRow extends Idea {
  unit_no: number;
  unit_name: string;
  unit_short_name: string | null;
  participant_name: string | null;
  participant_no: number | null;
}

/** Ideas with their unit, proposer and weighted score; `sort: 'score'` is the ranking (highest first, ties by no). */
export function listIdeas(store: WorkshopStore, filters: IdeaFilters = {}): IdeaView[] {
  const where = whereEquals({ 'i.unit_id': filters.unitId, 'i.status': filters.status, 'i.form': filters.form });
  const order = filters.sort === 'unit' ? 'u.no, i.no' : 'i.no';
  const rows = store.db
    .prepare(
      `SELECT i.*, u.no AS unit_no, u.name AS unit_name, u.short_name AS unit_short_name,
              p.name AS participant_name, p.no AS participant_no
       FROM idea i JOIN unit u ON u.id = i.unit_id LEFT JOIN participant p ON p.id = i.proposer_id${where.sql}
       ORDER BY ${order}`,
    )
    .all(...where.params) as IdeaJoinRow[];
  const criteria = listCriteria(store);
  const scores = scoresByIdea(store);
  const views = rows.map((row) => {
    const values = scores.get(row.id) ?? [];
    return toView(row, scoreIdea(criteria, values).score, new Set(values.map((v) => v.scorer)).size);
  });
  if (filters.sort === 'score') views.sort((a, b) => compareByScore({ no: a.no, score: a.score_exact }, { no: b.no, score: b.score_exact }));
  return views;
}

/** One idea as listIdeas shows it. */
export function getIdeaView(store: WorkshopStore, no: number): IdeaView {
  const idea = getIdeaByNo(store, no);
  const row = store.db
    .prepare(
      `SELECT i.*, u.no AS unit_no, u.name AS unit_name, u.short_name AS unit_short_name,
              p.name AS participant_name, p.no AS participant_no
       FROM idea i JOIN unit u ON u.id = i.unit_id LEFT JOIN participant p ON p.id = i.proposer_id WHERE i.id = ?`,
    )
    .get(idea.id) as IdeaJoinRow;
  const values = scoresByIdea(store).get(idea.id) ?? [];
  return toView(row, scoreIdea(listCriteria(store), values).score, new Set(values.map((v) => v.scorer)).size);
}

function toView(row: IdeaJoinRow, score: number | null, scorers: number): IdeaView {
  const { unit_no, unit_name, unit_short_name, participant_name, participant_no, ...idea } = row;
  return {
    ...idea,
    unit: { no: unit_no, name: unit_name, short_name: unit_short_name },
    proposer: participant_name ?? idea.proposer_name,
    proposer_no: participant_no,
    score: roundScore(score),
    score_exact: score,
    scorers,
  };
}
