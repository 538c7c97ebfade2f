/**
 * How many queued articles the next index chunk takes (CorpusStore.indexChunk). A chunk is one
 * transaction, and page queries wait for the chunk in flight, so a chunk should take about the
 * same time however large the index is: an article costs more as the posting lists it reads and
 * rewrites grow (at 10,000 articles, 250 articles took ~10 s). The size follows the time per
 * article the last chunk measured. Claims do not depend on it (lib/match/claims), so neither
 * does the index.
 */

/** A finished chunk: the articles it took off the queue and how long its transaction took. */
export interface ChunkTiming {
  articles: number;
  durationMs: number;
}

export const INDEX_CHUNK_SIZING = {
  // The longest a page opened during a large import should wait for its highlights, and the
  // most a stopped worker loses. No shorter: each chunk reads and rewrites the posting list of
  // every key it carries once, and keys recur from chunk to chunk, so smaller chunks write more
  // rows per article (on the synthetic corpus 250 articles touch ~1,400 term rows where 100
  // touch ~1,300, and ~19,000 pair rows where 2.5 chunks of 100 touch ~22,000).
  targetMs: 2_000,
  // The cost per article is unknown until a chunk is measured: 10 articles stay well under the
  // target even in a large index (~0.4 s at 10,000 articles), and in smaller chunks the reads and
  // writes every chunk makes whatever its size (the common keys' counts row, the counters)
  // would weigh more than its articles.
  min: 10,
  // The former fixed size. A chunk holds all of its sentences and posting lists in the worker's
  // memory until it commits, and one of long articles after short ones overshoots the target:
  // the bound keeps both to what the fixed chunks did.
  max: 250,
  // How many times larger than the last chunk the next may be: one chunk of unusually short
  // articles, or one too fast for the clock, at most doubles the next.
  maxGrowth: 2,
} as const;

/**
 * The next chunk's size: as many articles as fit the target at the last chunk's time per
 * article, growing by at most `maxGrowth` at a time, within `min`..`max`. Without a measured
 * chunk (the first, or one that took no article) it is `min`.
 */
export function nextChunkSize(last: ChunkTiming | null): number {
  const { targetMs, min, max, maxGrowth } = INDEX_CHUNK_SIZING;
  if (!last || last.articles <= 0) return min;
  const msPerArticle = last.durationMs / last.articles;
  // A chunk too fast for the clock (0 ms) fits any number of articles: the growth bound decides.
  const fitting = msPerArticle > 0 ? Math.floor(targetMs / msPerArticle) : Infinity;
  return Math.max(min, Math.min(fitting, last.articles * maxGrowth, max));
}
