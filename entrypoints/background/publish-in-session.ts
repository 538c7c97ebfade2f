/**
 * How the background publishes a value for the extension's pages: in storage.session under
 * its key (lib/protocol.ts), which a page reads as it opens and then follows through
 * storage.onChanged, so no page polls for it. Null takes the value away.
 */
import { browser } from 'wxt/browser';

export const publishInSession =
  <T>(key: string) =>
  (value: T | null): void =>
    void (value === null ? browser.storage.session.remove(key) : browser.storage.session.set({ [key]: value }));
