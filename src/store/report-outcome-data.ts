// Read-only queries behind the outcome report and the commitments matrix: one consistent snapshot of the
// workshop turned into plain data, so the PDF modules never touch the database.
import { ATTENDED_STATUSES } from '../domain/attendance.js';
import { type CommitmentStatus, commitmentAsOf } from '../domain/commitments.js';
import type { IdeaStatus } from '../domain/idea-status.js';
import { type ScoreValue, type WeightedCriterion, scoreIdea } from '../domain/scoring.js';
import type { CommitmentView } from './commitments.js';
import type { WorkshopStore } from './db.js';
import type { Idea, IdeaTextField } from './ideas.js';
import { type PaperWorkshop, paperWorkshop } from './paper-workshop.js';
import { UNIT_ORDER, UNIT_ORDER_NONE_LAST } from './unit-order.js';

/** Participants (role peserta) of one unit and how many of them came each day. */
export interface UnitAttendance {
  unit: string;
  short: string | null;
  participants: number;
  /** Present or represented (a deputy came), per workshop day. */
  attended: number[];
  /** Attended person-days over participants × days, 0–100, one decimal; null without participants. */
  percent: number | null;
}

export interface OutcomeIdea extends Pick<Idea, 'no' | 'title' | 'form' | 'kind' | IdeaTextField | 'status'> {
  unit: string;
  unit_short: string | null;
  proposer: string | null;
  /** Weighted score 1–5 (SPEC §4), null when nobody scored it. */
  score: number | null;
  scorers: number;
  history: { from: IdeaStatus | null; to: IdeaStatus; at: string; note: string | null }[];
}

export interface OutcomeCommitment
  extends Pick<
    CommitmentView,
    'no' | 'unit' | 'unit_short' | 'unit_no' | 'action' | 'idea_no' | 'idea_title' | 'owner' | 'output' | 'indicator' | 'due_date' | 'status' | 'progress'
  > {
  updates: { date: string; progress: number | null; status: CommitmentStatus | null; note: string | null }[];
}

export interface OutcomeData {
  workshop: PaperWorkshop;
  /** Units with at least one participant, in unit order, then people without a unit (unit ''). */
  attendance: UnitAttendance[];
  totals: { participants: number; units: number; attended: number[]; percent: number | null };
  /** People who are not participants: narasumber, fasilitator, panitia. */
  others: { narasumber: number; fasilitator: number; panitia: number };
  ideas: OutcomeIdea[];
  commitments: OutcomeCommitment[];
}

function percent(attended: number, possible: number): number | null {
  if (possible === 0) return null;
  return Math.round((attended / possible) * 1000) / 10;
}

