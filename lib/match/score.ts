/**
 * The same-claim probability of two sentences: a logistic model over the pair features
 * (weights learned by `npm run train`, shipped in weights.json), damped when the pair shares
 * too little information to state a claim (a credit line, a lone name, a short fragment) and
 * when the two contradict each other on a figure or on negation.
 */
import type { LogisticModel } from './logistic';
import { predictProbability } from './logistic';
import { PAIR_FEATURE_NAMES, pairFeatures } from './pair-features';
import type { SentenceFeatures } from './features';
import shipped from './weights.json';

export interface ClaimModel extends LogisticModel {
  /** Feature names the weights were fit for, in order. */
  features: string[];
  /** Probability at or above which two sentences are taken to report the same claim. */
  threshold: number;
}

/**
 * Idf mass (about three distinctive words) that a pair must share before the model's
 * probability is trusted in full. Below it the probability is scaled down quadratically:
 * the training pairs are full news sentences, so the model never saw bare fragments.
 */
export const MIN_CLAIM_INFORMATION = 15;

/**
 * Factor applied when the two sentences contradict each other: each has a figure the other
 * lacks ("8,150 drones" vs "5,438 drones"), or one is negated and the other not. The
 * paraphrase data the model learns from has too few such pairs to weigh them properly.
 */
export const CONTRADICTION_FACTOR = 0.3;

const SHARED_WEIGHT_INDEX = PAIR_FEATURE_NAMES.indexOf('sharedWeight');
const CONTRADICTION_INDICES = [PAIR_FEATURE_NAMES.indexOf('figureConflict'), PAIR_FEATURE_NAMES.indexOf('negationMismatch')];

export const CLAIM_MODEL: ClaimModel = checkModel(shipped);
export const SAME_CLAIM_THRESHOLD: number = CLAIM_MODEL.threshold;

/** Same-claim probability for a precomputed feature vector under `model`. */
export function probabilityFromFeatures(x: readonly number[], model: LogisticModel): number {
  const sharedInformation = Math.expm1(x[SHARED_WEIGHT_INDEX]);
  let damping = Math.min(1, sharedInformation / MIN_CLAIM_INFORMATION) ** 2;
  for (const index of CONTRADICTION_INDICES) if (x[index] > 0) damping *= CONTRADICTION_FACTOR;
  return predictProbability(model, x) * damping;
}

/** Calibrated probability (0..1) that the two sentences report the same claim. */
export function scorePair(a: SentenceFeatures, b: SentenceFeatures): number {
  return probabilityFromFeatures(pairFeatures(a, b), CLAIM_MODEL);
}

function checkModel(model: ClaimModel): ClaimModel {
  const expected = PAIR_FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected || model.weights.length !== PAIR_FEATURE_NAMES.length) {
    throw new Error(`lib/match/weights.json was trained for other features; run \`npm run train\` (expected ${expected})`);
  }
  return model;
}
