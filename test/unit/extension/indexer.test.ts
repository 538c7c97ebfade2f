/**
 * The indexer tells of each build's start and end once, however many changes join the build,
 * and lets queries made during a build finish before its next chunk.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Indexer } from '@/entrypoints/background/indexer';
import { ReadPriority } from '@/lib/store/read-priority';
import { freshStore, syntheticArticles } from '../store/store-fixtures';

describe('Indexer', () => {
  // A build outlasting the keepalive interval (on a loaded machine) pings the runtime, which the
  // fake browser does not implement: its rejection would surface as an unhandled error.
  beforeEach(() => {
    vi.spyOn(fakeBrowser.runtime, 'getPlatformInfo').mockResolvedValue({ os: 'linux', arch: 'x86-64', nacl_arch: 'x86-64' } as never);
  });

  it('tells of a build starting and ending, and not again for a change that joins it', async () => {
    const store = freshStore();
    let heard = 0;
    const indexer = new Indexer(store, () => heard++);
    await store.importArticles(syntheticArticles(6));
    const run = indexer.ensureRunning();
    expect(heard).toBe(1);
    // A change while it runs joins the same build.
    expect(indexer.ensureRunning()).toBe(run);
    await run;
    expect(heard).toBe(2);
    expect((await store.counts()).pending).toBe(0);
  });

  it('holds its next chunk back while a query runs, and goes on once none does', async () => {
    const store = freshStore();
    const reads = new ReadPriority();
    const indexer = new Indexer(store, () => {}, () => reads.idle());
    // More articles than one chunk takes (250), so the build has a next chunk to hold back.
    await store.importArticles(syntheticArticles(300));
    let finishQuery!: () => void;
    const query = reads.during(() => new Promise<void>((resolve) => (finishQuery = resolve)));
    const run = indexer.ensureRunning();
    // However long the build is given, it indexes nothing while the query runs.
    for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect((await store.counts()).pending).toBe(300);
    finishQuery();
    await query;
    await run;
    expect((await store.counts()).pending).toBe(0);
  });
});
