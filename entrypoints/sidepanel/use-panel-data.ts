/**
 * The panel's data: what was found on the described tab and the index's progress. Refreshed
 * when the tab navigates and while the page or the index is still being worked on.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clientFor, retryingOnce } from '@/lib/messaging';
import type { BackgroundRequests, IndexStatus, TabState } from '@/lib/protocol';
import { errorMessage } from '@/lib/error-message';

const REFRESH_MS = 1000;

// The panel's requests are reads or settings that are safe to repeat: a worker stopped in the
// middle of one is woken by the retry instead of leaving the panel with the browser's error.
export const ask = clientFor<BackgroundRequests>(retryingOnce((message) => browser.runtime.sendMessage(message)));

export interface PanelData {
  tab: TabState | null;
  index: IndexStatus | null;
  error: string | null;
}

export function usePanelData(tabId: number | null): PanelData {
  const [data, setData] = useState<PanelData>({ tab: null, index: null, error: null });
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      clearTimeout(timer);
      try {
        const [tab, index] = await Promise.all([
          tabId === null ? null : ask('getTabState', { tabId }),
          ask('getIndexStatus', {}),
        ]);
        if (cancelled) return;
        setData({ tab, index, error: null });
        if (index.state === 'building' || !tab || tab.status === 'analyzing') timer = setTimeout(load, REFRESH_MS);
      } catch (error) {
        if (!cancelled) setData((old) => ({ ...old, error: errorMessage(error) }));
        timer = setTimeout(load, REFRESH_MS);
      }
    };
    const onUpdated = (updatedId: number) => updatedId === tabId && void load();
    void load();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);
  return data;
}
