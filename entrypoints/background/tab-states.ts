/**
 * What was found on each tab. Kept in memory and mirrored to storage.session, so a side panel
 * opened after the background worker restarted still sees the tab's passages.
 */
import { browser } from 'wxt/browser';
import { tabStateKey as key, type TabState } from '@/lib/protocol';

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

  async forget(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await browser.storage.session.remove(key(tabId));
  }
}
