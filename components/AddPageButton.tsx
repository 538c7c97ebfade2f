/**
 * Adds the article on the described tab to the user's corpus in one click: the text the
 * extension read there, with its address and title, as importing the page would. Says what
 * happened: added (compared with other pages once indexed), already in the corpus, or why not.
 * Rendered afresh (keyed) for each page, so an answer for one page never shows on another.
 * The button is never disabled, so keyboard focus stays on it; a click while adding is ignored.
 * Once added, a link opens the options page, where the article can be removed again.
 */
import { useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import type { ImportResult } from '@/lib/store/corpus-store';

type Outcome = { kind: 'idle' | 'working' | 'added' | 'present' } | { kind: 'failed'; reason: string };

const SAID: Record<'working' | 'added' | 'present', string> = {
  working: 'Adding…',
  added: 'Added to your corpus: other pages are compared with it once it is indexed.',
  present: 'This page is already in your corpus.',
};

export interface AddPageButtonProps {
  add: () => Promise<ImportResult>;
  /** Opens the user's articles (the options page). */
  onManage: () => void;
}

export function AddPageButton({ add, onManage }: AddPageButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const working = outcome.kind === 'working';

  const onClick = async () => {
    if (working) return;
    setOutcome({ kind: 'working' });
    try {
      const result = await add();
      setOutcome({ kind: result.added.length ? 'added' : 'present' });
    } catch (error) {
      setOutcome({ kind: 'failed', reason: errorMessage(error) });
    }
  };

  return (
    <div class="nc-add-page">
      <button type="button" class="nc-button" onClick={onClick} aria-disabled={working}>
        Add this page to my corpus
      </button>
      <p class="nc-status" role="status">
        {outcome.kind !== 'idle' && outcome.kind !== 'failed' && SAID[outcome.kind]}
      </p>
      {(outcome.kind === 'added' || outcome.kind === 'present') && (
        <button type="button" class="nc-link" onClick={onManage}>
          Manage your articles
        </button>
      )}
      {outcome.kind === 'failed' && (
        <p class="nc-error" role="alert">
          The page could not be added: {outcome.reason}
        </p>
      )}
    </div>
  );
}
