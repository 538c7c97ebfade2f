/**
 * The index status the background publishes for the options page: after each change the store
 * commits (every index chunk among them) and as each build starts and ends, its counts read then
 * and only then; a page that just opened is answered with the status as of every change so far,
 * without a read of its own.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Indexer } from '@/entrypoints/background/indexer';
import { IndexStatusReport } from '@/entrypoints/background/index-status';
import { INDEX_STATUS_KEY, type IndexStatus } from '@/lib/protocol';
import type { CorpusStore } from '@/lib/store/corpus-store';
import { freshStore, syntheticArticles } from '../store/store-fixtures';

/** More articles than one index chunk takes (250), so a build publishes between its chunks. */
const QUEUED = 260;

beforeEach(() => {
  fakeBrowser.reset();
  // A build outlasting the keepalive interval pings the runtime, which the fake browser lacks.
  vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' } as never);
});

/** The background's wiring: the indexer tells the report of each build's start and end. */
function wired(store: CorpusStore, publish?: (status: IndexStatus) => void) {
  const indexer: Indexer = new Indexer(store, () => report.changed());
  const report: IndexStatusReport = new IndexStatusReport(store, indexer, publish);
  return { indexer, report };
}

describe('the published index status', () => {
  it('is published as each chunk of a build lands, until the index is ready, its counts read once per change and not for an ask', async () => {
    const store = freshStore();
    await store.importArticles(syntheticArticles(QUEUED));
    const published: IndexStatus[] = [];
    const { indexer, report } = wired(store, (status) => published.push(status));
    const reads = vi.spyOn(store, 'counts');
    const chunks = vi.spyOn(store, 'indexChunk');

    await indexer.ensureRunning();
    await vi.waitFor(() => expect(published.at(-1)?.state).toBe('ready'));
    const pending = published.map((status) => status.pending);
    expect(pending[0]).toBe(QUEUED);
    // Published between the chunks too, each time with fewer articles waiting.
    expect(pending.some((n) => n > 0 && n < QUEUED)).toBe(true);
    expect(pending.every((n, i) => i === 0 || n < pending[i - 1] || (n === 0 && published[i].state === 'ready'))).toBe(true);
    expect(published.slice(0, -1).every((status) => status.state === 'building')).toBe(true);
    expect(published.at(-1)).toMatchObject({ userArticles: QUEUED, pending: 0, state: 'ready' });
    expect(published.at(-1)!.sentences).toBeGreaterThan(0);
    // One read per change: each chunk, the build's start and its end.
    expect(reads).toHaveBeenCalledTimes(chunks.mock.calls.length + 2);

    // Pages that open now are answered without reading again.
    expect(await report.current()).toEqual(published.at(-1));
    expect(await report.current()).toEqual(published.at(-1));
    expect(reads).toHaveBeenCalledTimes(chunks.mock.calls.length + 2);
  });

  it('answers a page asking right after a change with the change counted', async () => {
    const store = freshStore();
    const { report } = wired(store);
    expect(await report.current()).toMatchObject({ articles: 0, pending: 0, state: 'ready' });
    await store.importArticles(syntheticArticles(5));
    // Asked before the import's articles are indexed, or even the build started.
    expect(await report.current()).toMatchObject({ articles: 5, userArticles: 5, pending: 5, state: 'building' });
  });

  it('publishes in storage.session, where the options page follows it', async () => {
    const store = freshStore();
    const { indexer } = wired(store);
    await store.importArticles(syntheticArticles(5));
    await indexer.ensureRunning();
    await vi.waitFor(async () =>
      expect((await fakeBrowser.storage.session.get(INDEX_STATUS_KEY))[INDEX_STATUS_KEY]).toMatchObject({ userArticles: 5, pending: 0, state: 'ready' }),
    );
  });

  it('says so when a build fails', async () => {
    const store = freshStore();
    await store.importArticles(syntheticArticles(5));
    const published: IndexStatus[] = [];
    const { indexer } = wired(store, (status) => published.push(status));
    vi.spyOn(store, 'indexChunk').mockRejectedValueOnce(new Error('The disk is full.'));
    await expect(indexer.ensureRunning()).rejects.toThrow('The disk is full.');
    await vi.waitFor(() => expect(published.at(-1)).toMatchObject({ state: 'error', error: 'The disk is full.', pending: 5 }));
  });
});
