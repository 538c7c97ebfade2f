/** The options page's list of the user's articles: newest import first, each import in its own order, paged. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../../../lib/store/hashes';
import { DATABASE_NAME, VERSION_1_STORES, VERSION_2_STORES } from '../../../lib/store/schema';
import { bundled, freshStore, syntheticArticles } from './store-fixtures';

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
