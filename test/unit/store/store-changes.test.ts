/**
 * The store tells of each change it commits, and reads no counts of its own around its writes:
 * the background reads the index status when it has a change to publish
 * (entrypoints/background/index-status.ts), not before every write in case a page asks.
 */
import { describe, expect, it, vi } from 'vitest';
import { freshStore, indexAll, syntheticArticles } from './store-fixtures';

describe('changes to the store', () => {
  it('reads no counts around its writes: an import, the index chunks, a deletion', async () => {
    const store = freshStore();
    const counted = vi.spyOn(store.db.articles, 'count');
    const { added } = await store.importArticles(syntheticArticles(30));
    await indexAll(store, 20);
    await store.deleteUserArticles(added.slice(0, 5));
    expect(counted).not.toHaveBeenCalled();
  });

  it('tells its listeners after each change has committed, and not of an import that was cancelled', async () => {
    const store = freshStore();
    const told: Promise<number>[] = [];
    // What a listener reads once told is the change's outcome.
    store.onChange(() => told.push(store.counts().then((counts) => counts.pending)));

    await store.importArticles(syntheticArticles(30));
    expect(await Promise.all(told)).toEqual([30]);
    await store.indexChunk(20);
    expect(await Promise.all(told)).toEqual([30, 10]);

    const cancelled = store.importArticles(syntheticArticles(5, 9), () => {
      throw new Error('cancelled');
    });
    await expect(cancelled).rejects.toThrow('cancelled');
    expect(told).toHaveLength(2);
  });
});
