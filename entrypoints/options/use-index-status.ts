/**
 * The index's progress, refreshed when a build starts or ends (INDEX_BUILD_KEY, written by the
 * background), every second while it builds, and after `refresh`.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { buildChanged, type IndexStatus } from '@/lib/protocol';
import { ask } from './background-client';
import { errorMessage } from '@/lib/error-message';

const REFRESH_MS = 1000;

export function useIndexStatus(): { status: IndexStatus | null; error: string | null; refresh: () => void } {
  const [status, setStatus] = useState<IndexStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  const refresh = useCallback(async () => {
    clearTimeout(timer.current);
    try {
      const next = await ask('getIndexStatus', {});
      setStatus(next);
      setError(null);
      if (next.state === 'building') timer.current = setTimeout(refresh, REFRESH_MS);
    } catch (caught) {
      setError(errorMessage(caught));
      timer.current = setTimeout(refresh, REFRESH_MS);
    }
  }, []);

  useEffect(() => {
    void refresh();
    const onStored = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => buildChanged(changes) && void refresh();
    browser.storage.session.onChanged.addListener(onStored);
    return () => {
      clearTimeout(timer.current);
      browser.storage.session.onChanged.removeListener(onStored);
    };
  }, [refresh]);
  return { status, error, refresh: () => void refresh() };
}
