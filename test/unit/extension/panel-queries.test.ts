/** The side panel's corpus questions over a real store (fake-indexeddb), as the background answers them. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { articleDetail, searchCorpus } from '@/entrypoints/background/panel-queries';
import { bundled, freshStore, indexAll } from '../store/store-fixtures';

describe('panel queries', () => {
  it('opens an article with its sentences, again from the read cache, between searches', async () => {
    const store = freshStore();
    const articles = bundled(6);
    await store.installBundled('test', () => articles);
    await indexAll(store);
    const stored = await store.db.sentences.where('articleId').equals(articles[0].id).count();
    // Opening an article failed every time with "Transaction committed too early".
    for (let round = 0; round < 3; round++) {
      const detail = await articleDetail(store, articles[0].id);
      expect(detail?.article.id).toBe(articles[0].id);
      expect(detail?.sentences).toHaveLength(stored);
      expect((await searchCorpus(store, 'the')).claims.length).toBeGreaterThan(0);
    }
    expect(await articleDetail(store, 'no-such-article')).toBeNull();
  });

  it('asks once more when the store changed during the question', async () => {
    const store = freshStore();
    const articles = bundled(4);
    await store.installBundled('test', () => articles);
    await indexAll(store);
    const read = store.reader.claimMembers.bind(store.reader);
    let calls = 0;
    // A chunk of a rebuild written between reading the sentences and their claims' members.
    vi.spyOn(store.reader, 'claimMembers').mockImplementation(async (ids, limit) => {
      if (calls++ === 0) store.reader.invalidate();
      return read(ids, limit);
    });
    const detail = await articleDetail(store, articles[1].id);
    expect(calls).toBe(2);
    expect(detail?.article.id).toBe(articles[1].id);
  });
});
