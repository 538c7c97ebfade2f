/**
 * After the articles changed (an import, a page added from the panel, articles removed) and the
 * index caught up, every tab running the content script is told: one showing matches matches
 * its page again (its highlights were found in the corpus as it was); a paused one forgets what
 * it found, so switching back on does not repaint an old answer; a failed one tries again.
 */
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging';
import type { ContentRequests } from '@/lib/protocol';

export async function rematchTabs(): Promise<void> {
  // Every tab, by id only (no "tabs" permission, no stored state read): a tab without the
  // content script, or closed since, refuses the message, and has nothing to redo.
  const tabs = await browser.tabs.query({});
  await Promise.allSettled(
    tabs.flatMap(({ id }) =>
      id === undefined ? [] : [request<ContentRequests, 'corpusChanged'>((m) => browser.tabs.sendMessage(id, m), 'corpusChanged', {})],
    ),
  );
}
