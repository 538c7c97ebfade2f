/**
 * TF-KLD feature weights (Ji & Eisenstein 2013): a sentence feature (a canonical term, or two
 * adjacent ones) weighs as much as its being shared tells paraphrases from non-paraphrases.
 * Over the labelled pairs where the feature occurs on at least one side, p = P(on both sides |
 * paraphrase), q = P(on both sides | not paraphrase), and the weight is KL(Bern(p) || Bern(q)).
 */
import type { SentenceFeatures } from '../../lib/match/features';

/** The feature keys of a sentence: distinct terms, and with `bigrams` distinct adjacent term pairs ("a b"). */
export function sentenceKeys(f: SentenceFeatures, bigrams: boolean): string[] {
  const keys = new Set(f.t);
  if (bigrams) for (let i = 1; i < f.t.length; i++) keys.add(`${f.t[i - 1]} ${f.t[i]}`);
  return [...keys];
}

export function bernoulliKl(p: number, q: number): number {
  const term = (x: number, y: number) => (x > 0 ? x * Math.log(x / y) : 0);
  return term(p, q) + term(1 - p, 1 - q);
}

export interface KldWeights {
  weights: Map<string, number>;
  /** Weight of a feature no training pair carries: the KL of the pooled rates. */
  unseen: number;
  /** The smoothed rates [p, q] the weights come from, and the pooled ones (unseen features). */
  rates: Map<string, [number, number]>;
  pooled: [number, number];
}

/**
 * Fits the weights on labelled pairs (`keys` per side). Rare features would get extreme p or q
 * by chance, so both rates are shrunk towards the pooled rate of their class, worth `prior`
 * pairs: an unseen feature weighs what sharing some feature says on average.
 */
export function fitKldWeights(
  sides: readonly (readonly [readonly string[], readonly string[]])[],
  labels: readonly number[],
  prior = 2,
): KldWeights {
  // Per feature: [pairs with it on both sides, on at least one side], per class.
  const counts = new Map<string, [number, number, number, number]>();
  const pooled = [0, 0, 0, 0];
  sides.forEach(([a, b], i) => {
    const inA = new Set(a);
    const inB = new Set(b);
    const base = labels[i] === 1 ? 0 : 2;
    const count = (key: string, both: boolean) => {
      let c = counts.get(key);
      if (!c) counts.set(key, (c = [0, 0, 0, 0]));
      if (both) { c[base]++; pooled[base]++; }
      c[base + 1]++;
      pooled[base + 1]++;
    };
    for (const key of inA) count(key, inB.has(key));
    for (const key of inB) if (!inA.has(key)) count(key, false);
  });
  const p0 = pooled[0] / Math.max(1, pooled[1]);
  const q0 = pooled[2] / Math.max(1, pooled[3]);
  const weights = new Map<string, number>();
  const rates = new Map<string, [number, number]>();
  for (const [key, [pBoth, pAny, qBoth, qAny]] of counts) {
    const rate: [number, number] = [(pBoth + prior * p0) / (pAny + prior), (qBoth + prior * q0) / (qAny + prior)];
    rates.set(key, rate);
    weights.set(key, bernoulliKl(...rate));
  }
  return { weights, unseen: bernoulliKl(p0, q0), rates, pooled: [p0, q0] };
}

export function kldWeigher({ weights, unseen }: KldWeights): (key: string) => number {
  return (key) => weights.get(key) ?? unseen;
}
