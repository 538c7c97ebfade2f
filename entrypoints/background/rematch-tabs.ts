/**
 * After the articles changed (an import, a page added from the panel, articles removed) and the
 * index caught up, every tab the extension has seen is told: one showing matches matches its page
 * again (its highlights were found in the corpus as it was); a paused one forgets what it found,
 * so switching back on does not repaint an old answer; a failed one tries again.
 */
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging';
import type { ContentRequests } from '@/lib/protocol';
import type { TabStates } from './tab-states';

export async function rematchTabs(tabs: TabStates): Promise<void> {
  const tabIds = await tabs.knownTabIds();
  // A tab closed since, or now showing a page without the content script, has nothing to redo.
  await Promise.allSettled(
    tabIds.map((tabId) => request<ContentRequests, 'corpusChanged'>((m) => browser.tabs.sendMessage(tabId, m), 'corpusChanged', {})),
  );
}
