/**
 * The toolbar button opens the side panel and has the page read now, even if it does not look
 * like an article; on a page outside the built-in news list it runs the content script there
 * first (activeTab grants access for this one click).
 */
import { browser, type Browser } from 'wxt/browser';
import { tellTab } from './tell-tabs';
import { openSidePanel } from './side-panel';
import { CONTENT_SCRIPT_FILES } from './content-script-files';

export function onToolbarClick(tab: Browser.tabs.Tab): void {
  if (tab.id === undefined) return;
  const tabId = tab.id;
  // First, with no await before it: the side panel may only open inside the click's call stack.
  void openSidePanel(tabId);
  void analyzeTab(tabId);
}

/**
 * Has the tab's page read now, even if it does not look like an article (the toolbar button, or
 * the panel's "Read this page anyway"); answers whether the page could be asked.
 */
export async function analyzeTab(tabId: number): Promise<boolean> {
  const analyzeNow = () => tellTab(tabId, 'analyzeNow', {});
  try {
    await analyzeNow();
    return true;
  } catch {
    // No content script in this tab yet: inject it with its styles (the toolbar click's
    // activeTab grant allows it), then ask it too (it would otherwise read the page only if it
    // looks like an article).
    try {
      await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_SCRIPT_FILES.css] });
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILES.js] });
      await analyzeNow();
      return true;
    } catch (error) {
      console.warn('News Context: cannot run on this page', error);
      return false;
    }
  }
}
