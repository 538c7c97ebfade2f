/**
 * The page as the comparison relates it to corpus sentences: its distinct sentences with their
 * features and index terms, and the term weights the matcher scored its pairs with. Read once
 * per comparison, for both the figure checks and the statement checks.
 */
import { extractFeatures, indexTerms, type SentenceFeatures } from '../match/features';
import type { TermWeight } from '../match/idf';
import { pageTermWeights } from '../match/match';
import type { CorpusReader } from '../match/types';
import type { Pause } from '../slices';
import { segmentSentences } from '../text/segment';

export interface PageSentence {
  text: string;
  /** Offset of its first statement in the page text, as a passage's `start`. */
  start: number;
  features: SentenceFeatures;
  /**
   * Its index terms (indexTerms), for the page's term weights and the statement checks'
   * candidates: worked out once, as they cost a long page tens of milliseconds each time.
   */
  keys: string[];
  /** The weights matchText scored its pairs with (pageTermWeights). */
  weigh: TermWeight;
}

export interface PageReading {
  /** In page order; a sentence the page repeats word for word (a pull quote) once. */
  sentences: PageSentence[];
  /** The corpus-blended weights matchText ranked the page's candidates by (pageTermWeights). */
  ranking: TermWeight;
}

/**
 * `pause` is awaited before each sentence's features: a long page's thousands of sentences would
 * otherwise hold the background up in one task.
 */
export async function readPage(pageText: string, reader: Pick<CorpusReader, 'postings' | 'sentenceCount'>, pause: Pause): Promise<PageReading> {
  const byText = new Map<string, Omit<PageSentence, 'weigh'>>();
  for (const { text, start } of segmentSentences(pageText)) {
    if (byText.has(text)) continue;
    await pause();
    const features = extractFeatures(text);
    byText.set(text, { text, start, features, keys: indexTerms(features) });
  }
  const read = [...byText.values()];
  const weights = await pageTermWeights(read.map((s) => s.keys), reader);
  return { sentences: read.map((s) => ({ ...s, weigh: weights.ofSentence(s.keys) })), ranking: weights.ranking };
}
