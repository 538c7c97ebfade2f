/**
 * Cancelling an import from the options page, through the background's handlers over a real
 * store (fake-indexeddb): honoured until the import's commit point, when its transaction aborts
 * and the corpus (articles, index, claims, copy links, queue) is exactly as before; refused after
 * it, when the import lands whole. And its progress, published as it goes.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { Indexer } from '@/entrypoints/background/indexer';
import { ImportRuns } from '@/entrypoints/background/import-runs';
import { TabStates } from '@/entrypoints/background/tab-states';
import { SettingsStore } from '@/entrypoints/background/settings';
import { syntheticRecords } from '@/scripts/corpus-tools/synthetic-corpus';
import type { ImportProgress } from '@/lib/protocol';
import { everything, freshStore } from '../store/store-fixtures';

const FROM_OPTIONS = { tabId: null, extensionPage: true };
const records = [...syntheticRecords({ articles: 60, seed: 31 })];
/** The stored corpus before the import: its first records, indexed, their reprints linked. */
const STORED = 30;

/**
 * A build outlasting the indexer's keepalive interval (on a loaded machine) pings the runtime,
 * which the fake browser does not implement: its rejection would surface as an unhandled error.
 */
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' } as never);
});

/** `sliceMs`: how long the store's work runs before it gives way (the store's own default when not given). */
async function setUp(sliceMs?: number) {
  const store = freshStore(undefined, sliceMs);
  const published: (ImportProgress | null)[] = [];
  const imports = new ImportRuns((progress) => published.push(progress));
  const indexer = new Indexer(store, () => {}, undefined, (remaining) => imports.indexed(remaining));
  const handlers = createHandlers(store, indexer, new TabStates(), async () => {}, new SettingsStore(), undefined, imports);
  await handlers.importArticles({ importId: 'earlier', records: records.slice(0, STORED) }, FROM_OPTIONS);
  // Indexed, and its progress over.
  await vi.waitFor(() => expect(published.at(-1)).toBeNull(), { timeout: 30_000 });
  published.length = 0;
  return { store, handlers, published };
}

describe('cancelling an import', () => {
  it('before its commit point: the import fails as cancelled and the corpus is exactly as before', async () => {
    const { store, handlers } = await setUp();
    const before = await everything(store);
    // The import would link reprints of stored articles and add to the index: it has something to change.
    expect((before.articles as { copyOf: string | null }[]).some((a) => a.copyOf)).toBe(true);

    const importing = handlers.importArticles({ importId: 'mistake', records: records.slice(STORED) }, FROM_OPTIONS);
    expect(await handlers.cancelImport({ importId: 'mistake' }, FROM_OPTIONS)).toEqual({ cancelled: true });
    await expect(importing).rejects.toThrow('Import cancelled: nothing was added.');
    expect(await everything(store)).toEqual(before);
  });

  it('sent before its import arrives: the import is refused when it does, and changes nothing', async () => {
    const { store, handlers } = await setUp();
    const before = await everything(store);
    expect(await handlers.cancelImport({ importId: 'overtaken' }, FROM_OPTIONS)).toEqual({ cancelled: true });
    await expect(handlers.importArticles({ importId: 'overtaken', records: records.slice(STORED) }, FROM_OPTIONS)).rejects.toThrow(/cancelled/);
    expect(await everything(store)).toEqual(before);
  });

  it('past its commit point: refused, and the import lands whole', async () => {
    const { store, handlers } = await setUp();
    // The cancel arrives once the transaction has passed its commit point, while it writes.
    let answer: Promise<{ cancelled: boolean }> | undefined;
    const importArticles = store.importArticles.bind(store);
    vi.spyOn(store, 'importArticles').mockImplementation((articles, commitPoint) =>
      importArticles(articles, () => {
        commitPoint?.();
        answer = handlers.cancelImport({ importId: 'late' }, FROM_OPTIONS);
      }),
    );
    const result = await handlers.importArticles({ importId: 'late', records: records.slice(STORED) }, FROM_OPTIONS);
    expect(await answer).toEqual({ cancelled: false });
    expect(result.added).toHaveLength(records.length - STORED);
    expect(await store.db.articles.bulkGet(result.added)).not.toContain(undefined);
  });

  it('once the import is over: refused, not answered as if it could still be undone', async () => {
    const { handlers } = await setUp();
    // The setUp's import is over: stored and indexed.
    expect(await handlers.cancelImport({ importId: 'earlier' }, FROM_OPTIONS)).toEqual({ cancelled: false });
  });

  it('is refused to a content script', async () => {
    const { handlers } = await setUp();
    await expect(handlers.cancelImport({ importId: 'x' }, { tabId: 3, extensionPage: false })).rejects.toThrow(/options page/);
  });
});

