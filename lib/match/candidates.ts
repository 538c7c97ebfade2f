/**
 * Candidate retrieval from an inverted index: for each query sentence, the corpus sentences
 * sharing the most idf weight of index terms. Weights come from the shipped idf table, not
 * from the corpus, so a candidate's rank does not change as the corpus grows.
 */
import { termWeight } from './idf';

/** Candidates kept per query sentence for full scoring. */
export const CANDIDATES_PER_SENTENCE = 12;

/**
 * For each query (its index terms), candidate sentence ids best first. `admit` filters
 * sentence ids (other article, not excluded) before ranking.
 */
export function rankCandidates(
  queries: readonly (readonly string[])[],
  postings: ReadonlyMap<string, readonly number[]>,
  admit: (queryIndex: number, sentenceId: number) => boolean = () => true,
  limit = CANDIDATES_PER_SENTENCE,
): number[][] {
  return queries.map((terms, q) => {
    const weights = new Map<number, number>();
    for (const term of terms) {
      const ids = postings.get(term);
      if (!ids) continue;
      const weight = termWeight(term);
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
