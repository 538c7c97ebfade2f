/**
 * IndexedDB requests a page match costs, counted rather than timed: in Chromium a request costs
 * about the same whatever its size (a bulkGet is one get per key), so the count predicts the
 * read time and does not move with the machine's load, while times on a shared 2-core machine do.
 * Builds the extension's own store (lib/store) over fake-indexeddb from synthetic articles (the
 * corpus bench:index imports), counts every request the store makes on each object store, and
 * matches 2,000-word pages twice over: each page with the background's cache emptied (a
 * background just started), and the pages in turn through the kept cache (a background that
 * stays up while the reader moves from page to page).
 * Usage: npm run bench:reads -- [--articles 1000] [--pages 10]
 */
import { parseArgs } from 'node:util';
import { IDBCursor, IDBFactory, IDBIndex, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { articleFromRecord } from '../lib/corpus/import/to-article';
import { matchText } from '../lib/match/match';
import { CorpusStore } from '../lib/store/corpus-store';
import { CorpusDatabase } from '../lib/store/schema';
import { median } from './bench-tools/report';
import { mixedPages } from './corpus-tools/mixed-pages';
import { syntheticRecords } from './corpus-tools/synthetic-corpus';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, pages: { type: 'string', default: '10' } } });
const ARTICLES = Number(values.articles);
const PAGES = Number(values.pages);
const IMPORT_BATCH = 2_000;
const CHUNK = 250;

/** Requests by object store, counted while `counting` is on. */
let counting = false;
const requests = new Map<string, number>();
function countOn(prototype: object, methods: string[], storeOf: (self: any) => string): void {
  for (const method of methods) {
    const original = (prototype as Record<string, (...args: unknown[]) => unknown>)[method];
    (prototype as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
      if (counting) requests.set(storeOf(this), (requests.get(storeOf(this)) ?? 0) + 1);
      return original.apply(this, args);
    };
  }
}
const READS = ['get', 'getKey', 'getAll', 'getAllKeys', 'count', 'openCursor', 'openKeyCursor'];
countOn(IDBObjectStore.prototype, READS, (store) => store.name);
countOn(IDBIndex.prototype, READS, (index) => index.objectStore.name);
// Each step of a cursor is a request of its own.
const cursorStore = (cursor: any) => (cursor.source instanceof IDBIndex ? cursor.source.objectStore.name : cursor.source.name);
countOn(IDBCursor.prototype, ['continue', 'advance', 'continuePrimaryKey'], cursorStore);

const store = new CorpusStore(new CorpusDatabase(new IDBFactory(), IDBKeyRange));
const records = [...syntheticRecords({ articles: ARTICLES, seed: 1 })];
const articles = records.map(articleFromRecord);
for (let i = 0; i < articles.length; i += IMPORT_BATCH) await store.importArticles(articles.slice(i, i + IMPORT_BATCH));
while ((await store.indexChunk(CHUNK)) > 0);
const pages = mixedPages(records, PAGES, 2_000);

async function countPage(text: string): Promise<Map<string, number>> {
  requests.clear();
  counting = true;
  await matchText(text, store.reader);
  counting = false;
  return new Map(requests);
}

const cold: Map<string, number>[] = [];
for (const page of pages) {
  store.reader.invalidate();
  cold.push(await countPage(page));
}
store.reader.invalidate();
const warm: Map<string, number>[] = [];
for (const page of pages) warm.push(await countPage(page));

const STORES = ['postings', 'sentences', 'articles', 'meta'];
const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
const line = (label: string, counts: Map<string, number>[]) =>
  console.log(`| ${label} | ${STORES.map((name) => median(counts.map((c) => c.get(name) ?? 0))).join(' | ')} | ${median(counts.map(total))} |`);

const { sentences } = await store.counts();
console.log(`${ARTICLES.toLocaleString('en')} synthetic articles, ${sentences.toLocaleString('en')} sentences; medians over ${PAGES} pages of 2,000 words`);
console.log(`| IndexedDB read requests per page | ${STORES.join(' | ')} | in all |`);
console.log(`|---|${STORES.map(() => '---|').join('')}---|`);
line('cache emptied before each page', cold);
line('kept cache (pages in turn; the first one fills it)', warm.slice(1));
