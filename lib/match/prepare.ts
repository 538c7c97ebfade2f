/** Splits an article into the sentences the corpus indexes. */
import type { Article } from '../types';
import { segmentSentences } from '../text/segment';
import { extractFeatures } from './features';
import type { IndexedSentence } from './types';

/**
 * Body sentences with positions and features. Captions and the title are left out: captions
 * restate the story loosely and titles are not sentences, so neither counts as a report.
 */
export function prepareSentences(article: Article): Omit<IndexedSentence, 'id' | 'claimId'>[] {
  const sentences: Omit<IndexedSentence, 'id' | 'claimId'>[] = [];
  for (const paragraph of article.paragraphs) {
    for (const { text } of segmentSentences(paragraph)) {
      sentences.push({ articleId: article.id, position: sentences.length, text, features: extractFeatures(text) });
    }
  }
  return sentences;
}
