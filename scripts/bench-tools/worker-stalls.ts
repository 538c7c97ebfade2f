/**
 * How long the extension's background goes without answering, watched two ways while it works:
 * in the worker, a timer rearms itself at once and the widest gap between two of its runs is
 * kept (a task queued meanwhile waits as long); from an extension page, a status request
 * (getIndexStatus, answered from counts kept in memory) is sent again as soon as it is answered,
 * and the longest wait for an answer is kept: what a page asking meanwhile waits. Firefox's
 * options page, which shares its event loop with the background page, freezes as long.
 */
import type { Page, Worker } from 'playwright-core';

export interface Stalls {
  /** The widest gap, in milliseconds (a free worker's is a few: the timer's own clamp). */
  longest: number;
  /** Gaps of 50 ms or more, the length of a long task. */
  over50: number;
}

// Given as source text: tsx would wrap named functions in a helper the worker does not have.
const WATCH_TIMER = `(() => {
  const probe = { longest: 0, over50: 0, last: performance.now(), on: true };
  globalThis.benchStallProbe = probe;
  const tick = () => {
    const now = performance.now();
    const gap = now - probe.last;
    probe.longest = Math.max(probe.longest, gap);
    if (gap >= 50) probe.over50++;
    probe.last = now;
    if (probe.on) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
})()`;
const WATCH_ANSWERS = `(() => {
  const probe = { longest: 0, over50: 0, on: true, done: null };
  globalThis.benchStallProbe = probe;
  probe.done = (async () => {
    while (probe.on) {
      const asked = performance.now();
      await chrome.runtime.sendMessage({ type: 'getIndexStatus', payload: {} });
      const waited = performance.now() - asked;
      probe.longest = Math.max(probe.longest, waited);
      if (waited >= 50) probe.over50++;
    }
  })();
})()`;
const STOP = `(async () => {
  const probe = globalThis.benchStallProbe;
  probe.on = false;
  await probe.done;
  return { longest: probe.longest, over50: probe.over50 };
})()`;

/** Starts watching the worker's timer and `page`'s status requests; `stop` answers what each saw since. */
export async function watchStalls(worker: Worker, page: Page): Promise<{ stop: () => Promise<{ timer: Stalls; answers: Stalls }> }> {
  await worker.evaluate(WATCH_TIMER);
  await page.evaluate(WATCH_ANSWERS);
  return {
    stop: async () => ({ timer: (await worker.evaluate(STOP)) as Stalls, answers: (await page.evaluate(STOP)) as Stalls }),
  };
}

/** "longest ms (n of 50 ms or more)" */
export const stallsText = ({ longest, over50 }: Stalls) => `${longest.toFixed(0)} ms (${over50} of 50 ms or more)`;
