import { describe, expect, it, vi } from 'vitest';
import { MemoryIndex } from '../../../lib/match/memory-index';
import { matchText } from '../../../lib/match/match';
import { indexTerms } from '../../../lib/match/features';
import { isCommon, MAX_CANDIDATE_POSTINGS } from '../../../lib/match/postings';
import { wordKey } from '../../../lib/text/analyze';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import type { Article } from '../../../lib/types';
import { articleSnapshot, bundled, claimGroups, everything, failWritesFrom, freshStore, indexAll, syntheticArticles } from './store-fixtures';

const articles = syntheticArticles(30);
/** Several stores are built per test over fake-indexeddb, which is slow; this bounds a stuck build, not speed. */
const BUILD_TIMEOUT_MS = 60_000;
const page = articles[3].paragraphs.slice(0, 6).join('\n\n');

async function builtStore(chunk: number) {
  const store = freshStore();
  await store.importArticles(articles);
  await indexAll(store, chunk);
  return store;
}

describe('index build', () => {
  it('groups the same claims whatever the chunk size, as the in-memory index does', async () => {
    const memory = new MemoryIndex();
    // As stored (copy links set on import), in import order.
    const stored = new Map((await (await builtStore(1)).db.articles.toArray()).map((a) => [a.id, a]));
    await memory.addArticles(articles.flatMap((a) => stored.get(a.id) ?? []));
    const expected = new Map<number, string[]>();
    for (const s of memory.allSentences()) expected.set(s.claimId, [...(expected.get(s.claimId) ?? []), `${s.articleId}#${s.position}`]);
    const memoryGroups = [...expected.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));

    const one = await builtStore(1);
    const seven = await builtStore(7);
    const all = await builtStore(1_000);
    expect(await claimGroups(one)).toEqual(memoryGroups);
    expect(await claimGroups(seven)).toEqual(memoryGroups);
    expect(await claimGroups(all)).toEqual(memoryGroups);
    // Some claims are reported by several articles, or the test would prove little.
    expect(memoryGroups.filter((g) => new Set(g.map((m) => m.split('#')[0])).size > 1).length).toBeGreaterThan(10);

    const exclude = { excludeArticleIds: new Set([articles[3].id]) };
    const fromMemory = await matchText(page, memory, exclude);
    expect(fromMemory.length).toBeGreaterThan(0);
    expect(await matchText(page, seven.reader, exclude)).toEqual(fromMemory);
  }, BUILD_TIMEOUT_MS);

  it('stores, links and indexes alike whether its work gives way before every step or never', async () => {
    // Two imports, the second linking reprints of stored articles, each indexed in chunks.
    const build = async (sliceMs: number) => {
      const store = freshStore(undefined, sliceMs);
      await store.importArticles(articles.slice(0, 15));
      await indexAll(store, 7);
      await store.importArticles(articles.slice(15));
      await indexAll(store, 7);
      return store;
    };
    const inOneGo = await build(Infinity);
    expect(await everything(await build(0))).toEqual(await everything(inOneGo));
    // Reprints were linked and claims joined across articles, or the test would prove little.
    expect((await inOneGo.db.articles.toArray()).some((a) => a.copyOf)).toBe(true);
    expect((await claimGroups(inOneGo)).filter((g) => new Set(g.map((m) => m.split('#')[0])).size > 1).length).toBeGreaterThan(10);
  }, BUILD_TIMEOUT_MS);

  it('keeps counters equal to what counting the rows gives', async () => {
    const store = await builtStore(5);
    const sentences = await store.db.sentences.toArray();
    expect(await store.counts()).toEqual({
      articles: articles.length,
      userArticles: articles.length,
      sentences: sentences.length,
      claims: new Set(sentences.map((s) => s.claimId)).size,
      pending: 0,
    });
    expect(await store.reader.sentenceCount()).toBe(sentences.length);
  });

  it('resumes after a chunk is lost midway with the same result as an uninterrupted build', async () => {
    const interrupted = freshStore();
    await interrupted.importArticles(articles);
    await interrupted.indexChunk(6);
    await interrupted.indexChunk(6);
    // The third chunk dies in the middle of its writes, as when the worker is stopped.
    const disk = failWritesFrom(interrupted, 3);
    await expect(interrupted.indexChunk(6)).rejects.toThrow(/quota/i);
    disk.heal();
    expect((await interrupted.counts()).pending).toBe(articles.length - 12);
    await indexAll(interrupted, 6);

    const uninterrupted = await builtStore(6);
    expect(await claimGroups(interrupted)).toEqual(await claimGroups(uninterrupted));
    expect(await interrupted.counts()).toEqual(await uninterrupted.counts());
    expect(await interrupted.db.postings.orderBy('term').toArray()).toEqual(await uninterrupted.db.postings.orderBy('term').toArray());
  }, BUILD_TIMEOUT_MS);
});

