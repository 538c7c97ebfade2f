/**
 * The page as the comparison relates it to corpus sentences: its distinct sentences with their
 * features and index terms, and the term weights the matcher scored its pairs with. Read once
 * per comparison, for both the figure checks and the statement checks.
 */
import { extractFeatures, indexTerms, type SentenceFeatures } from '../match/features';
import type { CorpusWeights } from '../match/corpus-weights';
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
}

export interface PageReading {
  /** In page order; a sentence the page repeats word for word (a pull quote) once. */
  sentences: PageSentence[];
  /** The weights matchText scored the page's pairs with, its terms covered (pageTermWeights). */
  weights: CorpusWeights;
}

/**
 * `pause` is awaited before each sentence's features: a long page's thousands of sentences would
 * otherwise hold the background up in one task.
 */
export async function readPage(pageText: string, reader: Pick<CorpusReader, 'postings' | 'sentenceCount'>, pause: Pause): Promise<PageReading> {
  const byText = new Map<string, PageSentence>();
  for (const { text, start } of segmentSentences(pageText)) {
    if (byText.has(text)) continue;
    await pause();
    const features = extractFeatures(text);
    byText.set(text, { text, start, features, keys: indexTerms(features) });
  }
  const sentences = [...byText.values()];
  return { sentences, weights: await pageTermWeights(sentences.map((s) => s.keys), reader) };
}
