/**
 * The background's analyzePage handler over a real store (fake-indexeddb) and the fake browser;
 * adding a page to the corpus; and a change to the articles having open pages matched again.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createCorpusHandlers } from '@/entrypoints/background/corpus-handlers';
import { Indexer } from '@/entrypoints/background/indexer';
import { TabStates } from '@/entrypoints/background/tab-states';
import { SettingsStore } from '@/entrypoints/background/settings';
import { bundled, freshStore, indexAll } from '../store/store-fixtures';
import type { PassageMatch } from '@/lib/match/types';
import { parseContentRequest } from '@/lib/protocol';

/** A content script's message from tab `tabId`, and the side panel's. */
const FROM_TAB = (tabId: number) => ({ tabId, extensionPage: false });
const FROM_PANEL = { tabId: null, extensionPage: true };

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
    const { passages } = await handlers.analyzePage({ url: 'https://example.org/a', title: 'A', text: sentence, whole: true }, FROM_TAB(7));
    expect(passages.length).toBe(1);
    expect((await tabs.get(7))?.status).toBe('done');
  });

  it('marks the tab as failed, with the reason, when matching fails', async () => {
    const { tabs, handlers, store } = await setUp();
    store.db.close();
    const page = { url: 'https://example.org/b', title: 'B', text: 'The council approved the harbour budget on Tuesday.', whole: true };
    await expect(handlers.analyzePage(page, FROM_TAB(9))).rejects.toThrow();
    const state = await tabs.get(9);
    expect(state?.status).toBe('error');
    expect(state?.error).toMatch(/\S/);
    expect(state?.passages).toEqual([]);
  });

  it('marks the tab as failed when the content script reports that both of its attempts failed', async () => {
    const { tabs, handlers } = await setUp();
    await tabs.set({ tabId: 4, url: 'https://example.org/c', title: 'C', status: 'analyzing', passages: [] });
    await handlers.analysisFailed({ url: 'https://example.org/c', title: 'C', error: 'Receiving end does not exist.' }, FROM_TAB(4));
    expect(await tabs.get(4)).toMatchObject({ status: 'error', error: 'Receiving end does not exist.', passages: [] });
  });
});

