/**
 * The same-claim probability of two sentences: a logistic model over the pair features
 * (weights learned by `npm run train`, shipped in weights.json), damped when the pair shares
 * too little information to state a claim (claim-probability.ts).
 */
import { probabilityFromFeatures } from './claim-probability';
import type { LogisticModel } from './logistic';
import { PAIR_FEATURE_NAMES, pairFeatures } from './pair-features';
import type { SentenceFeatures } from './features';
import { termWeight, type TermWeight } from './idf';
import shipped from './weights.json';

export interface ClaimModel extends LogisticModel {
  /** Feature names the weights were fit for, in order. */
  features: string[];
  /** Probability at or above which two sentences are taken to report the same claim. */
  threshold: number;
}

export { MIN_CLAIM_INFORMATION, probabilityFromFeatures } from './claim-probability';

export const CLAIM_MODEL: ClaimModel = checkModel(shipped);
export const SAME_CLAIM_THRESHOLD: number = CLAIM_MODEL.threshold;

/**
 * Calibrated probability (0..1) that the two sentences report the same claim. `weigh` gives
 * term idf; pass the corpus-blended weights (idf.ts) when matching against a corpus.
 */
export function scorePair(a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight = termWeight): number {
  return probabilityFromFeatures(pairFeatures(a, b, weigh), CLAIM_MODEL);
}

function checkModel(model: ClaimModel): ClaimModel {
  const expected = PAIR_FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected || model.weights.length !== PAIR_FEATURE_NAMES.length) {
    throw new Error(`lib/match/weights.json was trained for other features; run \`npm run train\` (expected ${expected})`);
  }
  return model;
}
