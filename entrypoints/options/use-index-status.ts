/** The index's progress, refreshed every second while it builds (and after `refresh`). */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { IndexStatus } from '@/lib/protocol';
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
    return () => clearTimeout(timer.current);
  }, [refresh]);
  return { status, error, refresh: () => void refresh() };
}
