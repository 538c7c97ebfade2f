/**
 * Splits long work on the page's main thread into short slices: the work calls `pause()`
 * between units, and a pause yields to the page only once the slice has run its budget, so
 * the page keeps answering input and no task of ours comes near the 50 ms long-task mark.
 */

/** Work per slice; well under 50 ms so a slow machine still stays below it. */
const SLICE_MS = 8;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Lets the page run: scheduler.yield where the browser has it (keeps our place in the queue), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class TimeSlicer {
  private sliceStart = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Yields if this slice has used its budget; otherwise returns at once. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.budgetMs) return;
    await yieldToPage();
    this.sliceStart = performance.now();
  }
}