function readAttendance(store: WorkshopStore, days: string[]): Pick<OutcomeData, 'attendance' | 'totals' | 'others'> {
  const people = store.db
    .prepare(
      `SELECT p.id, p.role, u.no AS unit_no, u.name AS unit, u.short_name AS short
         FROM participant p LEFT JOIN unit u ON u.id = p.unit_id
        ORDER BY ${UNIT_ORDER_NONE_LAST}`,
    )
    .all() as { id: number; role: string; unit_no: number | null; unit: string | null; short: string | null }[];
  const came = store.db
    .prepare(
      `SELECT a.participant_id AS id, a.date FROM attendance a
        WHERE a.status IN (${ATTENDED_STATUSES.map((s) => `'${s}'`).join(', ')}) AND a.date BETWEEN ? AND ?`,
    )
    .all(days[0], days[days.length - 1]) as { id: number; date: string }[];
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const daysOf = new Map<number, number[]>();
  for (const row of came) {
    const i = dayIndex.get(row.date);
    if (i === undefined) continue;
    const list = daysOf.get(row.id) ?? [];
    list.push(i);
    daysOf.set(row.id, list);
  }

  const others = { narasumber: 0, fasilitator: 0, panitia: 0 };
  const byUnit = new Map<string, UnitAttendance>();
  for (const person of people) {
    if (person.role !== 'peserta') {
      if (person.role in others) others[person.role as keyof typeof others]++;
      continue;
    }
    const key = person.unit ?? '';
    let row = byUnit.get(key);
    if (!row) {
      row = { unit: key, short: person.short, participants: 0, attended: days.map(() => 0), percent: null };
      byUnit.set(key, row);
    }
    row.participants++;
    for (const i of daysOf.get(person.id) ?? []) row.attended[i]!++;
  }
  const attendance = [...byUnit.values()];
  for (const row of attendance) row.percent = percent(sum(row.attended), row.participants * days.length);
  const participants = sum(attendance.map((r) => r.participants));
  const attended = days.map((_, i) => sum(attendance.map((r) => r.attended[i] ?? 0)));
  return {
    attendance,
    totals: {
      participants,
      units: attendance.filter((r) => r.unit !== '').length,
      attended,
      percent: percent(sum(attended), participants * days.length),
    },
    others,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

interface IdeaRow extends Omit<OutcomeIdea, 'score' | 'scorers' | 'history' | 'proposer'> {
  id: number;
  proposer: string | null;
}

export function readIdeas(store: WorkshopStore): OutcomeIdea[] {
  const rows = store.db
    .prepare(
      `SELECT i.id, i.no, u.name AS unit, u.short_name AS unit_short, i.title, i.form, i.kind, i.affair, i.problem,
              i.description, i.objective, i.benefit, i.expected_result,
              COALESCE(p.name, i.proposer_name) AS proposer, i.status
         FROM idea i JOIN unit u ON u.id = i.unit_id LEFT JOIN participant p ON p.id = i.proposer_id
        ORDER BY ${UNIT_ORDER}, i.no`,
    )
    .all() as IdeaRow[];
  const criteria = store.db.prepare('SELECT name, weight FROM criterion ORDER BY position').all() as WeightedCriterion[];
  const scoreRows = store.db
    .prepare(
      `SELECT s.idea_id, c.name AS criterion, s.scorer, s.value FROM score s JOIN criterion c ON c.id = s.criterion_id`,
    )
    .all() as { idea_id: number; criterion: string; scorer: string; value: number }[];
  const valuesOf = new Map<number, ScoreValue[]>();
  for (const s of scoreRows) {
    const list = valuesOf.get(s.idea_id) ?? [];
    list.push({ criterion: s.criterion, scorer: s.scorer, value: s.value });
    valuesOf.set(s.idea_id, list);
  }
  const history = store.db
    .prepare('SELECT idea_id, from_status AS "from", to_status AS "to", at, note FROM idea_status_history ORDER BY at, id')
    .all() as ({ idea_id: number } & OutcomeIdea['history'][number])[];
  const historyOf = new Map<number, OutcomeIdea['history']>();
  for (const { idea_id, ...h } of history) {
    const list = historyOf.get(idea_id) ?? [];
    list.push(h);
    historyOf.set(idea_id, list);
  }
  return rows.map(({ id, ...row }) => ({
    ...row,
    score: scoreIdea(criteria, valuesOf.get(id) ?? []).score,
    scorers: new Set((valuesOf.get(id) ?? []).map((v) => v.scorer)).size,
    history: historyOf.get(id) ?? [],
  }));
}

/**
 * Every commitment by unit, then due date, then number, with its updates oldest first; with `asOf`, as it
 * stood at the end of that day (status, progress and updates; domain/commitments.ts, commitmentAsOf).
 */
export function readCommitments(store: WorkshopStore, asOf?: string): OutcomeCommitment[] {
  const rows = store.db
    .prepare(
      `SELECT c.id, c.no, u.name AS unit, u.short_name AS unit_short, u.no AS unit_no, c.action,
              i.no AS idea_no, i.title AS idea_title, COALESCE(p.name, c.owner_name) AS owner,
              c.output, c.indicator, c.due_date, c.status, c.progress
         FROM commitment c JOIN unit u ON u.id = c.unit_id
         LEFT JOIN idea i ON i.id = c.idea_id
         LEFT JOIN participant p ON p.id = c.owner_id
        ORDER BY ${UNIT_ORDER}, c.due_date, c.no`,
    )
    .all() as ({ id: number } & Omit<OutcomeCommitment, 'updates'>)[];
  const updates = store.db
    .prepare('SELECT commitment_id, date, progress, status, note, at FROM commitment_update ORDER BY date, at, id')
    .all() as ({ commitment_id: number; at: string } & OutcomeCommitment['updates'][number])[];
  const updatesOf = new Map<number, (OutcomeCommitment['updates'][number] & { at: string })[]>();
  for (const { commitment_id, ...u } of updates) {
    const list = updatesOf.get(commitment_id) ?? [];
    list.push(u);
    updatesOf.set(commitment_id, list);
  }
  const strip = (list: (OutcomeCommitment['updates'][number] & { at: string })[]) => list.map(({ at: _at, ...u }) => u);
  return rows.map(({ id, ...row }) => {
    const all = updatesOf.get(id) ?? [];
    if (asOf === undefined) return { ...row, updates: strip(all) };
    const { status, progress, updates: before } = commitmentAsOf(row, all, asOf);
    return { ...row, status, progress, updates: strip(before) };
  });
}

/** Everything the Laporan Hasil Kegiatan prints, read in one transaction; commitments as of `asOf`. */
export function readOutcomeData(store: WorkshopStore, asOf?: string): OutcomeData {
  return store.read(() => {
    const workshop = paperWorkshop(store);
    return {
      workshop,
      ...readAttendance(store, workshop.days),
      ideas: readIdeas(store),
      commitments: readCommitments(store, asOf),
    };
  });
}

export interface CommitmentsData {
  workshop: PaperWorkshop;
  commitments: OutcomeCommitment[];
}

/** Everything the Matriks RTL prints, as of `asOf`. */
export function readCommitmentsData(store: WorkshopStore, asOf?: string): CommitmentsData {
  return store.read(() => ({ workshop: paperWorkshop(store), commitments: readCommitments(store, asOf) }));
}

export type { CommitmentStatus, IdeaStatus };
