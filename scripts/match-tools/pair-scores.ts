/**
 * The matcher's score of each sentence pair of a file, as `npm run pairs` gives it: the file's
 * sentences are the corpus, their frequencies blended into the idf as matchText blends a corpus's.
 */
import { extractFeatures } from '../../lib/match/features';
import { corpusTermWeight } from '../../lib/match/idf';
import { scorePair } from '../../lib/match/score';
import type { SentencePair } from './msrp';

export function scoreSentencePairs(pairs: readonly SentencePair[]): number[] {
  const features = new Map([...new Set(pairs.flatMap((p) => [p.sentence1, p.sentence2]))].map((text) => [text, extractFeatures(text)]));
  const df = new Map<string, number>();
  for (const f of features.values()) for (const term of new Set(f.t)) df.set(term, (df.get(term) ?? 0) + 1);
  const weigh = corpusTermWeight({ documents: features.size, df });
  return pairs.map((p) => scorePair(features.get(p.sentence1)!, features.get(p.sentence2)!, weigh));
}
