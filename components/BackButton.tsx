/**
 * "← …": back to the list a view was opened from. It takes focus when shown, so a keyboard
 * reader who opened an item is on the way back. The autofocus attribute cannot be relied on
 * for it: browsers act on it only until one autofocus has been processed in the document, and
 * Preact does not polyfill it as React does.
 */
import { useEffect, useRef } from 'preact/hooks';

export function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <button ref={button} type="button" class="nc-back" onClick={onClick}>
      ← {label}
    </button>
  );
}
