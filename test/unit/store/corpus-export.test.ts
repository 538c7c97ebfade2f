/** The options page's export: every article, in the order the list shows them, page by page; a restore lists them alike. */
import { describe, expect, it } from 'vitest';
import { exportLine } from '../../../lib/corpus/import/export-line';
import { parseNdjson } from '../../../lib/corpus/import/json-records';
import { importableParts } from '../../../lib/corpus/import/export-parts';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import { contentHashOf } from '../../../lib/store/hashes';
import type { CorpusStore } from '../../../lib/store/corpus-store';
import { bundled, freshStore, syntheticArticles } from './store-fixtures';

const articles = syntheticArticles(6);
const seeds = bundled(3);

async function exportAll(store: CorpusStore, limit: number): Promise<{ ids: string[]; lines: string[] }> {
  const ids: string[] = [];
  const lines: string[] = [];
  let after: string | null = null;
  for (let pages = 0; ; pages++) {
    expect(pages).toBeLessThan(50);
    const page = await store.exportPage(after, limit);
    expect(page.articles.length).toBeLessThanOrEqual(limit);
    ids.push(...page.articles.map((a) => a.id));
    lines.push(...page.articles.map(exportLine));
    if (page.next === null) return { ids, lines };
    after = page.next;
  }
}

async function storeWithImports(): Promise<CorpusStore> {
  const store = freshStore();
  await store.installBundled('v1', () => seeds);
  await store.importArticles(articles.slice(0, 3));
  await store.importArticles(articles.slice(3, 5));
  return store;
}

describe('the corpus export', () => {
  it('gives the bundled articles by id, then the user’s newest import first, whatever the page size', async () => {
    const store = await storeWithImports();
    const expected = [...seeds.map((a) => a.id).sort(), ...[3, 4, 0, 1, 2].map((n) => articles[n].id)];
    for (const limit of [1, 2, 3, 4, 5, 8, 100]) expect((await exportAll(store, limit)).ids).toEqual(expected);
  });

  it('restores into an empty corpus with the user’s articles listed as before', async () => {
    const store = await storeWithImports();
    const { lines } = await exportAll(store, 2);
    const restored = freshStore();
    await restored.installBundled('v1', () => seeds);
    const records = parseNdjson('news-context-corpus.ndjson', `${lines.join('\n')}\n`);
    const result = await restored.importArticles(records.map(articleFromRecord));
    expect(result.added).toHaveLength(5);
    const titles = async (s: CorpusStore) => (await s.userArticles(0, 100)).articles.map((a) => a.title);
    expect(await titles(restored)).toEqual(await titles(store));
    expect(await titles(restored)).toEqual([3, 4, 0, 1, 2].map((n) => articles[n].title));
  });

  it('restores the list from an export cut into several files, imported in their order', async () => {
    const store = await storeWithImports();
    const { lines } = await exportAll(store, 100);
    const restored = freshStore();
    await restored.installBundled('v1', () => seeds);
    const files = importableParts(lines, 2, 1_000_000);
    expect(files.length).toBeGreaterThan(2);
    for (const [n, part] of files.entries()) {
      await restored.importArticles(parseNdjson(`news-context-corpus-${n + 1}.ndjson`, `${part.join('\n')}\n`).map(articleFromRecord));
    }
    const ids = async (s: CorpusStore) => (await s.userArticles(0, 100)).articles.map((a) => a.id);
    expect(await ids(restored)).toEqual(await ids(store));
  });

  it('lists and exports a user article an older version stored without an order, as the newest', async () => {
    const store = await storeWithImports();
    const [unordered] = syntheticArticles(1, 99);
    await store.db.articles.add({ ...unordered, contentHash: contentHashOf(unordered) });
    expect((await store.userArticles(0, 100)).articles.map((a) => a.id)).not.toContain(unordered.id);

    expect(await store.orderUnorderedUserArticles()).toBe(1);
    expect(await store.orderUnorderedUserArticles()).toBe(0);
    const list = await store.userArticles(0, 100);
    expect(list.total).toBe(6);
    expect(list.articles.map((a) => a.id)).toEqual([unordered.id, ...[3, 4, 0, 1, 2].map((n) => articles[n].id)]);
    expect((await exportAll(store, 4)).ids.slice(seeds.length)).toEqual(list.articles.map((a) => a.id));
  });
});
