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

describe('a page the user added to the corpus', () => {
  beforeEach(() => fakeBrowser.reset());

  const STORY = [
    'The harbour authority in Tromsø approved a second ferry terminal on Thursday after a two-year planning dispute.',
    'Construction is due to start in the spring and cost about 410 million kroner, the authority said.',
  ].join('\n\n');
  const ADDRESS = 'https://www.reuters.com/world/europe/tromso-ferry-terminal-2025-07-24/';

  it('is added from its tab as an import of it would be: address, title, outlet from the address; twice is a duplicate', async () => {
    const { tabs, handlers, store } = await setUp();
    await tabs.set({ tabId: 3, url: ADDRESS, title: 'Tromsø approves ferry terminal', status: 'done', passages: [], text: STORY });
    const first = await handlers.addPageToCorpus({ tabId: 3 }, { tabId: null });
    expect(first.added).toHaveLength(1);
    const { articles } = await store.userArticles(0, 10);
    expect(articles).toEqual([expect.objectContaining({ id: first.added[0], url: ADDRESS, title: 'Tromsø approves ferry terminal', outlet: 'Reuters', sourceFile: 'side panel' })]);
    const again = await handlers.addPageToCorpus({ tabId: 3 }, { tabId: null });
    expect(again).toMatchObject({ added: [], duplicates: [{ reason: 'same url' }] });
  });

  it('is refused, with a reason, while its tab has not been read as an article', async () => {
    const { tabs, handlers, store } = await setUp();
    await tabs.set({ tabId: 5, url: ADDRESS, title: 'T', status: 'analyzing', passages: [] });
    await expect(handlers.addPageToCorpus({ tabId: 5 }, { tabId: null })).rejects.toThrow(/not been read/);
    await expect(handlers.addPageToCorpus({ tabId: 6 }, { tabId: null })).rejects.toThrow(/not been read/);
    expect((await store.counts()).userArticles).toBe(0);
  });

  it('is not reported by itself when read again, under its address with a tracking query or under another address with the same text', async () => {
    const { tabs, handlers, store } = await setUp();
    await tabs.set({ tabId: 3, url: ADDRESS, title: 'Tromsø approves ferry terminal', status: 'done', passages: [], text: STORY });
    const { added } = await handlers.addPageToCorpus({ tabId: 3 }, { tabId: null });
    await indexAll(store);
    for (const url of [`${ADDRESS}?utm_source=newsletter#comments`, 'https://mirror.example.net/ferry']) {
      const { passages } = await handlers.analyzePage({ url, title: 'Tromsø', text: STORY }, { tabId: 3 });
      expect(passages.flatMap((p) => p.reports.map((r) => r.articleId))).not.toContain(added[0]);
    }
    // Another page printing one of its sentences is still matched to it.
    const other = `${STORY.split('\n\n')[0]}\n\nLocal fishermen welcomed the decision.`;
    const { passages } = await handlers.analyzePage({ url: 'https://example.org/fishing', title: 'Fishing', text: other }, { tabId: 4 });
    expect(passages.flatMap((p) => p.reports.map((r) => r.articleId))).toContain(added[0]);
  });
});
