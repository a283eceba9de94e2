import { checkTextLimits } from '../domain/text-limits.js';
import { type IdeaScore, type ScoreValue, scoreIdea } from '../domain/scoring.js';
import { listCriteria } from './criteria.js';
import type { WorkshopStore } from './db.js';

/**
 * One value given by one scorer. `scorer` is the stable key stored in the file: the participant's uuid when
 * the scorer is a registered participant (so a renamed person stays one scorer and merge keeps them apart),
 * else the free-text name as typed.
 */
export interface ScoreView {
  criterion: string;
  criterion_label: string | null;
  scorer: string;
  /** The participant's current name, or the free-text name. */
  scorer_name: string;
  scorer_no: number | null;
  value: number;
  at: string;
}

interface ScoreJoinRow {
  idea_id: number;
  criterion: string;
  criterion_label: string | null;
  scorer: string;
  participant_name: string | null;
  participant_no: number | null;
  value: number;
  at: string;
}

const SELECT_SCORES = `
  SELECT s.idea_id, c.name AS criterion, c.label AS criterion_label, s.scorer, p.name AS participant_name,
         p.no AS participant_no, s.value, s.at
  FROM score s
  JOIN criterion c ON c.id = s.criterion_id
  LEFT JOIN participant p ON p.uuid = s.scorer`;

function toView(row: ScoreJoinRow): ScoreView {
  return {
    criterion: row.criterion,
    criterion_label: row.criterion_label,
    scorer: row.scorer,
    scorer_name: row.participant_name ?? row.scorer,
    scorer_no: row.participant_no,
    value: row.value,
    at: row.at,
  };
}

/** Every value given to one idea, by criterion order then scorer. */
export function ideaScores(store: WorkshopStore, ideaId: number): ScoreView[] {
  const rows = store.db.prepare(`${SELECT_SCORES} WHERE s.idea_id = ? ORDER BY c.position, c.id, s.at, s.scorer`).all(ideaId) as ScoreJoinRow[];
  return rows.map(toView);
}

/** Every value in the file grouped by idea id (for lists and rankings). */
export function scoresByIdea(store: WorkshopStore): Map<number, ScoreValue[]> {
  const rows = store.db.prepare('SELECT s.idea_id, c.name AS criterion, s.scorer, s.value FROM score s JOIN criterion c ON c.id = s.criterion_id').all() as {
    idea_id: number;
    criterion: string;
    scorer: string;
    value: number;
  }[];
  const map = new Map<number, ScoreValue[]>();
  for (const r of rows) {
    const list = map.get(r.idea_id) ?? [];
    list.push({ criterion: r.criterion, scorer: r.scorer, value: r.value });
    map.set(r.idea_id, list);
  }
  return map;
}

/** The weighted score of one idea with its per-criterion means (SPEC §4, domain/scoring.ts). */
export function ideaScore(store: WorkshopStore, ideaId: number): IdeaScore {
  const values = ideaScores(store, ideaId).map((s) => ({ criterion: s.criterion, scorer: s.scorer, value: s.value }));
  return scoreIdea(listCriteria(store), values);
}

/**
 * Records one scorer's values for an idea; a value this scorer gave before for the same criterion is
 * replaced. Values are checked by the caller (1..5 integers, known criteria).
 */
export function recordScores(
  store: WorkshopStore,
  idea: { id: number; uuid: string },
  scorer: string,
  values: readonly { criterionId: number; criterion: string; value: number }[],
  options: { at?: string } = {},
): { created: number; replaced: number } {
  checkTextLimits({ scorer });
  const now = options.at ?? store.now();
  const find = store.db.prepare('SELECT id FROM score WHERE idea_id = ? AND criterion_id = ? AND scorer = ?').pluck();
  const update = store.db.prepare('UPDATE score SET value = ?, at = ? WHERE id = ?');
  const insert = store.db.prepare('INSERT INTO score (uuid, idea_id, criterion_id, scorer, value, at) VALUES (?, ?, ?, ?, ?, ?)');
  let created = 0;
  let replaced = 0;
  for (const v of values) {
    const existing = find.get(idea.id, v.criterionId, scorer) as number | undefined;
    if (existing !== undefined) {
      update.run(v.value, now, existing);
      replaced++;
    } else {
      insert.run(store.uuid(), idea.id, v.criterionId, scorer, v.value, now);
      created++;
    }
  }
  // The scorer key may be a person's name: it stays out of the audit detail (personal data); the criteria
  // scored are what a reader of the log needs.
  store.audit({
    action: replaced > 0 && created === 0 ? 'update' : 'create',
    entity: 'score',
    entityUuid: idea.uuid,
    fields: values.map((v) => v.criterion),
  });
  return { created, replaced };
}
