/**
 * Candidate retrieval from an inverted index: for each query sentence, the corpus sentences
 * sharing the most idf weight of index terms.
 */
import { termWeight, type TermWeight } from './idf';

/**
 * Candidates kept per query sentence for full scoring. Generous, because a report that states
 * the claim inside a long sentence can share less idf mass than a same-topic sentence does.
 */
export const CANDIDATES_PER_SENTENCE = 20;

/**
 * For each query (its index terms), candidate sentence ids best first. `admit` filters
 * sentence ids (other article, not excluded) before ranking. `weigh` defaults to the general
 * idf table, which keeps ranks independent of the corpus' size (claim grouping relies on it).
 */
export function rankCandidates(
  queries: readonly (readonly string[])[],
  postings: ReadonlyMap<string, readonly number[]>,
  admit: (queryIndex: number, sentenceId: number) => boolean = () => true,
  weigh: TermWeight = termWeight,
  limit = CANDIDATES_PER_SENTENCE,
): number[][] {
  return queries.map((terms, q) => {
    const weights = new Map<number, number>();
    for (const term of terms) {
      const ids = postings.get(term);
      if (!ids) continue;
      const weight = weigh(term);
      for (const id of ids) if (admit(q, id)) weights.set(id, (weights.get(id) ?? 0) + weight);
    }
    return [...weights]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([id]) => id);
  });
}

/** Distinct terms of all queries: the keys of the one batched postings read. */
export function allTerms(queries: readonly (readonly string[])[]): string[] {
  return [...new Set(queries.flat())];
}