describe('a page the user added to the corpus', () => {
  beforeEach(() => fakeBrowser.reset());

  const STORY = [
    'The harbour authority in Tromsø approved a second ferry terminal on Thursday after a two-year planning dispute.',
    'Construction is due to start in the spring and cost about 410 million kroner, the authority said.',
  ].join('\n\n');
  /** The same article a day later: one paragraph more, so its text no longer finds it. */
  const UPDATED = `${STORY}\n\nThe first ferries are expected to dock there in 2027.`;
  const ADDRESS = 'https://www.reuters.com/world/europe/tromso-ferry-terminal-2025-07-24/';
  const TITLE = 'Tromsø approves ferry terminal';
  const reportIds = (passages: PassageMatch[]) => passages.flatMap((p) => p.reports.map((r) => r.articleId));

  async function addedFrom(url: string) {
    const setup = await setUp();
    await setup.tabs.set({ tabId: 3, url, title: TITLE, status: 'done', passages: [], text: STORY });
    const { added } = await setup.handlers.addPageToCorpus({ tabId: 3, url }, FROM_PANEL);
    await indexAll(setup.store);
    return { ...setup, id: added[0] };
  }

  it('is added from its tab as an import would add it, under its address without fragment or tracking; twice is a duplicate', async () => {
    const { tabs, handlers, store, id } = await addedFrom(`${ADDRESS}?utm_source=newsletter#comments`);
    const { articles } = await store.userArticles(0, 10);
    expect(articles).toEqual([expect.objectContaining({ id, url: ADDRESS, title: TITLE, outlet: 'Reuters', sourceFile: 'side panel' })]);
    await tabs.set({ tabId: 8, url: `${ADDRESS}?fbclid=abc`, title: TITLE, status: 'done', passages: [], text: STORY });
    expect(await handlers.addPageToCorpus({ tabId: 8, url: `${ADDRESS}?fbclid=abc` }, FROM_PANEL)).toMatchObject({ added: [], duplicates: [{ reason: 'same url' }] });
  });

  it('is refused, with a reason: not read yet, no such tab, another page on the tab now, or asked by a content script', async () => {
    const { tabs, handlers, store } = await setUp();
    await tabs.set({ tabId: 5, url: ADDRESS, title: 'T', status: 'analyzing', passages: [] });
    await tabs.set({ tabId: 6, url: ADDRESS, title: 'T', status: 'done', passages: [], text: STORY });
    await expect(handlers.addPageToCorpus({ tabId: 5, url: ADDRESS }, FROM_PANEL)).rejects.toThrow(/not been read/);
    await expect(handlers.addPageToCorpus({ tabId: 99, url: ADDRESS }, FROM_PANEL)).rejects.toThrow(/not been read/);
    await expect(handlers.addPageToCorpus({ tabId: 6, url: 'https://example.org/other' }, FROM_PANEL)).rejects.toThrow(/another page/);
    await expect(handlers.addPageToCorpus({ tabId: 6, url: ADDRESS }, FROM_TAB(6))).rejects.toThrow(/side panel/);
    expect((await store.counts()).userArticles).toBe(0);
  });

  it('is added after the reader followed an in-page anchor; a content script may neither import, list, delete nor export articles', async () => {
    const { tabs, handlers, store } = await setUp();
    await tabs.set({ tabId: 6, url: ADDRESS, title: TITLE, status: 'done', passages: [], text: STORY });
    expect((await handlers.addPageToCorpus({ tabId: 6, url: `${ADDRESS}#comments` }, FROM_PANEL)).added).toHaveLength(1);
    const record = { title: 'T', outlet: null, url: null, published: null, text: 'The council approved the harbour budget on Tuesday.', sourceFile: 'pasted' };
    await expect(handlers.importArticles({ importId: 'from-tab', records: [record] }, FROM_TAB(6))).rejects.toThrow(/options page send importArticles/);
    await expect(handlers.listUserArticles({ offset: 0, limit: 10 }, FROM_TAB(6))).rejects.toThrow(/options page/);
    await expect(handlers.deleteArticles({ ids: ['x'] }, FROM_TAB(6))).rejects.toThrow(/options page/);
    await expect(handlers.exportCorpus({ after: null, limit: 10 }, FROM_TAB(6))).rejects.toThrow(/options page/);
    expect((await store.counts()).userArticles).toBe(1);
  });

  it('keeps the page’s last whole text when only its new paragraphs are analyzed, and can add it meanwhile', async () => {
    const { tabs, handlers } = await setUp();
    await handlers.analyzePage({ url: ADDRESS, title: TITLE, text: STORY, whole: true }, FROM_TAB(2));
    // While the page is analyzed again (a live blog growing), its last whole text can be added.
    const latest = (await tabs.get(2))!;
    await tabs.set({ ...latest, status: 'analyzing', passages: [] });
    expect((await handlers.addPageToCorpus({ tabId: 2, url: ADDRESS }, FROM_PANEL)).added).toHaveLength(1);
    await tabs.set(latest);
    await handlers.analyzePage({ url: ADDRESS, title: TITLE, text: 'A late entry: the mayor welcomed the plan.', whole: false }, FROM_TAB(2));
    expect((await tabs.get(2))?.text).toBe(STORY);
    // The new paragraphs' passages are not the page's list: the tab waits for the content script's whole list.
    expect((await tabs.get(2))?.status).toBe('analyzing');
    await handlers.pagePassages({ url: ADDRESS, title: TITLE, passages: latest.passages, text: `${STORY}\n\nA late entry.` }, FROM_TAB(2));
    expect((await tabs.get(2))?.status).toBe('done');
    // Another page on the tab: no whole text read there yet, so nothing to add.
    await handlers.analyzePage({ url: 'https://example.org/next', title: 'Next', text: 'A late entry.', whole: false }, FROM_TAB(2));
    expect((await tabs.get(2))?.text).toBeUndefined();
  });

  it('is not its own source when read again under its address, with other parameters or text', async () => {
    const { handlers, id } = await addedFrom(ADDRESS);
    for (const url of [ADDRESS, `${ADDRESS}?utm_campaign=x#top`]) {
      const { passages } = await handlers.analyzePage({ url, title: TITLE, text: UPDATED, whole: true }, FROM_TAB(3));
      expect(reportIds(passages)).not.toContain(id);
    }
  });

  it('is not its own source when it was stored with tracking parameters and is read without them', async () => {
    const { handlers, store } = await setUp();
    const { added } = await handlers.importArticles({ importId: 'tracked-address', records: [{ title: TITLE, outlet: null, url: `${ADDRESS}?utm_source=rss`, published: null, text: STORY, sourceFile: 'pasted' }] }, FROM_PANEL);
    await indexAll(store);
    const { passages } = await handlers.analyzePage({ url: ADDRESS, title: TITLE, text: UPDATED, whole: true }, FROM_TAB(3));
    expect(reportIds(passages)).not.toContain(added[0]);
  });

  it('is not its own source under another address with the same text; another page printing its sentence is matched to it', async () => {
    const { handlers, id } = await addedFrom(ADDRESS);
    const { passages: mirrored } = await handlers.analyzePage({ url: 'https://mirror.example.net/ferry', title: 'Tromsø', text: STORY, whole: true }, FROM_TAB(3));
    expect(reportIds(mirrored)).not.toContain(id);
    const other = `${STORY.split('\n\n')[0]}\n\nLocal fishermen welcomed the decision.`;
    const { passages } = await handlers.analyzePage({ url: 'https://example.org/fishing', title: 'Fishing', text: other, whole: true }, FROM_TAB(4));
    expect(reportIds(passages)).toContain(id);
  });

  describe('on a page that holds several stories (an infinite scroll appended the next below it)', () => {
    const NEXT = [
      'The city council in Bergen voted on Friday to extend its light rail line to the airport by 2029.',
      'The extension will add six stops and cost an estimated 2.3 billion kroner, the council said.',
    ].join('\n\n');
    const NEXT_ADDRESS = 'https://www.reuters.com/world/europe/bergen-light-rail-2025-07-25/';
    const NEXT_TITLE = 'Bergen extends light rail to airport | Reuters';
    const BOTH = `${STORY}\n\n${NEXT}`;

    it('is the story the address names, alone; where the title names none, the page is refused with the reason', async () => {
      const { handlers, store } = await setUp();
      await handlers.analyzePage({ url: NEXT_ADDRESS, title: NEXT_TITLE, text: BOTH, whole: true, stories: { texts: [STORY, NEXT], named: 1 } }, FROM_TAB(2));
      const { added } = await handlers.addPageToCorpus({ tabId: 2, url: NEXT_ADDRESS }, FROM_PANEL);
      expect(await store.db.articles.get(added[0])).toMatchObject({ url: NEXT_ADDRESS, title: 'Bergen extends light rail to airport', paragraphs: NEXT.split('\n\n') });

      await handlers.pagePassages({ url: ADDRESS, title: 'Reuters: Europe', passages: [], text: BOTH, stories: { texts: [STORY, NEXT], named: null } }, FROM_TAB(2));
      await expect(handlers.addPageToCorpus({ tabId: 2, url: ADDRESS }, FROM_PANEL)).rejects.toThrow(/several stories.*title names none/);
      expect((await store.counts()).userArticles).toBe(1);
    });

    it('is not its own source where it shows above the next story, at the next story’s address', async () => {
      const { handlers, id } = await addedFrom(ADDRESS);
      const { passages } = await handlers.analyzePage({ url: NEXT_ADDRESS, title: NEXT_TITLE, text: BOTH, whole: true, stories: { texts: [STORY, NEXT], named: 1 } }, FROM_TAB(3));
      expect(reportIds(passages)).not.toContain(id);
    });
  });
});

