/**
 * The panel's data: what was found on the described tab and the index's progress. Refreshed
 * when the tab navigates or its state changes (its first answer, matched again after a change
 * to the corpus), which the background's mirror of tab states tells, and when an index build
 * starts or ends (INDEX_BUILD_KEY); polled only while the index builds (its progress is not
 * mirrored) and after a failed read.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clientFor, retryingOnce } from '@/lib/messaging';
import { buildChanged, tabStateKey, type BackgroundRequests, type IndexStatus, type TabState } from '@/lib/protocol';
import { errorMessage } from '@/lib/error-message';
import { shownTabState, stateChanged } from './steady-tab';

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
      if (cancelled) return;
      try {
        const [tab, index] = await Promise.all([
          tabId === null ? null : ask('getTabState', { tabId }),
          ask('getIndexStatus', {}),
        ]);
        if (cancelled) return;
        setData((old) => ({ tab: shownTabState(old.tab, tab), index, error: null }));
        if (index.state === 'building') timer = setTimeout(load, REFRESH_MS);
      } catch (error) {
        if (cancelled) return;
        setData((old) => ({ ...old, error: errorMessage(error) }));
        timer = setTimeout(load, REFRESH_MS);
      }
    };
    const onUpdated = (updatedId: number) => updatedId === tabId && void load();
    // The tab matched again (the corpus changed, the page grew): the background's mirror of its
    // state changed. Firefox lists every key of the area, changed or not (its bug 1833153).
    const onStored = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
      const change = tabId === null ? undefined : changes[tabStateKey(tabId)];
      const tabChanged = change && stateChanged(change.oldValue as TabState | undefined, change.newValue as TabState | undefined);
      if (tabChanged || buildChanged(changes)) void load();
    };
    void load();
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.storage.session.onChanged.addListener(onStored);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.storage.session.onChanged.removeListener(onStored);
    };
  }, [tabId]);
  return data;
}
