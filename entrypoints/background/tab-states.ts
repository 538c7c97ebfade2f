/**
 * What was found on each tab. Kept in memory and mirrored to storage.session, so a side panel
 * opened after the background worker restarted still sees the tab's passages, and an open
 * panel sees its tab change without asking (it watches the mirror).
 */
import { browser } from 'wxt/browser';
import { tabStateKey, type TabState } from '@/lib/protocol';

export class TabStates {
  private readonly states = new Map<number, TabState>();

  async get(tabId: number): Promise<TabState | null> {
    const cached = this.states.get(tabId);
    if (cached) return cached;
    const stored = (await browser.storage.session.get(tabStateKey(tabId)))[tabStateKey(tabId)] as TabState | undefined;
    if (stored) this.states.set(tabId, stored);
    return stored ?? null;
  }

  async set(state: TabState): Promise<void> {
    this.states.set(state.tabId, state);
    // A state over the session quota (a page whose claims have very many reports) stays in
    // memory rather than failing the analysis; its removal from the mirror still tells an
    // open panel to ask.
    await browser.storage.session.set({ [tabStateKey(state.tabId)]: state }).catch(() => browser.storage.session.remove(tabStateKey(state.tabId)));
  }

  async forget(tabId: number): Promise<void> {
    this.states.delete(tabId);
    await browser.storage.session.remove(tabStateKey(tabId));
  }

  /**
   * Called as the tab starts loading: its state described a page the tab may have left for one
   * the extension does not read (another site, a PDF, a browser page), where no script would
   * ever replace it, and the panel would go on describing the old article. The state is
   * forgotten unless the page's script still answers `stillShowing`: Chromium also reports a
   * history push in a single-page site as loading, and there the script reads the new address
   * itself. A state set meanwhile (the next page already read) is kept.
   */
  async forgetIfLeft(tabId: number, stillShowing: () => Promise<unknown>): Promise<void> {
    const before = await this.get(tabId);
    if (!before) return;
    const left = await stillShowing().then(() => false, () => true);
    if (left && this.states.get(tabId) === before) await this.forget(tabId);
  }
}
