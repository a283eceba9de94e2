// The score of an idea (SPEC §4): for each criterion, the mean of the values the scorers gave; then the
// weighted mean of those criterion means. A criterion nobody has scored yet for this idea is left out and
// the weights of the criteria that were scored are renormalised to sum to 1, so an idea scored on dampak
// alone is not punished for a missing kebaruan (it is simply compared on what is known). An idea with no
// score at all, or whose scored criteria all weigh 0, has no score (null) and ranks after every scored idea.

export interface WeightedCriterion {
  name: string;
  weight: number;
}

export interface ScoreValue {
  criterion: string;
  scorer: string;
  value: number;
}

export interface CriterionResult {
  name: string;
  weight: number;
  /** Share of this criterion in the idea's score (0 when it has no score). */
  share: number;
  mean: number | null;
  scorers: number;
}

export interface IdeaScore {
  score: number | null;
  criteria: CriterionResult[];
}

/** Weights as shares of their sum (all 0 when the sum is 0). */
export function normalizeWeights(criteria: readonly WeightedCriterion[]): number[] {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return criteria.map((c) => (total > 0 ? c.weight / total : 0));
}

export function scoreIdea(criteria: readonly WeightedCriterion[], scores: readonly ScoreValue[]): IdeaScore {
  const byCriterion = new Map<string, number[]>();
  for (const s of scores) {
    const key = s.criterion.toLowerCase();
    const list = byCriterion.get(key) ?? [];
    list.push(s.value);
    byCriterion.set(key, list);
  }
  const results = criteria.map((c) => {
    const values = byCriterion.get(c.name.toLowerCase()) ?? [];
    const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null;
    return { name: c.name, weight: c.weight, share: 0, mean, scorers: values.length };
  });
  const presentWeight = results.reduce((sum, r) => sum + (r.mean === null ? 0 : r.weight), 0);
  if (presentWeight <= 0) return { score: null, criteria: results };
  let score = 0;
  for (const r of results) {
    if (r.mean === null) continue;
    r.share = r.weight / presentWeight;
    score += r.share * r.mean;
  }
  return { score, criteria: results };
}

/** Scores are shown and exported with 2 decimals; ranking uses the exact value. */
export function roundScore(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100) / 100;
}

/** The ranking: highest score first, unscored last, ties by idea number. */
export function compareByScore(a: { no: number; score: number | null }, b: { no: number; score: number | null }): number {
  if (a.score !== b.score) {
    if (a.score === null) return 1;
    if (b.score === null) return -1;
    if (Math.abs(a.score - b.score) > 1e-9) return b.score - a.score;
  }
  return a.no - b.no;
}
