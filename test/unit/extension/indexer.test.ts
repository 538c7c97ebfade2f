/** The indexer tells of each build's start and end once, however many changes join the build. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Indexer } from '@/entrypoints/background/indexer';
import { freshStore, syntheticArticles } from '../store/store-fixtures';

describe('Indexer', () => {
  it('tells of a build starting and ending, and not again for a change that joins it', async () => {
    const store = freshStore();
    let heard = 0;
    const indexer = new Indexer(store, () => heard++);
    await store.importArticles(syntheticArticles(6));
    const run = indexer.ensureRunning();
    expect(heard).toBe(1);
    // A change while it runs joins the same build.
    expect(indexer.ensureRunning()).toBe(run);
    await run;
    expect(heard).toBe(2);
    expect((await store.counts()).pending).toBe(0);
  });
});
