/**
 * Candidate retrieval from an inverted index: for each query sentence, the corpus sentences
 * sharing the most idf weight of index terms.
 */
import { termWeight, type TermWeight } from './idf';
import { isCommon, type PostingList } from './postings';
import { PAIRED_TERMS, pairParts } from './features';
import { runAtOnce, type Steps } from '../slices';

/**
 * Candidates kept per query sentence for full scoring. Generous, because a report that states
 * the claim inside a long sentence can share less idf mass than a same-topic sentence does.
 */
export const CANDIDATES_PER_SENTENCE = 20;

/**
 * Whether a key is too common, as the query of this index sees the corpus, to walk its list
 * (isCommon): claim grouping asks per query, because a batch's articles each see the corpus
 * as it was up to themselves.
 */
export type CommonAt = (queryIndex: number, key: string) => boolean;

/**
 * For each query (its index terms), candidate sentence ids best first (ties: lower id first).
 * `admit` filters sentence ids (other article, not excluded) before ranking. `weigh` defaults
 * to the general idf table, which keeps ranks independent of the corpus' size (claim grouping
 * relies on it). A key's list is walked unless `commonAt` calls it common.
 *
 * Weights accumulate in arrays indexed by sentence id rather than in a Map: a page walks
 * hundreds of thousands of posting entries, and typed-array arithmetic is an order of magnitude cheaper
 * than hashing each id.
 */
export function rankCandidates(...args: Parameters<typeof candidateRanking>): number[][] {
  return runAtOnce(candidateRanking(...args));
}

/** rankCandidates in steps of one query each (lib/slices): claim grouping ranks a whole chunk's sentences. */
export function* candidateRanking(
  queries: readonly (readonly string[])[],
  postings: ReadonlyMap<string, PostingList>,
  admit: (queryIndex: number, sentenceId: number) => boolean = () => true,
  weigh: TermWeight = termWeight,
  limit = CANDIDATES_PER_SENTENCE,
  commonAt: CommonAt = (_, key) => isCommon(postings, key),
): Steps<number[][]> {
  const size = largestId(queries, postings) + 1;
  const weightOf = keyWeight(commonAt, weigh);
  const sums = new Float64Array(size);
  const found = new Uint8Array(size);
  const ranked: number[][] = [];
  for (const [q, terms] of queries.entries()) {
    const touched: number[] = [];
    for (const term of terms) {
      const list = postings.get(term);
      if (!list || commonAt(q, term)) continue;
      const weight = weightOf(q, term);
      for (const id of list.ids) {
        if (found[id] === 0) {
          if (!admit(q, id)) continue;
          found[id] = 1;
          touched.push(id);
        }
        sums[id] += weight;
      }
    }
    ranked.push(topByWeight(touched, sums, limit));
    for (const id of touched) {
      sums[id] = 0;
      found[id] = 0;
    }
    yield;
  }
  return ranked;
}

/**
 * A term weighs its idf. A pair key stands in for its terms that are too common to be walked
 * themselves: each of a sentence's paired terms is in PAIRED_TERMS - 1 of its pairs, so a pair
 * carries that share of their weight (a selective term's own list already counts it).
 */
function keyWeight(commonAt: CommonAt, weigh: TermWeight): (queryIndex: number, key: string) => number {
  const commonWeight = (q: number, term: string) => (commonAt(q, term) ? weigh(term) : 0);
  return (q, key) => {
    const parts = pairParts(key);
    return parts ? (commonWeight(q, parts[0]) + commonWeight(q, parts[1])) / (PAIRED_TERMS - 1) : weigh(key);
  };
}

/**
 * The largest id in the lists of the queries' keys, which the weight arrays must hold. Only
 * those lists: a side panel query ranks one claim sentence against all of a page's lists, and
 * walking them all for each cost more than the ranking.
 */
function largestId(queries: readonly (readonly string[])[], postings: ReadonlyMap<string, PostingList>): number {
  let largest = 0;
  for (const terms of queries) {
    for (const term of terms) {
      const ids = postings.get(term)?.ids;
      if (ids?.length) largest = Math.max(largest, ids[ids.length - 1]);
    }
  }
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
