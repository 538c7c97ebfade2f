// @vitest-environment happy-dom
/** The panel's data follows its tab through the background's mirror of tab states, and polls only the index's progress. */
import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { usePanelData } from '@/entrypoints/sidepanel/use-panel-data';
import { INDEX_BUILD_KEY, tabStateKey, type IndexStatus, type TabState } from '@/lib/protocol';

const TAB = 5;
const READY: IndexStatus = { articles: 3, userArticles: 0, sentences: 40, claims: 30, pending: 0, state: 'ready' };
const page = (status: TabState['status']): TabState => ({ tabId: TAB, url: 'https://news.example/story', title: 'Story', status, passages: [] });

/** The background's answers, read from what the test sets; counts each read of the tab. */
function fakeBackground(index: IndexStatus) {
  const reads = { tab: 0 };
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    if ((message as { type: string }).type === 'getIndexStatus') return { ok: true, value: index };
    reads.tab++;
    const stored = (await fakeBrowser.storage.session.get(tabStateKey(TAB)))[tabStateKey(TAB)];
    return { ok: true, value: stored ?? null };
  });
  return reads;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('usePanelData', () => {
  it('shows the page once its state is written, and its answer once analyzed, without polling the tab', async () => {
    const reads = fakeBackground(READY);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { result } = renderHook(() => usePanelData(TAB));
    await vi.waitFor(() => expect(result.current.index).toEqual(READY));
    expect(result.current.tab).toBeNull();
    // No tab state yet and the index ready: nothing is left to poll.
    expect(vi.getTimerCount()).toBe(0);

    await fakeBrowser.storage.session.set({ [tabStateKey(TAB)]: page('analyzing') });
    await vi.waitFor(() => expect(result.current.tab?.status).toBe('analyzing'));
    expect(vi.getTimerCount()).toBe(0);
    await fakeBrowser.storage.session.set({ [tabStateKey(TAB)]: page('done') });
    await vi.waitFor(() => expect(result.current.tab?.status).toBe('done'));
    expect(reads.tab).toBe(3);
  });

  it('polls while the index builds, until it is ready', async () => {
    const index: IndexStatus = { ...READY, pending: 2, state: 'building' };
    fakeBackground(index);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const { result } = renderHook(() => usePanelData(TAB));
    await vi.waitFor(() => expect(result.current.index?.state).toBe('building'));
    expect(vi.getTimerCount()).toBe(1);
    Object.assign(index, READY);
    await vi.advanceTimersToNextTimerAsync();
    await vi.waitFor(() => expect(result.current.index?.state).toBe('ready'));
    expect(vi.getTimerCount()).toBe(0);
  });

  it('refreshes the corpus line when a build starts or ends, also on a tab without a state', async () => {
    const index: IndexStatus = { ...READY };
    fakeBackground(index);
    const { result } = renderHook(() => usePanelData(TAB));
    await vi.waitFor(() => expect(result.current.index?.articles).toBe(3));
    // An import on the options page: the build ends before the panel would have polled.
    Object.assign(index, { articles: 4, userArticles: 1 });
    await fakeBrowser.storage.session.set({ [INDEX_BUILD_KEY]: '1:2' });
    await vi.waitFor(() => expect(result.current.index?.articles).toBe(4));
    expect(result.current.tab).toBeNull();
  });
});
