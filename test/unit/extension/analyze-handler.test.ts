/** The background's analyzePage handler over a real store (fake-indexeddb) and the fake browser. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { Indexer } from '@/entrypoints/background/indexer';
import { TabStates } from '@/entrypoints/background/tab-states';
import { SettingsStore } from '@/entrypoints/background/settings';
import { bundled, freshStore, indexAll } from '../store/store-fixtures';

async function setUp() {
  const store = freshStore();
  await store.installBundled('test', () => bundled(4));
  await indexAll(store);
  const tabs = new TabStates();
  const handlers = createHandlers(store, new Indexer(store), tabs, async () => {}, new SettingsStore());
  return { store, tabs, handlers };
}

describe('analyzePage and analysisFailed', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the answer as the tab state', async () => {
    const { tabs, handlers, store } = await setUp();
    const sentence = (await store.db.sentences.limit(1).toArray())[0].text;
    const { passages } = await handlers.analyzePage({ url: 'https://example.org/a', title: 'A', text: sentence }, { tabId: 7 });
    expect(passages.length).toBe(1);
    expect((await tabs.get(7))?.status).toBe('done');
  });

  it('marks the tab as failed, with the reason, when matching fails', async () => {
    const { tabs, handlers, store } = await setUp();
    store.db.close();
    const page = { url: 'https://example.org/b', title: 'B', text: 'The council approved the harbour budget on Tuesday.' };
    await expect(handlers.analyzePage(page, { tabId: 9 })).rejects.toThrow();
    const state = await tabs.get(9);
    expect(state?.status).toBe('error');
    expect(state?.error).toMatch(/\S/);
    expect(state?.passages).toEqual([]);
  });

  it('marks the tab as failed when the content script reports that both of its attempts failed', async () => {
    const { tabs, handlers } = await setUp();
    await tabs.set({ tabId: 4, url: 'https://example.org/c', title: 'C', status: 'analyzing', passages: [] });
    await handlers.analysisFailed({ url: 'https://example.org/c', title: 'C', error: 'Receiving end does not exist.' }, { tabId: 4 });
    expect(await tabs.get(4)).toMatchObject({ status: 'error', error: 'Receiving end does not exist.', passages: [] });
  });
});