describe('the store\'s reader between changes', () => {
  it('answers a page as the index stands after each import, build and deletion, not as it kept it', async () => {
    const store = freshStore();
    await store.importArticles(articles.slice(0, 3));
    await indexAll(store);
    const reportsOf = async () => (await matchText(page, store.reader)).flatMap((p) => p.reports.map((r) => r.articleId));
    const before = await reportsOf();
    expect(before).not.toContain(articles[3].id);

    await store.importArticles([articles[3]]);
    await indexAll(store);
    expect(await reportsOf()).toContain(articles[3].id);
    expect(await store.reader.sentenceCount()).toBe(await store.db.sentences.count());

    await store.deleteUserArticles([articles[3].id]);
    await indexAll(store);
    expect(await reportsOf()).toEqual(before);
  }, BUILD_TIMEOUT_MS);
});

describe('bundled corpus updates', () => {
  it('re-indexes bundled articles on a new version and leaves user articles untouched', async () => {
    const store = freshStore();
    expect(await store.installBundled('1.0:aaaa', () => bundled(10))).toBe(true);
    await store.importArticles(articles.slice(0, 8));
    await indexAll(store);
    const userBefore = await store.db.articles.where('origin').equals('user').sortBy('id');
    const sentencesBefore = (await store.counts()).sentences;

    // The same version (a browser restart, a woken worker) changes nothing, and parses nothing.
    const load = vi.fn(() => bundled(10));
    expect(await store.installBundled('1.0:aaaa', load)).toBe(false);
    expect(load).not.toHaveBeenCalled();
    expect((await store.counts()).pending).toBe(0);

    // An update with a different bundled corpus replaces the bundled articles and rebuilds.
    const update = bundled(6, 99);
    expect(await store.installBundled('1.1:bbbb', () => update)).toBe(true);
    expect(await store.counts()).toMatchObject({ articles: 6 + 8, userArticles: 8, pending: 6 + 8, sentences: 0, claims: 0 });
    expect(await store.db.articles.where('origin').equals('user').sortBy('id')).toEqual(userBefore);
    const queued = (await store.db.queue.orderBy('seq').toArray()).map((q) => q.articleId);
    expect(queued.slice(0, 6)).toEqual(update.map((a) => a.id).sort());
    await indexAll(store);
    const after = await store.counts();
    expect(after.pending).toBe(0);
    expect(after.sentences).not.toBe(sentencesBefore);
    expect((await store.db.sentences.toArray()).some((s) => s.articleId === update[0].id)).toBe(true);
    expect((await store.db.sentences.toArray()).some((s) => s.articleId === bundled(10)[0].id)).toBe(false);
  });
});

