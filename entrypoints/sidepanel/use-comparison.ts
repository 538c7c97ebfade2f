/**
 * The comparison of the described tab with its event's other sources. Asked again whenever
 * what it depends on changes: the tab's passages, or the index while it is still being built
 * (claims form as articles are indexed, so the coverage fills in live).
 */
import { useEffect, useState } from 'preact/hooks';
import type { IndexStatus, TabState } from '@/lib/protocol';
import type { PageComparison } from '@/lib/panel/types';
import { ask } from './use-panel-data';
import { errorMessage } from '@/lib/error-message';

export type ComparisonState =
  | { state: 'none' }
  | { state: 'loading'; previous: PageComparison | null }
  | { state: 'done'; value: PageComparison }
  | { state: 'error'; error: string };

export function useComparison(tabId: number | null, tab: TabState | null, index: IndexStatus | null): ComparisonState {
  const [result, setResult] = useState<ComparisonState>({ state: 'none' });
  const ready = tabId !== null && tab?.status === 'done' && tab.passages.length > 0;
  const key = ready ? `${tabId}|${tab.url}|${tab.passages.map((p) => p.claimId).join(',')}|${index?.claims}|${index?.pending}` : null;

  useEffect(() => {
    if (key === null || tabId === null) return setResult({ state: 'none' });
    let current = true;
    setResult((old) => ({ state: 'loading', previous: old.state === 'done' ? old.value : null }));
    ask('getComparison', { tabId }).then(
      (value) => current && setResult(value ? { state: 'done', value } : { state: 'none' }),
      (error) => current && setResult({ state: 'error', error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return result;
}
