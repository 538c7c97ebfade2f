/**
 * The index status as the options page's lists follow it: the background answers it when the
 * page opens (getIndexStatus) and publishes it again after each change (INDEX_STATUS_KEY), here
 * counting as many articles of the user's as `count()` says; and a list wired as the page wires it.
 */
import type { JSX } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useIndexStatus } from '@/entrypoints/options/use-index-status';
import { INDEX_STATUS_KEY, type IndexStatus } from '@/lib/protocol';

export function publishedCount(count: () => number) {
  const status = (): IndexStatus => ({ articles: count(), userArticles: count(), sentences: 0, claims: 0, pending: 0, state: 'ready' });
  return {
    /** The answer to a getIndexStatus request. */
    answer: () => ({ ok: true, value: status() }),
    /** Publishes the status after a change, as the background does. */
    publish: () => fakeBrowser.storage.session.set({ [INDEX_STATUS_KEY]: status() }),
  };
}

/** `list` given the published count of the user's articles, as the options page gives it. */
export function Wired({ list }: { list: (stored: number | undefined) => JSX.Element }) {
  const { status } = useIndexStatus();
  return list(status?.userArticles);
}
