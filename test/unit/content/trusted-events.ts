/**
 * Events as the browser sends them for the reader's own input. happy-dom has no isTrusted
 * (undefined), so every event it dispatches counts as one a page's script made up.
 */
import { vi } from 'vitest';

export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/**
 * Until the answered function is called, focus moved by element.focus() arrives as trusted
 * focusin events, as browsers send it, whether the page's script or the reader's Tab moved
 * it; a focusin a script dispatches stays untrusted.
 */
export function trustFocusMoves(): () => void {
  const focus = HTMLElement.prototype.focus;
  let moving = false;
  const mark = (event: Event) => void (moving && trusted(event));
  // The window hears it first, capturing.
  addEventListener('focusin', mark, true);
  const spy = vi.spyOn(HTMLElement.prototype, 'focus').mockImplementation(function (this: HTMLElement, options?: FocusOptions) {
    moving = true;
    try {
      focus.call(this, options);
    } finally {
      moving = false;
    }
  });
  return () => {
    spy.mockRestore();
    removeEventListener('focusin', mark, true);
  };
}
