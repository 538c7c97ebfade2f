/** Requests from the background to the content script of one tab, or of every open tab. */
import { browser } from 'wxt/browser';
import { request, type RequestOf } from '@/lib/messaging';
import type { ContentRequests, ResponseOf } from '@/lib/protocol';

type Request = keyof ContentRequests & string;

export function tellTab<K extends Request>(tabId: number, type: K, payload: RequestOf<ContentRequests, K>): Promise<ResponseOf<ContentRequests, K>> {
  return request<ContentRequests, K>((m) => browser.tabs.sendMessage(tabId, m), type, payload);
}

/**
 * Every open tab, found by id (no "tabs" permission needed). A tab without the content script
 * (not a news site, a browser page, closed since) refuses: there is nothing to do there.
 */
export async function tellEveryTab<K extends Request>(type: K, payload: RequestOf<ContentRequests, K>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled(tabs.flatMap(({ id }) => (id === undefined ? [] : [tellTab(id, type, payload)])));
}
