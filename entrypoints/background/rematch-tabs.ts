/**
 * After the articles changed (an import, a page added from the panel, articles removed) and the
 * index caught up, every tab showing matches is told to match its page again: its highlights
 * were found in the corpus as it was.
 */
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging';
import type { ContentRequests } from '@/lib/protocol';
import type { TabStates } from './tab-states';

export async function rematchTabs(tabs: TabStates): Promise<void> {
  const tabIds = await tabs.matchedTabIds();
  // A tab closed since, or now showing a page without the content script, has nothing to redo.
  await Promise.allSettled(
    tabIds.map((tabId) => request<ContentRequests, 'corpusChanged'>((m) => browser.tabs.sendMessage(tabId, m), 'corpusChanged', {})),
  );
}
