/**
 * TF-KLD weights and the randomized truncated SVD used by the TF-KLD lab
 * (scripts/match-tools/tfkld-lab.ts).
 */
import { describe, expect, it } from 'vitest';
import { randomizedSvd, symmetricEigen } from '../../../scripts/match-tools/svd';
import { bernoulliKl, fitKldWeights, kldWeigher, sentenceKeys } from '../../../scripts/match-tools/tfkld';

describe('TF-KLD weights', () => {
  it('weighs a feature shared only by paraphrases above one shared equally by both classes', () => {
    const sides: [string[], string[]][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 20; i++) {
      const paraphrase = i % 2 === 0;
      // "tell" is on both sides of every paraphrase and on one side of every other pair;
      // "plain" is on both sides of every pair.
      sides.push([['tell', 'plain', `x${i}`], paraphrase ? ['tell', 'plain'] : ['plain', `y${i}`]]);
      labels.push(paraphrase ? 1 : 0);
    }
    const w = kldWeigher(fitKldWeights(sides, labels));
    expect(w('tell')).toBeGreaterThan(w('plain'));
    expect(w('plain')).toBeLessThan(0.05);
    expect(w('never-seen')).toBeGreaterThanOrEqual(0);
  });

  it('KL of Bernoullis is zero for equal rates and grows with their distance', () => {
    expect(bernoulliKl(0.3, 0.3)).toBe(0);
    expect(bernoulliKl(0.9, 0.3)).toBeGreaterThan(bernoulliKl(0.5, 0.3));
  });

  it('keys are distinct terms, plus adjacent pairs on request', () => {
    const f = { t: ['a', 'b', 'a'], m: '000', g: 0 as const, w: 3 };
    expect(sentenceKeys(f, false)).toEqual(['a', 'b']);
    expect(sentenceKeys(f, true)).toEqual(['a', 'b', 'a b', 'b a']);
  });
});

describe('randomized truncated SVD', () => {
  it('reconstructs a small matrix of known rank', () => {
    // X = A B with A 12×3 and B 3×8: rank 3.
    const a = Array.from({ length: 12 }, (_, i) => [Math.sin(i + 1), Math.cos(2 * i), (i % 3) - 1]);
    const b = [[1, 0, 2, 0, 1, 3, 0, 1], [0, 1, 1, 2, 0, 0, 1, -1], [2, -1, 0, 1, 1, 0, 3, 0]];
    const x = a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));
    const rows = x.map((row) => ({ cols: row.map((_, j) => j), vals: row }));
    const { sigma, v } = randomizedSvd(rows, 8, 3, { oversample: 2 });
    expect(sigma).toHaveLength(3);
    expect(sigma[0]).toBeGreaterThanOrEqual(sigma[1]);
    for (const row of x) {
      const u = [0, 1, 2].map((k) => row.reduce((s, value, j) => s + value * v[j][k], 0));
      row.forEach((value, j) => expect(u.reduce((s, uk, k) => s + uk * v[j][k], 0)).toBeCloseTo(value, 8));
    }
  });

  it('finds the eigenpairs of a symmetric matrix', () => {
    const m = [Float64Array.from([4, 1, 2]), Float64Array.from([1, 3, 0]), Float64Array.from([2, 0, 5])];
    const { values, vectors } = symmetricEigen(m);
    values.forEach((lambda, e) => m.forEach((row, i) =>
      expect(row.reduce((s, x, j) => s + x * vectors[j][e], 0)).toBeCloseTo(lambda * vectors[i][e], 9)));
  });
});
