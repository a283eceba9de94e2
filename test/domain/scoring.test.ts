import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByScore, normalizeWeights, scoreIdea } from '../../src/domain/scoring.js';

const DEFAULTS = [
  { name: 'dampak', weight: 0.4 },
  { name: 'kelayakan', weight: 0.3 },
  { name: 'kebaruan', weight: 0.15 },
  { name: 'keberlanjutan', weight: 0.15 },
];

describe('scoreIdea', () => {
  it('is the weighted mean over criteria of the mean over scorers', () => {
    const result = scoreIdea(DEFAULTS, [
      { criterion: 'dampak', scorer: 'a', value: 5 },
      { criterion: 'dampak', scorer: 'b', value: 4 },
      { criterion: 'kelayakan', scorer: 'a', value: 3 },
      { criterion: 'kelayakan', scorer: 'b', value: 4 },
      { criterion: 'kebaruan', scorer: 'a', value: 4 },
      { criterion: 'kebaruan', scorer: 'b', value: 2 },
      { criterion: 'keberlanjutan', scorer: 'a', value: 2 },
      { criterion: 'keberlanjutan', scorer: 'b', value: 4 },
    ]);
    expect(result.score).toBeCloseTo(0.4 * 4.5 + 0.3 * 3.5 + 0.15 * 3 + 0.15 * 3, 10);
    expect(result.criteria.map((c) => c.mean)).toEqual([4.5, 3.5, 3, 3]);
  });

  it('leaves out criteria nobody scored and renormalises the weights of the others', () => {
    const result = scoreIdea(DEFAULTS, [
      { criterion: 'dampak', scorer: 'a', value: 5 },
      { criterion: 'kelayakan', scorer: 'a', value: 2 },
    ]);
    expect(result.score).toBeCloseTo((0.4 * 5 + 0.3 * 2) / 0.7, 10);
    expect(result.criteria.map((c) => c.share)).toEqual([0.4 / 0.7, 0.3 / 0.7, 0, 0]);
  });

  it('has no score without values, or when only zero-weight criteria were scored', () => {
    expect(scoreIdea(DEFAULTS, []).score).toBeNull();
    expect(scoreIdea([{ name: 'x', weight: 0 }, ...DEFAULTS], [{ criterion: 'x', scorer: 'a', value: 5 }]).score).toBeNull();
  });

  it('always lies between the lowest and highest value given', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ criterion: fc.constantFrom('dampak', 'kelayakan', 'kebaruan', 'keberlanjutan'), scorer: fc.constantFrom('a', 'b', 'c'), value: fc.integer({ min: 1, max: 5 }) }), { minLength: 1 }),
        (scores) => {
          const score = scoreIdea(DEFAULTS, scores).score!;
          const values = scores.map((s) => s.value);
          expect(score).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
          expect(score).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
        },
      ),
    );
  });
});

describe('normalizeWeights and compareByScore', () => {
  it('normalises to shares of the sum (all zero when the sum is zero)', () => {
    expect(normalizeWeights([{ name: 'a', weight: 1 }, { name: 'b', weight: 3 }])).toEqual([0.25, 0.75]);
    expect(normalizeWeights([{ name: 'a', weight: 0 }])).toEqual([0]);
  });

  it('ranks highest first, ties by number, unscored last', () => {
    const ideas = [
      { no: 1, score: null },
      { no: 2, score: 3.5 },
      { no: 3, score: 4 },
      { no: 4, score: 3.5 },
    ];
    expect([...ideas].sort(compareByScore).map((i) => i.no)).toEqual([3, 2, 4, 1]);
  });
});
