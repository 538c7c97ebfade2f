/**
 * Arrow-key movement inside a list or tab row: focus moves between the container's items
 * (matched by a selector) with the arrows, Home and End, so one Tab enters the list and the
 * next Tab leaves it.
 */
import type { JSX } from 'preact';

type Axis = 'vertical' | 'horizontal';

const KEYS: Record<Axis, { next: string; previous: string }> = {
  vertical: { next: 'ArrowDown', previous: 'ArrowUp' },
  horizontal: { next: 'ArrowRight', previous: 'ArrowLeft' },
};

/** A keydown handler for the container; `onMove` is told the newly focused item. */
export function arrowKeys(
  itemSelector: string,
  axis: Axis = 'vertical',
  onMove?: (item: HTMLElement, index: number) => void,
): JSX.KeyboardEventHandler<HTMLElement> {
  return (event) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>(itemSelector)];
    const at = items.findIndex((item) => item === document.activeElement || item.contains(document.activeElement));
    if (at < 0) return;
    const { next, previous } = KEYS[axis];
    const target =
      event.key === next ? (at + 1) % items.length
      : event.key === previous ? (at - 1 + items.length) % items.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? items.length - 1
      : -1;
    if (target < 0) return;
    event.preventDefault();
    items[target].focus();
    onMove?.(items[target], target);
  };
}
