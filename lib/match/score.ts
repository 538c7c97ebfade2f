/**
 * The same-claim probability of two sentences: a logistic model over the pair features
 * (weights learned by `npm run train`, shipped in weights.json), damped when the pair shares
 * too little information to state a claim (claim-probability.ts).
 */
import { informationDamping, probabilityFromFeatures } from './claim-probability';
import type { LogisticModel } from './logistic';
import { PAIR_FEATURE_NAMES, pairFeatures, sharedInfoBound } from './pair-features';
import type { SentenceFeatures } from './features';
import { termWeight, type TermWeight } from './idf';
import shipped from './weights.json';

export interface ClaimModel extends LogisticModel {
  /** Feature names the weights were fit for, in order. */
  features: string[];
  /**
   * Probability at or above which two sentences restate the same claim: the pair decision
   * (`npm run pairs`) and the rule that groups corpus sentences into claims. Fit for accuracy
   * on MSRP train: a claim's members must each say what its first report said, and grouping
   * errors compound (every later report joins the merged claim).
   */
  threshold: number;
  /**
   * Probability at or above which a page sentence is highlighted and linked to its best claim.
   * Fit for F1 of "same" on MSRP train: a highlight is judged by the reported sentences it
   * finds as much as by the ones it wrongly adds, and a page sentence that adds a detail to a
   * claim still reports it (MSRP calls that "not a paraphrase", which puts its accuracy cut
   * where most such reports are missed). The link goes to a claim grouped under `threshold`.
   */
  linkThreshold: number;
}

export { MIN_CLAIM_INFORMATION, probabilityFromFeatures } from './claim-probability';

export const CLAIM_MODEL: ClaimModel = checkModel(shipped);
export const SAME_CLAIM_THRESHOLD: number = CLAIM_MODEL.threshold;
export const LINK_THRESHOLD: number = CLAIM_MODEL.linkThreshold;

/**
 * Passages shorter than this many words are headings and labels ("Prisoner deal agreed",
 * "Russia-Ukraine talks in Istanbul"), shorter than all but 1% of the training sentences
 * (MSRP's 1st percentile is 9 words). The link cut, fit on full sentences, does not speak for
 * them: they must reach the pair cut.
 */
const FULL_SENTENCE_WORDS = 8;

/**
 * Passages longer than this many words are runs of text that segmentation could not split: a
 * strip of topic tags, a list, a page without full stops. No sentence of the seeds is longer
 * (MSRP's longest has 34 words). The words of so long a run cover a short claim by chance (a
 * 66-word tag strip scored 0.50 against the seeds' prisoner exchange): the link cut, fit on
 * sentences that add a little to a claim, does not speak for them either.
 */
const LONGEST_SENTENCE_WORDS = 60;

/** The score a page passage's best report must reach for the passage to be highlighted (under `model`'s cuts). */
export function linkThresholdFor(passage: SentenceFeatures, model: Pick<ClaimModel, 'threshold' | 'linkThreshold'> = CLAIM_MODEL): number {
  return passage.w < FULL_SENTENCE_WORDS || passage.w > LONGEST_SENTENCE_WORDS ? model.threshold : model.linkThreshold;
}

/**
 * Calibrated probability (0..1) that the two sentences report the same claim. `weigh` gives
 * term idf; pass the corpus-blended weights (idf.ts) when matching against a corpus.
 */
export function scorePair(a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight = termWeight): number {
  return probabilityFromFeatures(pairFeatures(a, b, weigh), CLAIM_MODEL);
}

/**
 * Whether the pair can score `cut` or more. The score is the model's probability, at most 1,
 * damped by the information the pair shares: most pairs of sentences that share a few words are
 * under a cut whatever the model says, and a bound of that information settles them for a
 * fraction of a score's cost. `weigh` has no default: it must be the one the pair is scored with.
 */
export function mayReachScore(a: SentenceFeatures, b: SentenceFeatures, cut: number, weigh: TermWeight): boolean {
  return informationDamping(sharedInfoBound(a, b, weigh)) >= cut;
}

function checkModel(model: ClaimModel): ClaimModel {
  const expected = PAIR_FEATURE_NAMES.join(',');
  if (model.features.join(',') !== expected || model.weights.length !== PAIR_FEATURE_NAMES.length) {
    throw new Error(`lib/match/weights.json was trained for other features; run \`npm run train\` (expected ${expected})`);
  }
  return model;
}
