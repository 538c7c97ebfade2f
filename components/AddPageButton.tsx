/**
 * Adds the article on the described tab to the user's corpus in one click: the text the
 * extension read there, with its address and title, as importing the page would. Says what
 * happened: added (compared with other pages once indexed), already in the corpus, or why not.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import type { ImportResult } from '@/lib/store/corpus-store';

type Outcome = { kind: 'idle' | 'working' | 'added' | 'present' } | { kind: 'failed'; reason: string };

export interface AddPageButtonProps {
  /** Changes with the page described, which starts the button afresh. */
  pageKey: string;
  add: () => Promise<ImportResult>;
}

export function AddPageButton({ pageKey, add }: AddPageButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  useEffect(() => setOutcome({ kind: 'idle' }), [pageKey]);

  const onClick = async () => {
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
      <button type="button" class="nc-button" onClick={onClick} disabled={outcome.kind === 'working' || outcome.kind === 'added'}>
        Add this page to my corpus
      </button>
      <p class="nc-status" role="status">
        {outcome.kind === 'added' && 'Added to your corpus: other pages are compared with it once it is indexed.'}
        {outcome.kind === 'present' && 'This page is already in your corpus.'}
      </p>
      {outcome.kind === 'failed' && (
        <p class="nc-error" role="alert">
          The page could not be added: {outcome.reason}
        </p>
      )}
    </div>
  );
}