describe('deleting user articles', () => {
  it('deletes only user articles, frees their reprints and takes them out of the index', async () => {
    const store = freshStore();
    await store.installBundled('v1', () => bundled(4));
    const imported = await store.importArticles(articles.slice(0, 20));
    await indexAll(store);
    const [original, copy] = Object.entries(imported.copies).map(([copyId, originalId]) => [originalId, copyId])[0];
    const bundledId = bundled(4)[0].id;

    expect(await store.deleteUserArticles([original, bundledId, 'user:missing'])).toBe(1);
    expect(await store.db.articles.get(original)).toBeUndefined();
    expect(await store.db.articles.get(bundledId)).toBeDefined();
    expect((await store.db.articles.get(copy))?.copyOf).toBeNull();
    expect((await store.db.sentences.where('articleId').equals(original).count())).toBe(0);
    // Nothing is queued again: the index is mended in place, not rebuilt.
    expect((await store.counts()).pending).toBe(0);
    expect((await store.counts()).articles).toBe(4 + 19);
    expect((await articleSnapshot(store)).length).toBe(23);
  });

  it('leaves the index as its rows count it: sentences, claims, and posting lists holding exactly the sentences left', async () => {
    const store = await builtStore(1_000);
    // The founders of claims that other articles joined: deleting them leaves those claims headless.
    const sentences = await store.db.sentences.toArray();
    const foundersJoined = new Set(sentences.filter((s) => s.claimId !== s.id).map((s) => s.claimId));
    const doomed = [...new Set(sentences.filter((s) => foundersJoined.has(s.id)).map((s) => s.articleId))].slice(0, 4);
    expect(doomed.length).toBe(4);

    await store.deleteUserArticles(doomed);
    const left = await store.db.sentences.toArray();
    expect(left.some((s) => doomed.includes(s.articleId))).toBe(false);
    expect(await store.counts()).toEqual({
      articles: articles.length - 4, userArticles: articles.length - 4, sentences: left.length,
      claims: new Set(left.map((s) => s.claimId)).size, pending: 0,
    });
    const expected = new Map<string, number[]>();
    for (const s of left) for (const key of indexTerms(s.features)) expected.set(key, [...(expected.get(key) ?? []), s.id]);
    const rows = await store.db.postings.toArray();
    expect(new Map(rows.map((row) => [row.term, [...row.ids]]))).toEqual(expected);
    expect(rows.every((row) => row.df === row.ids.length)).toBe(true);
  }, BUILD_TIMEOUT_MS);

  it('matches a page\'s sentences as a store built without the deleted articles does, with no report from them', async () => {
    const store = await builtStore(1_000);
    const doomed = [articles[0].id, articles[1].id, articles[5].id];
    await store.deleteUserArticles(doomed);
    const rebuilt = freshStore();
    await rebuilt.importArticles(articles.filter((a) => !doomed.includes(a.id)));
    await indexAll(rebuilt);

    const exclude = { excludeArticleIds: new Set([articles[3].id]) };
    const passagesOf = async (passages: Awaited<ReturnType<typeof matchText>>) => passages.map(({ text, score }) => ({ text, score }));
    const mended = await matchText(page, store.reader, exclude);
    expect(mended.length).toBeGreaterThan(0);
    expect(await passagesOf(mended)).toEqual(await passagesOf(await matchText(page, rebuilt.reader, exclude)));
    expect(mended.flatMap((p) => p.reports.map((r) => r.articleId)).some((id) => doomed.includes(id))).toBe(false);
  }, BUILD_TIMEOUT_MS);

  it('keeps a claim whose founding sentence is deleted together, and lets a later report join it', async () => {
    const store = freshStore();
    const said = (slug: string, outlet: string, sentence: string) =>
      articleFromRecord({ title: null, outlet, url: `https://${slug}.example/ferry`, published: null, text: `${sentence}\n\nThe terminal will open in 2027, officials at ${outlet} were told.`, sourceFile: `${slug}.txt` });
    const founder = said('a', 'Coast Herald', 'The Valmora harbour authority approved a second ferry terminal on Thursday.');
    const second = said('b', 'Bay Courier', "Valmora's harbour authority on Thursday approved a second ferry terminal.");
    const third = said('c', 'Harbour Post', 'A second ferry terminal was approved by the Valmora harbour authority on Thursday.');
    await store.importArticles([founder, second, third]);
    await indexAll(store);
    const claimOf = async (article: Article) => (await store.db.sentences.where('articleId').equals(article.id).first())!.claimId;
    const claim = await claimOf(founder);
    expect([await claimOf(second), await claimOf(third)]).toEqual([claim, claim]);

    await store.deleteUserArticles([founder.id]);
    expect([await claimOf(second), await claimOf(third)]).toEqual([claim, claim]);
    const later = said('d', 'Valmora Today', 'On Thursday the harbour authority of Valmora approved a second ferry terminal.');
    await store.importArticles([later]);
    await indexAll(store);
    expect(await claimOf(later)).toBe(claim);
  });

  it('keeps a key common when deletions take its count under the limit: its ids were dropped, and its pairs stand in for it', async () => {
    const store = freshStore();
    const notices = Array.from({ length: MAX_CANDIDATE_POSTINGS + 3 }, (_, i) =>
      articleFromRecord({ title: null, outlet: `Outlet ${i}`, url: `https://notices.example/${i}`, published: null, text: `Valmora council notice number ${i} was filed.`, sourceFile: 'notices.txt' }));
    await store.importArticles(notices);
    await indexAll(store);
    const valmora = wordKey('Valmora');
    expect(isCommon(await store.reader.postings([valmora]), valmora)).toBe(true);

    await store.deleteUserArticles(notices.slice(0, 10).map((a) => a.id));
    const after = await store.reader.postings([valmora]);
    expect(isCommon(after, valmora)).toBe(true);
    expect(after.get(valmora)!.df).toBe(MAX_CANDIDATE_POSTINGS + 1);
  }, BUILD_TIMEOUT_MS);

  it('takes an article not yet indexed out of the queue', async () => {
    const store = freshStore();
    await store.importArticles(articles.slice(0, 3));
    await store.deleteUserArticles([articles[1].id]);
    expect((await store.counts()).pending).toBe(2);
    await indexAll(store);
    expect(await store.db.sentences.where('articleId').equals(articles[1].id).count()).toBe(0);
  });
});
