/** The options page's typed requests to the background. */
import { browser } from 'wxt/browser';
import { clientFor } from '@/lib/messaging';
import type { BackgroundRequests } from '@/lib/protocol';

export const ask = clientFor<BackgroundRequests>((message) => browser.runtime.sendMessage(message));
