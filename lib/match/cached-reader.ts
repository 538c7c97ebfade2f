/**
 * A CorpusReader that keeps what it read for the next page. IndexedDB charges per request,
 * and a page costs about a thousand of them (posting lists, candidate sentences, claim
 * members); pages read one after another, on the same story above all, ask again for most of
 * the same posting lists and many of the same sentences. Kept in the background's memory,
 * bounded, and forgotten whenever the index changes (invalidate): a cached answer is always
 * one the store would give now.
 */
import type { Article } from '../types';
import { groupBy } from '../group-by';
import { LruCache } from '../lru-cache';
import type { PostingList } from './postings';
import type { CorpusReader, IndexedSentence } from './types';

export interface CacheLimits {
  /** Posting entries held, counted as their ids plus a fixed cost per list. */
  postingIds: number;
  /** Sentences held, candidates and claim members each. */
  sentences: number;
  articles: number;
}

/**
 * About 4 MB of ids and 10 MB each of candidate and member sentences (with their features)
 * and of articles, in a background whose heap is 15–80 MB while matching: what two or three
 * pages read.
 */
export const DEFAULT_CACHE_LIMITS: CacheLimits = { postingIds: 1_000_000, sentences: 5_000, articles: 500 };

/** What an empty posting list costs besides its ids, in ids. */
const POSTING_OVERHEAD = 16;

export interface CachedReader extends CorpusReader {
  /** Forgets everything: call after every change to the index, articles or database. */
  invalidate(): void;
  /** Counts the invalidations: a caller tells by it whether the store changed under a series of reads. */
  readonly generation: number;
}

export function cachedReader(source: CorpusReader, limits: CacheLimits = DEFAULT_CACHE_LIMITS): CachedReader {
  // Bumped by invalidate. A read that was under way meanwhile may hold older rows, so what it
  // brings back is handed to its caller but not kept.
  let generation = 0;
  // null: looked up and absent (a term no sentence carries is the common case for a page).
  const postings = new LruCache<string, PostingList | null>(limits.postingIds, (list) => POSTING_OVERHEAD + (list?.ids.length ?? 0));
  const sentences = new LruCache<number, IndexedSentence | null>(limits.sentences);
  const articles = new LruCache<string, Article | null>(limits.articles);
  // One cache per member limit (the matcher and the side panel read different numbers).
  const members = new Map<number, LruCache<number, IndexedSentence[] | null>>();
  let count: { generation: number; value: number } | null = null;

  async function readThrough<K, V>(cache: LruCache<K, V | null>, keys: readonly K[], read: (missing: K[]) => Promise<Map<K, V>>): Promise<Map<K, V>> {
    const found = new Map<K, V>();
    const missing: K[] = [];
    for (const key of keys) {
      const value = cache.get(key);
      if (value === undefined) missing.push(key);
      else if (value !== null) found.set(key, value);
    }
    if (missing.length === 0) return found;
    const startedAt = generation;
    const fetched = await read(missing);
    for (const key of missing) {
      const value = fetched.get(key);
      if (generation === startedAt) cache.set(key, value ?? null);
      if (value !== undefined) found.set(key, value);
    }
    return found;
  }

  const inOrder = <K, V>(keys: readonly K[], found: Map<K, V>): V[] => keys.flatMap((key) => found.get(key) ?? []);

  return {
    postings: (terms) => readThrough(postings, terms, (missing) => source.postings(missing)),

    sentences: async (ids) =>
      inOrder(ids, await readThrough(sentences, ids, async (missing) => new Map((await source.sentences(missing)).map((s) => [s.id, s])))),

    claimMembers: async (claimIds, limitPerClaim) => {
      let cache = members.get(limitPerClaim);
      if (!cache) members.set(limitPerClaim, (cache = new LruCache(limits.sentences, (list) => Math.max(1, list?.length ?? 0))));
      const found = await readThrough(cache, claimIds, async (missing) => {
        const byClaim = groupBy(await source.claimMembers(missing, limitPerClaim), (member) => member.claimId);
        // A claim with no member left is cached as such too.
        for (const claimId of missing) if (!byClaim.has(claimId)) byClaim.set(claimId, []);
        return byClaim;
      });
      return inOrder(claimIds, found).flat();
    },

    articles: async (ids) =>
      inOrder(ids, await readThrough(articles, ids, async (missing) => new Map((await source.articles(missing)).map((a) => [a.id, a])))),

    sentenceCount: async () => {
      if (count?.generation === generation) return count.value;
      const startedAt = generation;
      const value = await source.sentenceCount();
      if (generation === startedAt) count = { generation, value };
      return value;
    },

    get generation() {
      return generation;
    },

    invalidate() {
      generation++;
      postings.clear();
      sentences.clear();
      articles.clear();
      members.clear();
      count = null;
    },
  };
}
