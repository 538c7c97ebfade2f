/**
 * Under the "not a news article" notice: the keyboard's way to what the toolbar button does,
 * reading the page anyway. A page the panel cannot reach (outside the built-in news sites, where
 * only a click on the toolbar button grants access) says so.
 */
import { useState } from 'preact/hooks';

export function ReadAnywayButton({ read }: { read: () => Promise<{ ok: boolean }> }) {
  const [state, setState] = useState<'idle' | 'asking' | 'refused'>('idle');
  const ask = () => {
    // aria-disabled, not disabled: the button keeps keyboard focus while the page is read.
    if (state === 'asking') return;
    setState('asking');
    read().then(
      ({ ok }) => setState(ok ? 'idle' : 'refused'),
      () => setState('refused'),
    );
  };
  return (
    <div class="nc-read-anyway">
      <button type="button" class="nc-button" onClick={ask} aria-disabled={state === 'asking'}>
        {state === 'asking' ? 'Reading…' : 'Read this page anyway'}
      </button>
      {state === 'refused' && (
        <p role="status">The panel cannot reach this page: click the News Context toolbar button on it instead.</p>
      )}
    </div>
  );
}
