/**
 * Fitting the claim model on labelled sentence pairs: idf table, pair feature rows,
 * logistic regression and the accuracy-maximising threshold.
 */
import { extractFeatures, type SentenceFeatures } from '../../lib/match/features';
import type { DocumentFrequencies, TermWeight } from '../../lib/match/idf';
import { fitLogistic } from '../../lib/match/logistic';
import { pairFeatures, PAIR_FEATURE_NAMES } from '../../lib/match/pair-features';
import { probabilityFromFeatures, type ClaimModel } from '../../lib/match/score';
import { bestThreshold } from './classification';
import type { SentencePair } from './msrp';

/** L2 penalty on standardised weights. */
const L2_PENALTY = 1;

/** Document frequency of each term over distinct sentences. */
export function documentFrequencies(sentences: Iterable<string>): DocumentFrequencies {
  const df: Record<string, number> = {};
  let documents = 0;
  for (const sentence of new Set(sentences)) {
    documents++;
    for (const term of new Set(extractFeatures(sentence).t)) df[term] = (df[term] ?? 0) + 1;
  }
  return { documents, df };
}

export interface FeaturizedPairs {
  rows: number[][];
  labels: number[];
}

export function featurizePairs(pairs: readonly SentencePair[], weigh: TermWeight): FeaturizedPairs {
  const cache = new Map<string, SentenceFeatures>();
  const features = (text: string) => cache.get(text) ?? cache.set(text, extractFeatures(text)).get(text)!;
  return {
    rows: pairs.map((p) => pairFeatures(features(p.sentence1), features(p.sentence2), weigh)),
    labels: pairs.map((p) => p.label ?? 0),
  };
}

/** Logistic weights, and the threshold that maximises accuracy on the same pairs. */
export function trainClaimModel(train: FeaturizedPairs): ClaimModel {
  const { weights, bias } = fitLogistic(train.rows, train.labels, L2_PENALTY);
  const scores = train.rows.map((x) => probabilityFromFeatures(x, { weights, bias }));
  return { features: [...PAIR_FEATURE_NAMES], weights, bias, threshold: bestThreshold(scores, train.labels) };
}
