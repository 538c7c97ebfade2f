/**
 * Removing an imported file whole, through the background's handlers over a real store
 * (fake-indexeddb): its articles leave the store and the index as a deletion of them does,
 * the open pages are told, and nothing else goes.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { Indexer } from '@/entrypoints/background/indexer';
import { TabStates } from '@/entrypoints/background/tab-states';
import { SettingsStore } from '@/entrypoints/background/settings';
import { syntheticRecords } from '@/scripts/corpus-tools/synthetic-corpus';
import { articleFromRecord } from '@/lib/corpus/import/to-article';
import { bundled, freshStore, indexAll, UNTIL_INDEXED } from '../store/store-fixtures';

const FROM_OPTIONS = { tabId: null, extensionPage: true };
const FROM_TAB = { tabId: 4, extensionPage: false };
const records = [...syntheticRecords({ articles: 10, seed: 5 })];
const fromFile = (sourceFile: string, list: typeof records) => list.map((record) => ({ ...record, sourceFile }));

async function setUp() {
  const store = freshStore();
  // Bundled articles read from a file of the same name as the user's: never removed with it.
  await store.installBundled('test', () => bundled(3).map((article) => ({ ...article, sourceFile: 'mistake.ndjson' })));
  await indexAll(store);
  const handlers = createHandlers(store, new Indexer(store), new TabStates(), async () => {}, new SettingsStore());
  return { store, handlers };
}

describe('deleteImportFile', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it("deletes the user's articles of that file from the store and the index, keeps the other file's and the bundled ones, and tells the open tabs", async () => {
    const { store, handlers } = await setUp();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { ok: true } } as never);
    const imported = await handlers.importArticles({ importId: 'two-files', records: [...fromFile('mistake.ndjson', records.slice(0, 6)), ...fromFile('keep.json', records.slice(6))] }, FROM_OPTIONS);
    await vi.waitFor(async () => expect((await store.counts()).pending).toBe(0), UNTIL_INDEXED);
    await vi.waitFor(() => expect(sent).toHaveBeenCalled(), UNTIL_INDEXED);
    const toldOfImport = sent.mock.calls.length;
    // Known from the records, not asked of the store: the articles of the mistaken file that were added.
    const mistakenIds = fromFile('mistake.ndjson', records.slice(0, 6)).map((r) => articleFromRecord(r).id).filter((id) => imported.added.includes(id));
    expect(mistakenIds.length).toBeGreaterThan(0);
    expect(imported.added.length).toBeGreaterThan(mistakenIds.length);
    expect(await handlers.listImportFiles({}, FROM_OPTIONS)).toEqual({
      files: [
        { sourceFile: 'mistake.ndjson', articles: mistakenIds.length },
        { sourceFile: 'keep.json', articles: imported.added.length - mistakenIds.length },
      ],
    });
    const builds = vi.spyOn(Indexer.prototype, 'ensureRunning');

    expect(await handlers.deleteImportFile({ sourceFile: 'mistake.ndjson' }, FROM_OPTIONS)).toEqual({ deleted: mistakenIds.length });
    expect(await store.db.articles.bulkGet(mistakenIds)).toEqual(mistakenIds.map(() => undefined));
    expect(await store.db.sentences.where('articleId').anyOf(mistakenIds).count()).toBe(0);
    const counts = await store.counts();
    expect(counts).toMatchObject({ articles: 3 + imported.added.length - mistakenIds.length, userArticles: imported.added.length - mistakenIds.length, pending: 0 });
    expect(await handlers.listImportFiles({}, FROM_OPTIONS)).toEqual({ files: [{ sourceFile: 'keep.json', articles: imported.added.length - mistakenIds.length }] });
    // Mended in place as any deletion is: the tabs are told at once, with no build started.
    await vi.waitFor(() => expect(sent.mock.calls.length).toBe(2 * toldOfImport));
    expect(builds).not.toHaveBeenCalled();

    // Gone already (another window of the options page removed it): nothing deleted, no tab told.
    expect(await handlers.deleteImportFile({ sourceFile: 'mistake.ndjson' }, FROM_OPTIONS)).toEqual({ deleted: 0 });
    expect(sent.mock.calls.length).toBe(2 * toldOfImport);
  });

  it('is refused to a content script, which may neither list nor remove imports', async () => {
    const { store, handlers } = await setUp();
    await handlers.importArticles({ importId: 'mistake', records: fromFile('mistake.ndjson', records.slice(0, 2)) }, FROM_OPTIONS);
    await expect(handlers.listImportFiles({}, FROM_TAB)).rejects.toThrow(/options page/);
    await expect(handlers.deleteImportFile({ sourceFile: 'mistake.ndjson' }, FROM_TAB)).rejects.toThrow(/options page/);
    expect((await store.counts()).userArticles).toBe(2);
  });
});
