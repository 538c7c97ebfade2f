/**
 * Term weights for scoring sentence pairs against the corpus: every term of both sentences of a
 * pair is weighed by its count in the corpus (blended with the general table, idf.ts), read
 * before the pair is scored. A pair's score then depends on the pair and the corpus alone.
 *
 * Weighing only the page's terms by the corpus made a page sentence's links depend on the rest of
 * the page: a candidate's term the page named elsewhere ("Peskov") weighed its corpus count, one
 * it did not the general table's (for a word unseen in general news, far more), and an unrelated
 * sentence was linked once another line named the corpus's people. Weighing a candidate's other
 * terms by the general table alone (page-independent too, and what `npm run eval` measured until
 * Dec 2026) counts the corpus's common words a candidate adds as general news rarely prints them:
 * the highlights' F1 was 0.549 / 0.883 / 0.820 / 0.768 (seeds as pages, labelled, blind-labelled
 * and off-topic pages) against 0.561 / 0.899 / 0.825 / 0.772 with both sides' corpus counts.
 */
import { corpusTermWeight, type TermWeight } from './idf';
import { pairParts } from './features';
import type { PostingList } from './postings';
import type { CorpusReader } from './types';

export class CorpusWeights {
  private readonly df = new Map<string, number>();
  private weighing: TermWeight;

  private constructor(
    private readonly reader: Pick<CorpusReader, 'postings'>,
    private readonly documents: number,
  ) {
    this.weighing = corpusTermWeight({ documents, df: this.df });
  }

  /** Weights over the corpus `reader` reads, none of its counts read yet. */
  static async of(reader: Pick<CorpusReader, 'postings' | 'sentenceCount'>): Promise<CorpusWeights> {
    return new CorpusWeights(reader, await reader.sentenceCount());
  }

  /** The weighing of every term covered so far (a term not covered weighs as in general news). */
  get weigh(): TermWeight {
    return this.weighing;
  }

  /** Takes the counts of `terms` from posting lists read already (a term without a list is not in the corpus). */
  record(terms: Iterable<string>, postings: ReadonlyMap<string, PostingList>): void {
    let added = false;
    for (const term of terms) {
      if (this.df.has(term) || pairParts(term)) continue;
      this.df.set(term, postings.get(term)?.df ?? 0);
      added = true;
    }
    // The weighing caches each term's weight: a new one, so no term keeps its uncounted weight.
    if (added) this.weighing = corpusTermWeight({ documents: this.documents, df: this.df });
  }

  /** Reads the counts of the terms not covered yet, in one batched read. A pair key weighs by its parts and is skipped. */
  async cover(terms: Iterable<string>): Promise<void> {
    const missing = [...new Set(terms)].filter((term) => !this.df.has(term) && !pairParts(term));
    if (missing.length) this.record(missing, await this.reader.postings(missing));
  }
}
