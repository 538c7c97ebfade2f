import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CorpusDatabase, DATABASE_NAME, VERSION_1_STORES, VERSION_2_STORES, VERSION_5_STORES } from '../../../lib/store/schema';
import { QUOTED_MARK } from '../../../lib/match/features';
import { contentHashOf } from '../../../lib/store/hashes';
import { CorpusStore } from '../../../lib/store/corpus-store';
import { hashText } from '../../../lib/hash';
import { bundled, indexAll, syntheticArticles } from './store-fixtures';
import type { Article } from '../../../lib/types';
import { outletByName } from '../../../lib/corpus/outlets';
import { BALTIC_BRIEFS, HELSINKI_ZOO, TALLINN_BRIDGE } from '../corpus/digest-stories';

/** What version 1 of the extension wrote: 32-bit content hashes, no textHash, nextSentenceId in meta. */
async function writeVersion1Database(factory: IDBFactory) {
  const v1 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(VERSION_1_STORES);
  const user = syntheticArticles(6).map((a) => ({ ...a, contentHash: hashText(a.paragraphs.join('\n')) }));
  const seeds = bundled(4).map((a) => ({ ...a, contentHash: hashText(a.paragraphs.join('\n')) }));
  await v1.table('articles').bulkAdd([...seeds, ...user]);
  await v1.table('sentences').bulkAdd([{ id: 1, articleId: seeds[0].id, position: 0, text: 'Old.', features: { t: [], m: '', g: 0, w: 1 }, claimId: 1 }]);
  await v1.table('postings').bulkAdd([{ term: 'old', ids: [1] }]);
  await v1.table('meta').bulkAdd([{ key: 'nextSentenceId', value: 2 }, { key: 'bundledVersion', value: '0.1.0:abcd' }]);
  v1.close();
  return { user, seeds };
}

describe('schema upgrade from version 1', () => {
  it('keeps every user article and rebuilds the index from the articles', async () => {
    const factory = new IDBFactory();
    const { user, seeds } = await writeVersion1Database(factory);

    const store = new CorpusStore(new CorpusDatabase(factory, IDBKeyRange));
    const upgradedUser = await store.db.articles.where('origin').equals('user').sortBy('id');
    const strip = ({ contentHash: _hash, addedOrder: _order, ...article }: { contentHash: string; addedOrder?: number }) => article;
    expect(upgradedUser.map(strip)).toEqual(user.map(strip).sort((a, b) => (a as { id: string }).id.localeCompare((b as { id: string }).id)));
    expect(upgradedUser.every((a) => a.contentHash.length === 16)).toBe(true);
    expect(store.db.verno).toBe(7);

    // The old index is gone and every article is queued, bundled first.
    expect(await store.counts()).toEqual({ articles: 10, userArticles: 6, sentences: 0, claims: 0, pending: 10 });
    expect(await store.db.meta.get('nextSentenceId')).toBeUndefined();
    const queue = (await store.db.queue.orderBy('seq').toArray()).map((q) => q.articleId);
    expect(queue.slice(0, 4).sort()).toEqual(seeds.map((a) => a.id).sort());

    await indexAll(store);
    const counts = await store.counts();
    expect(counts.pending).toBe(0);
    expect(counts.sentences).toBe(await store.db.sentences.count());
    expect((await store.db.sentences.toArray()).every((s) => typeof s.textHash === 'string')).toBe(true);
    // The same text is found as a duplicate under the new 64-bit hash.
    expect((await store.importArticles([user[0]])).duplicates).toHaveLength(1);
  });
});

/** What version 2 wrote: posting rows as plain id arrays, capped at their first 4,000 ids. */
async function writeVersion2Database(factory: IDBFactory) {
  const v2 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
  v2.version(1).stores(VERSION_1_STORES);
  v2.version(2).stores(VERSION_2_STORES);
  const user = syntheticArticles(5).map((a) => ({ ...a, contentHash: contentHashOf(a) }));
  const seeds = bundled(3).map((a) => ({ ...a, contentHash: contentHashOf(a) }));
  await v2.table('articles').bulkAdd([...seeds, ...user]);
  await v2.table('sentences').bulkAdd([{ id: 1, articleId: seeds[0].id, position: 0, text: 'Old.', features: { t: [], m: '', g: 0, w: 1 }, claimId: 1, textHash: 'x' }]);
  await v2.table('postings').bulkAdd([{ term: 'old', ids: [1] }]);
  await v2.table('meta').bulkAdd([{ key: 'indexCounters', value: { nextSentenceId: 2, sentences: 1, claims: 1 } }, { key: 'bundledVersion', value: '0.1.0:abcd' }]);
  v2.close();
  return { user };
}

describe('schema upgrade from version 2', () => {
  it('keeps the articles, drops the old posting lists and rebuilds them with their counts', async () => {
    const factory = new IDBFactory();
    const { user } = await writeVersion2Database(factory);

    const store = new CorpusStore(new CorpusDatabase(factory, IDBKeyRange));
    expect(await store.counts()).toEqual({ articles: 8, userArticles: 5, sentences: 0, claims: 0, pending: 8 });
    expect(await store.db.postings.get('old')).toBeUndefined();
    expect((await store.db.articles.where('origin').equals('user').primaryKeys()).sort()).toEqual(user.map((a) => a.id).sort());

    await indexAll(store);
    const rows = await store.db.postings.toArray();
    expect(rows.length).toBeGreaterThan(0);
    // Every row counts its sentences; while few, it lists exactly that many ids.
    for (const row of rows) {
      expect(row.ids).toBeInstanceOf(Uint32Array);
      expect(row.ids.length).toBe(row.df);
    }
    expect(await store.db.sentences.count()).toBe((await store.counts()).sentences);
  });
});