describe('a change to the articles', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  const RECORD = {
    title: 'Ferry terminal approved',
    outlet: null,
    url: 'https://example.org/ferry',
    published: null,
    text: 'The harbour authority in Tromsø approved a second ferry terminal on Thursday after a two-year planning dispute.',
    sourceFile: 'pasted',
  };

  it('tells every open tab, once the index has caught up: a closed one does not stop the others', async () => {
    const { handlers, store } = await setUp();
    const tabIds: number[] = [];
    for (const url of ['https://example.org/1', 'https://example.org/2', 'https://example.org/3']) tabIds.push((await fakeBrowser.tabs.create({ url })).id!);
    const closed = tabIds[1];
    // The fake browser starts with a tab of its own: every open tab but the closed one is told.
    const reachable = (await fakeBrowser.tabs.query({})).map((tab) => tab.id!).filter((id) => id !== closed).sort((a, b) => a - b);
    expect(reachable).toEqual(expect.arrayContaining([tabIds[0], tabIds[2]]));
    const told: { tabId: number; pending: number }[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
      expect(parseContentRequest(message)).toEqual({ ok: true, value: { type: 'corpusChanged', payload: {} } });
      // Closed meanwhile (or showing a page without the content script): the others are told all the same.
      if (tabId === closed) throw new Error('Could not establish connection. Receiving end does not exist.');
      told.push({ tabId, pending: (await store.counts()).pending });
      return { ok: true, value: { ok: true } };
    }) as never);

    const { added } = await handlers.importArticles({ importId: 'added', records: [RECORD] }, FROM_PANEL);
    const n = reachable.length;
    await vi.waitFor(() => expect(told).toHaveLength(n));
    expect(told.sort((a, b) => a.tabId - b.tabId)).toEqual(reachable.map((tabId) => ({ tabId, pending: 0 })));
    expect(fakeBrowser.tabs.sendMessage).toHaveBeenCalledTimes(n + 1);

    await handlers.deleteArticles({ ids: added }, FROM_PANEL);
    await vi.waitFor(() => expect(told).toHaveLength(2 * n));
    expect(told.slice(n).every(({ pending }) => pending === 0)).toBe(true);

  });

  it('tells the open tabs of a deletion at once, with no build started for it', async () => {
    const { handlers } = await setUp();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { ok: true } } as never);
    const { added } = await handlers.importArticles({ importId: 'added', records: [RECORD] }, FROM_PANEL);
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
    const toldOfImport = sent.mock.calls.length;
    const builds = vi.spyOn(Indexer.prototype, 'ensureRunning');

    await handlers.deleteArticles({ ids: added }, FROM_PANEL);
    await vi.waitFor(() => expect(sent.mock.calls.length).toBe(2 * toldOfImport));
    expect(builds).not.toHaveBeenCalled();
  });

  it('tells no tab when nothing changed: a duplicate import or deleting what is gone starts no build', async () => {
    const { handlers } = await setUp();
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { ok: true } } as never);
    // A tab is told only once a build has finished: no build started, no tab told.
    const builds = vi.spyOn(Indexer.prototype, 'ensureRunning');
    await handlers.importArticles({ importId: 'first', records: [RECORD] }, FROM_PANEL);
    await vi.waitFor(() => expect(sent).toHaveBeenCalled());
    expect(builds).toHaveBeenCalledTimes(1);
    expect((await handlers.importArticles({ importId: 'again', records: [RECORD] }, FROM_PANEL)).added).toEqual([]);
    expect((await handlers.deleteArticles({ ids: ['no-such-article'] }, FROM_PANEL)).deleted).toBe(0);
    expect(builds).toHaveBeenCalledTimes(1);
  });
});

