// @vitest-environment happy-dom
/**
 * What the tab's state names, followed without a new document: told when the page moves to
 * another address with pushState or replaceState (no event tells the content script of these)
 * and when its title changes; not for an in-page anchor, and not once stopped. Fake timers stand
 * in for the wait between two looks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddressWatcher } from '@/entrypoints/content/address-watcher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AddressWatcher', () => {
  it('tells once for each address the page moves to and for each new title; not for an in-page anchor, nor once stopped', () => {
    const told = vi.fn();
    const watcher = new AddressWatcher(told);
    watcher.start();
    const looked = (times: number) => {
      vi.runOnlyPendingTimers();
      expect(told).toHaveBeenCalledTimes(times);
    };
    looked(0);
    history.pushState({}, '', '/world/next-story');
    looked(1);
    looked(1);
    history.replaceState({}, '', '/world/next-story?page=2');
    looked(2);
    document.title = 'The next story | Demo Daily';
    looked(3);
    history.pushState({}, '', '/world/next-story?page=2#comments');
    looked(3);
    watcher.stop();
    history.pushState({}, '', '/world/after');
    looked(3);
  });
});
