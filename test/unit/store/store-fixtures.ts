/** Stores over fake-indexeddb, each test its own database, and the articles they hold. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CorpusDatabase } from '../../../lib/store/schema';
import { CorpusStore } from '../../../lib/store/corpus-store';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import { syntheticRecords } from '../../../scripts/corpus-tools/synthetic-corpus';
import type { Article } from '../../../lib/types';

/**
 * How long a test waits for a build of a few synthetic articles: a bound for a loaded machine,
 * where vi.waitFor's default second is not enough (the suite asserts no time).
 */
export const UNTIL_INDEXED = { timeout: 15_000 };

/** `sliceMs`: how long the store's work in a transaction runs before it gives way (0: before every step; Infinity: never). */
export function freshStore(factory = new IDBFactory(), sliceMs?: number): CorpusStore {
  return new CorpusStore(new CorpusDatabase(factory, IDBKeyRange), sliceMs);
}

/** Every table, row by row: equal snapshots mean equal stores. */
export async function everything(store: CorpusStore): Promise<Record<string, unknown[]>> {
  const tables = await Promise.all(store.db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return Object.fromEntries(tables);
}

/** Synthetic user articles: events reported by several outlets, some wire reprints. */
export function syntheticArticles(count: number, seed = 7): Article[] {
  return [...syntheticRecords({ articles: count, seed })].map(articleFromRecord);
}

/** Bundled-style articles: the same synthetic texts under seed ids. */
export function bundled(count: number, seed = 3): Article[] {
  return syntheticArticles(count, seed).map((article, n) => ({ ...article, id: `seed:synthetic-${seed}:${n}`, origin: 'bundled', sourceFile: 'synthetic.txt' }));
}

export async function indexAll(store: CorpusStore, chunk = 1_000): Promise<void> {
  while ((await store.indexChunk(chunk)) > 0);
}

/** Everything stored about articles, in id order: equal snapshots mean nothing changed. */
export async function articleSnapshot(store: CorpusStore): Promise<unknown[]> {
  return store.db.articles.orderBy('id').toArray();
}

/** The index as claim groups of sentence texts, independent of ids. */
export async function claimGroups(store: CorpusStore): Promise<string[][]> {
  const sentences = await store.db.sentences.toArray();
  const groups = new Map<number, string[]>();
  for (const s of sentences) groups.set(s.claimId, [...(groups.get(s.claimId) ?? []), `${s.articleId}#${s.position}`]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

/**
 * Makes the database fail like a full disk: the `nth` write request (counting from 1) and
 * every later one are refused with QuotaExceededError until `heal()` is called.
 */
export function failWritesFrom(store: CorpusStore, nth: number): { heal(): void } {
  let writes = 0;
  let failing = true;
  // Middleware applies from the next open.
  store.db.close({ disableAutoOpen: false });
  store.db.use({
    stack: 'dbcore',
    name: 'quota-exceeded',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            if (failing && ++writes >= nth) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return table.mutate(request);
          },
        };
      },
    }),
  });
  return { heal: () => (failing = false) };
}
