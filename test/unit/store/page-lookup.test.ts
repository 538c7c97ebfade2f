/** Finding the stored articles a page is, by its address: however many share its path, and after the upgrade that made old addresses canonical. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import { contentHashOf } from '../../../lib/store/hashes';
import { DATABASE_NAME, VERSION_1_STORES, VERSION_2_STORES } from '../../../lib/store/schema';
import { bundled, freshStore } from './store-fixtures';

const STORY_PAGE = 'https://news.example/story.php';
const story = (n: number) => articleFromRecord({ title: `Story ${n}`, outlet: null, url: `${STORY_PAGE}?id=${n}`, published: null, text: `The council met for the ${n}th time and approved budget line ${n}.`, sourceFile: 'feed' });

describe('the stored articles a page is', () => {
  it('finds a page among many on one path that differ only by the parameter naming the article', async () => {
    const store = freshStore();
    const stories = Array.from({ length: 150 }, (_, n) => story(n));
    await store.importArticles(stories);
    // "id=99" sorts after every other "id=…" of the path.
    expect(await store.articleIdsOfPage(`${STORY_PAGE}?utm_source=rss&id=99#comments`, [])).toEqual(new Set([stories[99].id]));
    expect(await store.articleIdsOfPage(`${STORY_PAGE}?id=150`, [])).toEqual(new Set());
  });
});

/** What version 3 wrote: addresses as the import record gave them, fragment and tracking parameters included. */
async function writeVersion3Database(factory: IDBFactory) {
  const v3 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
  v3.version(1).stores(VERSION_1_STORES);
  v3.version(2).stores(VERSION_2_STORES);
  v3.version(3).stores(VERSION_2_STORES);
  const [tracked, plain, addressless] = bundled(3).map((a) => ({ ...a, origin: 'user' as const, contentHash: contentHashOf(a) }));
  tracked.url = 'https://news.example/world/story?id=7&utm_source=rss#comments';
  plain.url = 'https://news.example/world/other';
  addressless.url = null;
  await v3.table('articles').bulkAdd([tracked, plain, addressless]);
  await v3.table('sentences').bulkAdd([{ id: 1, articleId: tracked.id, position: 0, text: 'Kept.', features: { t: ['kept'], m: '0', g: 0, w: 1 }, claimId: 1, textHash: 'x' }]);
  await v3.table('meta').bulkAdd([{ key: 'indexCounters', value: { nextSentenceId: 2, sentences: 1, claims: 1 } }]);
  v3.close();
  return { tracked, plain, addressless };
}

describe('schema upgrade from version 3', () => {
  it('stores old addresses canonically, so the page is found by its address', async () => {
    const factory = new IDBFactory();
    const { tracked, plain, addressless } = await writeVersion3Database(factory);
    const store = freshStore(factory);

    expect(await store.articleIdsOfPage('https://news.example/world/story?fbclid=abc&id=7', [])).toEqual(new Set([tracked.id]));
    expect((await store.db.articles.get(tracked.id))?.url).toBe('https://news.example/world/story?id=7');
    expect(await store.db.articles.get(plain.id)).toEqual({ ...plain, addedOrder: expect.any(Number) });
    expect(await store.db.articles.get(addressless.id)).toEqual({ ...addressless, addedOrder: expect.any(Number) });
    // Version 4 kept the index; version 6 rebuilds it (quotation marks read anew).
    expect(store.db.verno).toBe(7);
    expect(await store.counts()).toEqual({ articles: 3, userArticles: 3, sentences: 0, claims: 0, pending: 3 });
  });
});
