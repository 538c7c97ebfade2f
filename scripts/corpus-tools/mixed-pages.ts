/**
 * Test pages for the scale benchmarks: paragraphs of indexed articles alternating with
 * paragraphs of articles the corpus does not hold, as a real page mixes reported and new claims.
 */
import type { ImportRecord } from '../../lib/corpus/import/record';
import { syntheticRecords } from './synthetic-corpus';

/** `count` pages of about `words` words each, drawn from `corpus` and from unseen synthetic articles. */
export function mixedPages(corpus: readonly ImportRecord[], count: number, words: number): string[] {
  const unseen = [...syntheticRecords({ articles: count * 10, seed: 999 })];
  return Array.from({ length: count }, (_, p) => {
    const paragraphs: string[] = [];
    let total = 0;
    for (let k = 0; total < words; k++) {
      const source = k % 2 === 0 ? corpus[(p * 7919 + k * 104_729) % corpus.length] : unseen[(p * 10 + k) % unseen.length];
      for (const paragraph of source.text.split('\n\n').slice(0, 4)) {
        paragraphs.push(paragraph);
        total += paragraph.split(/\s+/).length;
      }
    }
    return paragraphs.join('\n\n');
  });
}
