/** The options page's list of the user's articles: newest import first, each import in its own order, paged. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import { contentHashOf } from '../../../lib/store/hashes';
import { DATABASE_NAME, VERSION_1_STORES, VERSION_2_STORES } from '../../../lib/store/schema';
import { bundled, freshStore, indexAll, syntheticArticles } from './store-fixtures';

const articles = syntheticArticles(9);
const idsOf = (list: { articles: { id: string }[] }) => list.articles.map((a) => a.id);

describe('the list of user articles', () => {
  it('shows the latest import first, each import in the order it gave its articles, bundled ones not at all', async () => {
    const store = freshStore();
    await store.installBundled('v1', () => bundled(2));
    await store.importArticles(articles.slice(0, 3));
    await store.importArticles(articles.slice(3, 5));
    await store.importArticles([articles[5]]);
    const list = await store.userArticles(0, 10);
    expect(list.total).toBe(6);
    expect(idsOf(list)).toEqual([5, 3, 4, 0, 1, 2].map((n) => articles[n].id));
  });

  it('pages through that order, and an article added after a deletion still comes first', async () => {
    const store = freshStore();
    await store.importArticles(articles.slice(0, 4));
    await store.importArticles(articles.slice(4, 6));
    expect(idsOf(await store.userArticles(1, 3))).toEqual([5, 0, 1].map((n) => articles[n].id));
    await store.deleteUserArticles([articles[4].id, articles[5].id]);
    await store.importArticles([articles[6]]);
    expect(idsOf(await store.userArticles(0, 2))).toEqual([6, 0].map((n) => articles[n].id));
  });
});

describe('the reprints in the list', () => {
  /** A user article printing these paragraphs, its last two cut, under another outlet. */
  const cutCopy = (paragraphs: string[], slug: string) =>
    articleFromRecord({ title: null, outlet: 'Coast Herald', url: `https://coast-herald.example/${slug}`, published: null, text: paragraphs.slice(0, -2).join('\n\n'), sourceFile: `${slug}.txt` });

  it("name their original by title and outlet, a user article's or a bundled one's, read in one batched read", async () => {
    const store = freshStore();
    const corpus = bundled(3);
    await store.installBundled('v1', () => corpus);
    await indexAll(store);
    const original = articles[0];
    const ofUser = cutCopy(original.paragraphs, 'user-copy');
    const ofBundled = cutCopy(corpus[1].paragraphs, 'bundled-copy');
    const imported = await store.importArticles([original, ofUser, ofBundled, articles[1]]);
    expect(imported.copies).toEqual({ [ofUser.id]: original.id, [ofBundled.id]: corpus[1].id });

    const bulkGet = vi.spyOn(store.db.articles, 'bulkGet');
    const list = await store.userArticles(0, 10);
    expect(bulkGet).toHaveBeenCalledTimes(1);
    const byId = new Map(list.articles.map((a) => [a.id, a]));
    expect(byId.get(ofUser.id)).toMatchObject({ copyOf: original.id, original: { title: original.title, outlet: original.outlet, outletId: original.outletId } });
    expect(byId.get(ofBundled.id)).toMatchObject({ copyOf: corpus[1].id, original: { title: corpus[1].title, outlet: corpus[1].outlet, outletId: corpus[1].outletId } });
    expect(byId.get(original.id)).toMatchObject({ copyOf: null, original: null });
    expect(byId.get(articles[1].id)).toMatchObject({ copyOf: null, original: null });
  });
});

describe('schema upgrade from version 4', () => {
  it('lists the user articles stored before it, older than any added after it', async () => {
    const factory = new IDBFactory();
    const v4 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
    v4.version(1).stores(VERSION_1_STORES);
    for (const version of [2, 3, 4]) v4.version(version).stores(VERSION_2_STORES);
    const old = articles.slice(0, 3).map((a) => ({ ...a, contentHash: contentHashOf(a) }));
    await v4.table('articles').bulkAdd([...old, ...bundled(1).map((a) => ({ ...a, contentHash: contentHashOf(a) }))]);
    v4.close();

    const store = freshStore(factory);
    await store.importArticles([articles[3]]);
    const list = await store.userArticles(0, 10);
    expect(list.total).toBe(4);
    expect(idsOf(list)[0]).toBe(articles[3].id);
    expect(new Set(idsOf(list).slice(1))).toEqual(new Set(old.map((a) => a.id)));
  });
});
