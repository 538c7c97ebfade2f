/**
 * The same-claim probability of a pair feature vector under a given logistic model, damped
 * when the pair shares too little information to state a claim (a credit line, a lone name, a
 * short fragment). Kept apart from score.ts, which loads the shipped weights and refuses
 * weights fit for another feature list, so that `npm run train` still runs after the list changes.
 */
import { predictProbability, type LogisticModel } from './logistic';
import { PAIR_FEATURE_NAMES } from './pair-features';

/**
 * Idf mass (about three distinctive words) that a pair must share before the model's
 * probability is trusted in full. Below it the probability is scaled down quadratically:
 * the training pairs are full news sentences, so the model never saw bare fragments.
 */
export const MIN_CLAIM_INFORMATION = 15;

const SHARED_INFO_INDEX = PAIR_FEATURE_NAMES.indexOf('sharedInfo');

/** Same-claim probability for a precomputed feature vector under `model`. */
export function probabilityFromFeatures(x: readonly number[], model: LogisticModel): number {
  return predictProbability(model, x) * informationDamping(x[SHARED_INFO_INDEX]);
}

/**
 * The factor (0..1) the model's probability is scaled by for a pair's sharedInfo feature: the
 * most the pair can score, whatever its other features (score.ts, mayReachScore).
 */
export function informationDamping(sharedInfo: number): number {
  return Math.min(1, Math.expm1(sharedInfo) / MIN_CLAIM_INFORMATION) ** 2;
}
