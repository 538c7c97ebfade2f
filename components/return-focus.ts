/**
 * Keeps a keyboard reader's place when the element holding focus goes from the page: a view
 * closed with its Back button, an import's progress with its Cancel, a removed file's row with
 * its button. Without it focus falls to <body>, and a screen reader is left nowhere while the
 * next Tab starts again at the top of the page. `useFocusLeaving` tells that the element
 * holding focus is going; `useReturnFocus` puts focus where the reader expects it next, found
 * by a selector in what is drawn then.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/** Focuses `selector` inside `container` whenever `selector` is set, then calls `done`. */
export function useReturnFocus(container: RefObject<HTMLElement>, selector: string | null, done: () => void): void {
  useEffect(() => {
    if (selector === null) return;
    container.current?.querySelector<HTMLElement>(selector)?.focus();
    done();
  }, [selector]);
}

/**
 * Calls `leaving` when `element` is taken off the page while focus is in it, or on <body>: a
 * browser may drop focus from a button disabled while it held it (Cancel, once pressed), and
 * the reader is still there. Focus the reader moved elsewhere is left alone.
 */
export function useFocusLeaving(element: RefObject<HTMLElement>, leaving: () => void): void {
  const latest = useRef(leaving);
  latest.current = leaving;
  // A layout effect's cleanup runs before the element is taken out, while focus is still in it.
  useLayoutEffect(
    () => () => {
      const focused = document.activeElement;
      if (focused === null || focused === document.body || element.current?.contains(focused)) latest.current();
    },
    [],
  );
}
