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
 * For each query (its index terms), candidate sentence ids best first (ties: lower id first).
 * `admit` filters sentence ids (other article, not excluded) before ranking. `weigh` defaults
 * to the general idf table, which keeps ranks independent of the corpus' size (claim grouping
 * relies on it).
 *
 * Weights accumulate in arrays indexed by sentence id rather than in a Map: a page walks
 * millions of posting entries, and typed-array arithmetic is an order of magnitude cheaper
 * than hashing each id.
 */
export function rankCandidates(
  queries: readonly (readonly string[])[],
  postings: ReadonlyMap<string, readonly number[]>,
  admit: (queryIndex: number, sentenceId: number) => boolean = () => true,
  weigh: TermWeight = termWeight,
  limit = CANDIDATES_PER_SENTENCE,
): number[][] {
  const size = largestId(postings) + 1;
  const sums = new Float64Array(size);
  const found = new Uint8Array(size);
  return queries.map((terms, q) => {
    const touched: number[] = [];
    const common: string[] = [];
    for (const term of terms) {
      const ids = postings.get(term);
      if (!ids) continue;
      if (ids.length > MAX_CANDIDATE_POSTINGS) {
        common.push(term);
        continue;
      }
      const weight = weigh(term);
      for (const id of ids) {
        if (found[id] === 0) {
          if (!admit(q, id)) continue;
          found[id] = 1;
          touched.push(id);
        }
        sums[id] += weight;
      }
    }
    // Common terms only add weight to candidates the rarer terms found.
    for (const term of common) {
      const weight = weigh(term);
      for (const id of postings.get(term)!) if (found[id] === 1) sums[id] += weight;
    }
    const best = topByWeight(touched, sums, limit);
    for (const id of touched) {
      sums[id] = 0;
      found[id] = 0;
    }
    return best;
  });
}

function largestId(postings: ReadonlyMap<string, readonly number[]>): number {
  let largest = 0;
  for (const ids of postings.values()) for (const id of ids) if (id > largest) largest = id;
  return largest;
}

/** The `limit` ids of highest weight, best first, lower id first among equals. */
function topByWeight(ids: readonly number[], sums: Float64Array, limit: number): number[] {
  const best: number[] = [];
  const before = (a: number, b: number) => sums[a] > sums[b] || (sums[a] === sums[b] && a < b);
  for (const id of ids) {
    if (best.length === limit && !before(id, best[limit - 1])) continue;
    let at = best.length === limit ? limit - 1 : best.length;
    while (at > 0 && before(id, best[at - 1])) {
      best[at] = best[at - 1];
      at--;
    }
    best[at] = id;
  }
  return best;
}

/** Distinct terms of all queries: the keys of the one batched postings read. */
export function allTerms(queries: readonly (readonly string[])[]): string[] {
  return [...new Set(queries.flat())];
}
