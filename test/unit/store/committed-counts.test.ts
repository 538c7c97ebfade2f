/**
 * The status asked while a write holds the tables (an index chunk, an import) is answered from
 * the counts as last committed, not after the write: IndexedDB would queue its read behind it.
 */
import { describe, expect, it } from 'vitest';
import { freshStore, syntheticArticles } from './store-fixtures';

describe('counts while a write runs', () => {
  it('answers the counts before an index chunk, without waiting for it; afterwards, the chunk is counted', async () => {
    const store = freshStore();
    await store.importArticles(syntheticArticles(300));
    const before = await store.counts();
    expect(before).toMatchObject({ userArticles: 300, pending: 300, sentences: 0 });

    const settled: string[] = [];
    const chunk = store.indexChunk(250).then(() => settled.push('chunk'));
    const during = store.counts().then((counts) => (settled.push('counts'), counts));
    expect(await during).toEqual(before);
    await chunk;
    expect(settled).toEqual(['counts', 'chunk']);

    const after = await store.counts();
    expect(after.pending).toBe(50);
    expect(after.sentences).toBeGreaterThan(0);
  });

  it('answers the counts before an import while it is stored, and counts it once it has landed', async () => {
    const store = freshStore();
    await store.importArticles(syntheticArticles(5));
    const before = await store.counts();
    const settled: string[] = [];
    const landing = store.importArticles(syntheticArticles(20, 9)).then(() => settled.push('import'));
    const during = store.counts().then((counts) => (settled.push('counts'), counts));
    expect(await during).toEqual(before);
    await landing;
    expect(settled).toEqual(['counts', 'import']);
    expect((await store.counts()).userArticles).toBe(25);
  });

  it('answers the counts of the last write to commit, when the next one starts at once', async () => {
    const store = freshStore();
    await store.importArticles(syntheticArticles(10));
    // The index chunk starts as soon as the import lands, as the indexer's does: nothing is read between them.
    const chunk = store.indexChunk(250);
    expect(await store.counts()).toMatchObject({ userArticles: 10, pending: 10, sentences: 0 });
    await chunk;
  });
});