/** What version 5 wrote: a British quotation's words stored without the quoted mark. */
async function writeVersion5Database(factory: IDBFactory) {
  const v5 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
  v5.version(1).stores(VERSION_1_STORES);
  v5.version(2).stores(VERSION_2_STORES);
  v5.version(5).stores(VERSION_5_STORES);
  const [quoting] = bundled(1).map((a) => ({ ...a, origin: 'user' as const, addedOrder: 0, paragraphs: ["'No one is stalling anything,' the spokesman told reporters on Monday."] }));
  const article = { ...quoting, contentHash: contentHashOf(quoting) };
  await v5.table('articles').bulkAdd([article]);
  await v5.table('sentences').bulkAdd([{ id: 1, articleId: article.id, position: 0, text: article.paragraphs[0], features: { t: ['stall', 'spokesman', 'told', 'report', 'monday'], m: '00000', g: 1, w: 11 }, claimId: 1, textHash: 'x' }]);
  await v5.table('meta').bulkAdd([{ key: 'indexCounters', value: { nextSentenceId: 2, sentences: 1, claims: 1 } }]);
  v5.close();
  return { article };
}

describe('schema upgrade from version 5', () => {
  it('keeps the articles and rebuilds the index, so single-quoted words are stored as quoted', async () => {
    const factory = new IDBFactory();
    const { article } = await writeVersion5Database(factory);
    const store = new CorpusStore(new CorpusDatabase(factory, IDBKeyRange));
    expect(await store.counts()).toEqual({ articles: 1, userArticles: 1, sentences: 0, claims: 0, pending: 1 });

    await indexAll(store);
    const [sentence] = await store.db.sentences.where('articleId').equals(article.id).toArray();
    const quotedTerms = sentence.features.t.filter((_, i) => (Number(sentence.features.m[i]) & QUOTED_MARK) !== 0);
    expect(quotedTerms.length).toBeGreaterThan(0);
    expect((await store.db.articles.get(article.id))?.paragraphs).toEqual(article.paragraphs);
  });
});

/**
 * What version 6 (0.2.x) could write: reprint groups formed by single link, where a digest
 * printing two stories whole made one story a "copy" of the other, and a story's reprint under
 * another outlet stayed in that group.
 */
async function writeVersion6Database(factory: IDBFactory) {
  const v6 = new Dexie(DATABASE_NAME, { indexedDB: factory, IDBKeyRange });
  v6.version(1).stores(VERSION_1_STORES);
  v6.version(2).stores(VERSION_2_STORES);
  v6.version(5).stores(VERSION_5_STORES);
  v6.version(6).stores(VERSION_5_STORES);
  const [template] = syntheticArticles(1);
  const made = (id: string, outlet: string, paragraphs: string[], addedOrder: number, copyOf: string | null): Article & { contentHash: string; addedOrder: number } => {
    const published = outlet === 'AP' ? '2025-07-10' : '2025-07-11';
    const article: Article = { ...template, id, outlet, outletId: outletByName(outlet)?.id ?? null, title: `Title of ${id}`, paragraphs, captions: [], published, url: null, origin: 'user', copyOf };
    return { ...article, contentHash: contentHashOf(article), addedOrder };
  };
  const articles = [
    made('bridge', 'AP', TALLINN_BRIDGE, 0, null),
    made('zoo', 'AP', HELSINKI_ZOO, 1, 'bridge'),
    made('briefs', 'Valley Times', BALTIC_BRIEFS, 2, 'bridge'),
    made('zoo-reprint', 'Coast Courier', [...HELSINKI_ZOO, 'This story was supplied by the Associated Press.'], 3, 'bridge'),
  ];
  await v6.table('articles').bulkAdd(articles);
  v6.close();
  return { articles };
}

describe('schema upgrade from version 6', () => {
  it('links stored reprint groups again as stars: two stories a digest prints are no copies of each other', async () => {
    const factory = new IDBFactory();
    const { articles } = await writeVersion6Database(factory);
    const store = new CorpusStore(new CorpusDatabase(factory, IDBKeyRange));
    const links = new Map((await store.db.articles.toArray()).map((a) => [a.id, a.copyOf]));

    expect(links.get('bridge')).toBeNull();
    expect(links.get('zoo')).toBeNull();
    // The zoo story's reprint now points at the zoo story, which it is mostly made of.
    expect(links.get('zoo-reprint')).toBe('zoo');
    // The digest is mostly neither story: it may be at most the copy of one, never their glue.
    expect([null, 'bridge', 'zoo']).toContain(links.get('briefs'));
    // Nothing else about the articles changed.
    const texts = new Map((await store.db.articles.toArray()).map((a) => [a.id, a.paragraphs]));
    for (const article of articles) expect(texts.get(article.id)).toEqual(article.paragraphs);
  });
});
