/**
 * The toolbar button opens the side panel and, on a page outside the built-in news list,
 * runs the content script there (activeTab grants access for this one click).
 */
import { browser, type Browser } from 'wxt/browser';
import { request } from '@/lib/messaging';
import type { ContentRequests } from '@/lib/protocol';
import { openSidePanel } from './side-panel';

export function onToolbarClick(tab: Browser.tabs.Tab): void {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  // First, with no await before it: the side panel may only open inside the click's call stack.
  void openSidePanel(tabId);
  void analyzeTab(tabId);
}

async function analyzeTab(tabId: number): Promise<void> {
  try {
    await request<ContentRequests, 'analyzeNow'>((m) => browser.tabs.sendMessage(tabId, m), 'analyzeNow', {});
  } catch {
    // No content script in this tab yet: inject it; it analyzes the page as it starts.
    await browser.scripting
      .executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] })
      .catch((error) => console.warn('News Context: cannot run on this page', error));
  }
}
