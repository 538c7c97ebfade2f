/**
 * What was found on each tab. Kept in memory and mirrored to storage.session, so a side panel
 * opened after the background worker restarted still sees the tab's passages.
 */
import { browser } from 'wxt/browser';
import { TAB_STATE_KEY_PREFIX, tabStateKey as key, type TabState } from '@/lib/protocol';

export class TabStates {
  private readonly states = new Map<number, TabState>();

  async get(tabId: number): Promise<TabState | null> {
    const cached = this.states.get(tabId);
    if (cached) return cached;
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as TabState | undefined;
    if (stored) this.states.set(tabId, stored);
    return stored ?? null;
  }

  async set(state: TabState): Promise<void> {
    this.states.set(state.tabId, state);
    // The mirror only helps after a worker restart; a state over the session quota (a page
    // whose claims have very many reports) stays in memory rather than failing the analysis.
    await browser.storage.session.set({ [key(state.tabId)]: state }).catch(() => browser.storage.session.remove(key(state.tabId)));
  }

  /** Tabs whose page was matched, or is being matched: after a worker restart only the mirror knows them. */
  async matchedTabIds(): Promise<number[]> {
    const stored = (await browser.storage.session.get(null)) as Record<string, TabState>;
    const states = new Map(Object.entries(stored).filter(([name]) => name.startsWith(TAB_STATE_KEY_PREFIX)).map(([, state]) => [state.tabId, state]));
    for (const [tabId, state] of this.states) states.set(tabId, state);
    return [...states.values()].filter((state) => state.status === 'done' || state.status === 'analyzing').map((state) => state.tabId);
  }

  async forget(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await browser.storage.session.remove(key(tabId));
  }
}
