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
 * A term carried by more sentences than this finds no candidates of its own: in a large corpus
 * ("Russia", "said") it would make every query walk thousands of ids, and the rarer terms of the
 * same sentence find the reports anyway. It still counts toward the score of those candidates.
 */
export const MAX_CANDIDATE_POSTINGS = 1_000;

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
  const commonSets = new Map<string, Set<number>>();
  const commonSet = (term: string) => {
    let set = commonSets.get(term);
    if (!set) commonSets.set(term, (set = new Set(postings.get(term))));
    return set;
  };
  return queries.map((terms, q) => {
    const weights = new Map<number, number>();
    const common: string[] = [];
    for (const term of terms) {
      const ids = postings.get(term);
      if (!ids) continue;
      if (ids.length > MAX_CANDIDATE_POSTINGS) {
        common.push(term);
        continue;
      }
      const weight = weigh(term);
      for (const id of ids) if (admit(q, id)) weights.set(id, (weights.get(id) ?? 0) + weight);
    }
    // Common terms only add weight to candidates the rarer terms found.
    for (const term of common) {
      const weight = weigh(term);
      const carriers = commonSet(term);
      for (const [id, sum] of weights) if (carriers.has(id)) weights.set(id, sum + weight);
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
