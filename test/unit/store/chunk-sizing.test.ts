/** The index chunk sizing policy, fed durations as numbers: nothing here is timed. */
import { describe, expect, it } from 'vitest';
import { INDEX_CHUNK_SIZING, nextChunkSize } from '../../../lib/store/chunk-sizing';

const { targetMs, min, max } = INDEX_CHUNK_SIZING;

describe('index chunk sizing', () => {
  it('starts at the smallest size before any chunk is measured, and after a chunk that took no article', () => {
    expect(nextChunkSize(null)).toBe(min);
    expect(nextChunkSize({ articles: 0, durationMs: 0 })).toBe(min);
    expect(nextChunkSize({ articles: 0, durationMs: 3_000 })).toBe(min);
  });

  it('grows when chunks are fast, at most doubling at a time', () => {
    // 10 ms an article: 200 would fit the target, but one chunk of 10 says too little to jump there.
    expect(nextChunkSize({ articles: 10, durationMs: 100 })).toBe(20);
    // 16 ms an article: 125 fit the target.
    expect(nextChunkSize({ articles: 100, durationMs: 1_600 })).toBe(125);
    // Too fast for the clock.
    expect(nextChunkSize({ articles: 40, durationMs: 0 })).toBe(80);
  });

  it('shrinks when chunks are slow to what fits the target', () => {
    // 40 ms an article, as 250 articles in ~10 s at 10,000 indexed.
    expect(nextChunkSize({ articles: 250, durationMs: 10_000 })).toBe(50);
    expect(nextChunkSize({ articles: 50, durationMs: targetMs })).toBe(50);
  });

  it('stays within its bounds', () => {
    expect(nextChunkSize({ articles: min, durationMs: 60_000 })).toBe(min);
    expect(nextChunkSize({ articles: 1, durationMs: 5_000 })).toBe(min);
    expect(nextChunkSize({ articles: max, durationMs: 10 })).toBe(max);
    expect(nextChunkSize({ articles: 200, durationMs: 0 })).toBe(max);
  });

  it('follows a build whose articles cost more as the index grows', () => {
    // Simulated: an article costs 1 ms in an empty index and 1 ms more per 250 indexed (~40 ms
    // at 10,000, as measured with chunks of 250).
    const costOf = (indexed: number) => 1 + indexed / 250;
    const chunks: { size: number; durationMs: number }[] = [];
    let indexed = 0;
    let size = nextChunkSize(null);
    while (indexed < 20_000) {
      const durationMs = size * costOf(indexed);
      chunks.push({ size, durationMs });
      indexed += size;
      size = nextChunkSize({ articles: size, durationMs });
    }

    expect(chunks.slice(0, 4).map((c) => c.size)).toEqual([10, 20, 40, 80]);
    expect(Math.max(...chunks.map((c) => c.size))).toBe(max);
    for (const chunk of chunks) {
      expect(chunk.size).toBeGreaterThanOrEqual(min);
      expect(chunk.size).toBeLessThanOrEqual(max);
      // The estimate lags the growing cost by one chunk: after a chunk of 250 an article costs
      // 1 ms more here, so the next chunk of 250 may overshoot by 250 ms, and no more.
      expect(chunk.durationMs).toBeLessThanOrEqual(targetMs + 250);
    }
    // Large, the index is built in chunks of about the target's length, far smaller than 250.
    const late = chunks.at(-1)!;
    expect(late.size).toBeLessThan(50);
    expect(late.durationMs).toBeGreaterThan(targetMs * 0.9);
  });
});