describe('changes made while a build runs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('have the open pages matched again once, when the build they joined is done', async () => {
    const store = freshStore();
    await store.installBundled('test', () => bundled(2));
    await indexAll(store);
    // A build held open until the test ends it: every change meanwhile joins it, as the indexer's runs do.
    let finish: () => void = () => undefined;
    const run = new Promise<void>((resolve) => (finish = resolve));
    const indexer = { ensureRunning: () => run, building: true } as unknown as Indexer;
    const afterIndexed = vi.fn(async () => undefined);
    const { handlers } = createCorpusHandlers(store, indexer, async () => {}, afterIndexed);
    const record = (text: string) => ({ title: null, outlet: null, url: null, published: null, text, sourceFile: 'pasted' });
    await handlers.importArticles({ importId: 'ferry', records: [record('The harbour authority approved a second ferry terminal on Thursday.')] });
    await handlers.importArticles({ importId: 'tram', records: [record('The city council approved the tram budget on Wednesday, officials said.')] });
    const { articles } = await store.userArticles(0, 10);
    await handlers.deleteArticles({ ids: [articles[0].id] });
    expect(afterIndexed).not.toHaveBeenCalled();
    finish();
    await vi.waitFor(() => expect(afterIndexed).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(afterIndexed).toHaveBeenCalledTimes(1);
  });
});
