/**
 * Which tab the panel describes. In the side panel (or sidebar): the active tab of its window,
 * followed as it changes. When the panel page is open in a tab of its own, that tab is the
 * active one, so it describes the tab the user was on just before.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

async function describedTabId(): Promise<number | null> {
  const own = await browser.tabs.getCurrent();
  const tabs = await browser.tabs.query({ currentWindow: true });
  if (!own) return tabs.find((tab) => tab.active)?.id ?? null;
  const others = tabs.filter((tab) => tab.id !== own.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id ?? null;
}

export function useDescribedTab(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    const update = () => void describedTabId().then(setTabId);
    update();
    browser.tabs.onActivated.addListener(update);
    return () => browser.tabs.onActivated.removeListener(update);
  }, []);
  return tabId;
}
