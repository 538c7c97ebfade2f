/**
 * Gives focus back to the control a view was opened from, once the reader comes back from that
 * view (its Back button unmounts with it). The control has been drawn anew by then, so it is
 * found again by a selector. Without it focus falls to <body>, and a keyboard reader's next Tab
 * starts again at the top of the panel instead of at the item they had opened.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Focuses `selector` inside `container` whenever `selector` is set, then calls `done`. */
export function useReturnFocus(container: RefObject<HTMLElement>, selector: string | null, done: () => void): void {
  useEffect(() => {
    if (selector === null) return;
    container.current?.querySelector<HTMLElement>(selector)?.focus();
    done();
  }, [selector]);
}