describe('import progress', () => {
  it('is published at each phase and index chunk, and cleared once the articles are indexed', async () => {
    // Slices that never end: the progress moves only as each chunk is written.
    const { handlers, published } = await setUp(Infinity);
    // More than one index chunk (250 articles): the progress moves between chunks.
    const many = [...syntheticRecords({ articles: 260, seed: 41 })];
    const { added } = await handlers.importArticles({ importId: 'big', records: many }, FROM_OPTIONS);
    await vi.waitFor(() => expect(published.at(-1)).toBeNull(), { timeout: 60_000 });
    const total = added.length;
    expect(published).toEqual([
      { importId: 'big', phase: 'checking', done: 0, total: many.length },
      { importId: 'big', phase: 'storing', done: 0, total: many.length },
      { importId: 'big', phase: 'indexing', done: 0, total },
      { importId: 'big', phase: 'indexing', done: 250, total },
      { importId: 'big', phase: 'indexing', done: total, total },
      null,
    ]);
  });

  it('moves within an index chunk, each time the chunk gives way, not only once it is written', async () => {
    // Slices that end after every step: the chunk gives way as often as it can.
    const { handlers, published } = await setUp(0);
    const many = [...syntheticRecords({ articles: 260, seed: 41 })];
    const { added } = await handlers.importArticles({ importId: 'fine', records: many }, FROM_OPTIONS);
    await vi.waitFor(() => expect(published.at(-1)).toBeNull(), { timeout: 60_000 });
    const indexed = published.flatMap((p) => (p?.phase === 'indexing' ? [p.done] : []));
    // Within the first chunk (250 articles): more than one step between none and all of it.
    expect(new Set(indexed.filter((done) => done > 0 && done < 250)).size).toBeGreaterThan(1);
    // Only forward, to the whole import.
    expect(indexed).toEqual([...indexed].sort((a, b) => a - b));
    expect(indexed.at(-1)).toBe(added.length);
  });

  it('moves in whole percents of the import: a smaller step is not published', () => {
    const published: (ImportProgress | null)[] = [];
    const imports = new ImportRuns((progress) => published.push(progress));
    imports.begin('steps', 1_000).stored(1_000);
    published.length = 0;
    // 5, then 9 of 1,000 articles indexed: under one percent.
    imports.indexed(995);
    imports.indexed(991);
    expect(published).toEqual([]);
    // 10, then 25, then all of them.
    imports.indexed(990);
    imports.indexed(975);
    imports.indexed(0);
    expect(published.map((p) => p?.done)).toEqual([10, 25, 1_000]);
  });

  it('is cleared when the import is cancelled', async () => {
    const { handlers, published } = await setUp();
    const importing = handlers.importArticles({ importId: 'dropped', records: records.slice(STORED) }, FROM_OPTIONS);
    await handlers.cancelImport({ importId: 'dropped' }, FROM_OPTIONS);
    await expect(importing).rejects.toThrow(/cancelled/);
    expect(published).toEqual([{ importId: 'dropped', phase: 'checking', done: 0, total: records.length - STORED }, null]);
  });
});
