/**
 * Cuts a long computation into slices that give way to other tasks. The background answers
 * every tab and extension page on one thread: a long page's comparison for the side panel,
 * computed in one go, held back every request that came meanwhile (another tab's page, the
 * options page, the panel itself) for seconds, in Firefox for most of a minute. Awaiting
 * `pause()` between units of work lets them be answered between slices.
 */
export type Pause = () => Promise<void>;

/** How long a slice runs before it gives way: another request waits at most about this long (and one unit). */
const SLICE_MS = 30;

/** A pause that gives way once `sliceMs` have passed since it last did, and otherwise answers at once. */
export function slicer(sliceMs = SLICE_MS, now: () => number = () => performance.now()): Pause {
  let sliceStart = now();
  return async () => {
    if (now() - sliceStart < sliceMs) return;
    // A timer, not a resolved promise: only a new task lets the event loop deliver the messages
    // that are waiting.
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    sliceStart = now();
  };
}
