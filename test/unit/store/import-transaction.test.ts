import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import { articleSnapshot, failWritesFrom, freshStore, indexAll, syntheticArticles } from './store-fixtures';

const articles = syntheticArticles(30);

describe('importing into the store', () => {
  it('reports articles already stored, by URL or by text, and articles repeated in the import', async () => {
    const store = freshStore();
    await store.importArticles(articles.slice(0, 5));
    const sameText = { ...articles[1], url: 'https://example.org/elsewhere', title: 'Same text' };
    const sameUrl = articleFromRecord({ title: 'Same URL', outlet: null, url: articles[2].url, published: null, text: 'Entirely new words here.', sourceFile: 't' });
    const repeated = articles[6];
    const result = await store.importArticles([sameText, sameUrl, repeated, { ...repeated, url: null, title: 'again' }]);
    expect(result.added).toEqual([repeated.id]);
    expect(result.duplicates).toEqual([
      { title: 'Same text', reason: 'same text', existingId: articles[1].id, inThisImport: false },
      { title: 'Same URL', reason: 'same url', existingId: articles[2].id, inThisImport: false },
      { title: 'again', reason: 'same text', existingId: repeated.id, inThisImport: true },
    ]);
    expect(await store.db.articles.count()).toBe(6);
    expect(await store.db.queue.count()).toBe(6);
  });

  it('stores an address without its fragment and tracking parameters, so the same article reached another way is the same URL', async () => {
    const store = freshStore();
    const record = (url: string, text: string) => articleFromRecord({ title: 'T', outlet: null, url, published: null, text, sourceFile: 'pasted' });
    const first = record('https://news.example/world/story?id=7&utm_source=rss#comments', 'The first wording of the story.');
    await store.importArticles([first]);
    expect((await store.db.articles.get(first.id))?.url).toBe('https://news.example/world/story?id=7');
    const again = await store.importArticles([record('https://news.example/world/story?fbclid=x&id=7', 'A later wording of the story.')]);
    expect(again.duplicates).toEqual([{ title: 'T', reason: 'same url', existingId: first.id, inThisImport: false }]);
    // A parameter that names the article is kept: another id is another article.
    expect((await store.importArticles([record('https://news.example/world/story?id=8', 'Another story.')])).added).toHaveLength(1);
  });

  it('links an imported reprint to an indexed original found through shared sentences', async () => {
    const store = freshStore();
    const original = articles[0];
    await store.importArticles([original, ...articles.slice(5, 15)]);
    await indexAll(store);
    const reprint = articleFromRecord({
      title: null,
      outlet: 'Coast Herald',
      url: 'https://coast-herald.example/world/reprint',
      published: null,
      text: `${original.paragraphs.slice(0, -2).join('\n\n')}\n\nReporting by a wire desk.`,
      sourceFile: 'reprint.txt',
    });
    const result = await store.importArticles([reprint]);
    expect(result.copies).toEqual({ [reprint.id]: original.id });
    expect((await store.db.articles.get(reprint.id))?.copyOf).toBe(original.id);
    // An unrelated article is not linked.
    const unrelated = await store.importArticles([articles[20]]);
    expect(unrelated.copies).toEqual({});
  });

  it('leaves nothing behind when the disk fills in the middle of an import', async () => {
    const store = freshStore();
    await store.importArticles(articles.slice(0, 3));
    await indexAll(store);
    const before = await articleSnapshot(store);
    const countsBefore = await store.counts();
    // The articles are written, then the queue: the queue write fails.
    const disk = failWritesFrom(store, 2);
    await expect(store.importArticles(articles.slice(3, 20))).rejects.toThrow(/quota/i);
    disk.heal();
    expect(await articleSnapshot(store)).toEqual(before);
    expect(await store.counts()).toEqual(countsBefore);
    expect(await store.db.queue.count()).toBe(0);
  });
});
