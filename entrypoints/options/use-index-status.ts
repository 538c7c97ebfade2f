/**
 * The index's size and progress as the background publishes it at each change
 * (INDEX_STATUS_KEY): asked for as the page opens, then followed.
 */
import { INDEX_STATUS_KEY, parseIndexStatus, type IndexStatus } from '@/lib/protocol';
import { ask } from './background-client';
import { usePublished } from './use-published';

const asked = () => ask('getIndexStatus', {});

export function useIndexStatus(): { status: IndexStatus | null; error: string | null } {
  const { value, error } = usePublished(INDEX_STATUS_KEY, parseIndexStatus, asked);
  return { status: value, error };
}
