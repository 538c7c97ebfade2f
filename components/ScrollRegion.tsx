/**
 * A wide table's box, scrolled sideways in a narrow panel: a named region, focusable so that a
 * keyboard reader can scroll it with the arrow keys and a screen reader says what it holds
 * (browsers make a scroll box focusable on their own, but unnamed, and not all of them).
 */
import type { ComponentChildren } from 'preact';

export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="nc-matrix-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
