// An idea as scripts see it (README "JSON output", test/schemas/records.ts `idea`): the same record in every
// idea verb; `idea show` and every idea change add the scoring detail and the status history.
import { roundScore } from '../../domain/scoring.js';
import { type CriterionView, listCriteria } from '../../store/criteria.js';
import type { WorkshopStore } from '../../store/db.js';
import { type IdeaView, type StatusChange, getIdeaView, ideaHistory } from '../../store/ideas.js';
import { type ScoreView, ideaScore, ideaScores } from '../../store/scores.js';
import { type ParticipantRef, participantRef, unitRef } from '../refs.js';

export function ideaJson(idea: IdeaView): Record<string, unknown> {
  return {
    no: idea.no,
    uuid: idea.uuid,
    unit: unitRef(idea.unit.no, idea.unit.name, idea.unit.short_name),
    title: idea.title,
    form: idea.form,
    kind: idea.kind,
    affair: idea.affair,
    problem: idea.problem,
    description: idea.description,
    objective: idea.objective,
    benefit: idea.benefit,
    expected_result: idea.expected_result,
    proposer: participantRef(idea.proposer_no, idea.proposer),
    status: idea.status,
    score: idea.score,
    scorers: idea.scorers,
    created_at: idea.created_at,
    updated_at: idea.updated_at,
  };
}

/** One criterion's part in an idea's score. */
export interface CriterionScore {
  name: string;
  label: string | null;
  weight: number;
  /** Its share of the weight among the criteria this idea was scored on, 4 decimals. */
  share: number;
  /** The mean over scorers, 2 decimals; null when nobody scored it. */
  mean: number | null;
  scorers: number;
}

/** What `idea show` prints: the idea, its per-criterion scores, every value given, and its status history. */
export interface IdeaDetail {
  idea: IdeaView;
  criteria: CriterionScore[];
  scores: ScoreView[];
  history: StatusChange[];
}

/** The idea with that number and all it is shown with, read at one moment; exit 3 when there is none. */
export function readIdeaDetail(store: WorkshopStore, no: number): IdeaDetail {
  return store.read(() => {
    const idea = getIdeaView(store, no);
    const labels = new Map(listCriteria(store).map((c: CriterionView) => [c.name, c.label]));
    const criteria = ideaScore(store, idea.id).criteria.map((c) => ({
      name: c.name,
      label: labels.get(c.name) ?? null,
      weight: c.weight,
      share: Math.round(c.share * 10000) / 10000,
      mean: roundScore(c.mean),
      scorers: c.scorers,
    }));
    return { idea, criteria, scores: ideaScores(store, idea.id), history: ideaHistory(store, idea.id) };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Who gave a score: the registered participant, or the name typed with --by (no number). A participant
 * removed since is stored by a uuid that names nobody any more: null, never the uuid.
 */
export function scorerRef(s: ScoreView): ParticipantRef | null {
  if (s.scorer_no !== null) return participantRef(s.scorer_no, s.scorer_name);
  return UUID.test(s.scorer) ? null : participantRef(null, s.scorer);
}

export function ideaDetailJson(detail: IdeaDetail): Record<string, unknown> {
  return {
    ...ideaJson(detail.idea),
    criteria: detail.criteria,
    scores: detail.scores.map((s) => ({ criterion: s.criterion, value: s.value, scorer: scorerRef(s), at: s.at })),
    history: detail.history,
  };
}
