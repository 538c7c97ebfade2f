/**
 * This page's imports: the records read here, then sent under an id that the background's
 * progress (use-import-progress.ts) and a cancel go by, and what the page says afterwards.
 *
 * A cancel while the files are still read is this page's alone: nothing was sent. Once the
 * records are sent, the background decides (entrypoints/background/import-runs.ts): it honours
 * a cancel until the import's commit point, where its transaction aborts with nothing written,
 * and refuses it after; the page says "cancelled" only when the background agreed.
 */
import { useRef, useState } from 'preact/hooks';
import { errorMessage } from '@/lib/error-message';
import { ImportError } from '@/lib/corpus/import/import-error';
import type { ImportRecord } from '@/lib/corpus/import/record';
import { ask } from './background-client';
import type { ImportOutcome } from './import-outcome';

/** A cancel of one import: waiting for the background's answer, or refused as too late. */
export interface CancelState {
  importId: string;
  /** 'unanswered': the background did not answer; the import goes on and may be cancelled again. */
  state: 'asked' | 'refused' | 'unanswered';
}

export interface ImportRunning {
  outcome: ImportOutcome | null;
  cancel: CancelState | null;
  /** Reads and imports; answers whether the articles landed. */
  run: (read: () => Promise<ImportRecord[]>) => Promise<boolean>;
  /** Cancels an import: this page's, or one another window of the options page started. */
  cancelImport: (importId: string) => void;
}

export function useImportRun(): ImportRunning {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [cancel, setCancel] = useState<CancelState | null>(null);
  /** This page's import under way, as its cancel must see it now, not as last drawn. */
  const current = useRef<{ importId: string; sent: boolean; dropped: boolean } | null>(null);
  /** The background's answer to each cancel asked: whether it agreed. */
  const answers = useRef(new Map<string, Promise<boolean>>());

  const cancelledBy = async (importId: string) => (await answers.current.get(importId)?.catch(() => false)) ?? false;

  const run = async (read: () => Promise<ImportRecord[]>) => {
    const importId = crypto.randomUUID();
    current.current = { importId, sent: false, dropped: false };
    setCancel(null);
    setOutcome({ kind: 'working', importId, records: null });
    try {
      const records = await read();
      if (current.current.dropped) {
        setOutcome({ kind: 'cancelled', importId });
        return false;
      }
      current.current.sent = true;
      setOutcome({ kind: 'working', importId, records: records.length });
      const result = await ask('importArticles', { records, importId });
      setOutcome({ kind: 'done', result });
      return true;
    } catch (error) {
      if (await cancelledBy(importId)) {
        setOutcome({ kind: 'cancelled', importId });
        return false;
      }
      const problems = error instanceof ImportError ? error.message.split('\n') : [errorMessage(error)];
      setOutcome({ kind: 'failed', importId, problems });
      return false;
    } finally {
      current.current = null;
      answers.current.delete(importId);
    }
  };

  const cancelImport = (importId: string) => {
    setCancel({ importId, state: 'asked' });
    const mine = current.current?.importId === importId ? current.current : null;
    // Still reading its files: nothing was sent, and now nothing will be.
    if (mine && !mine.sent) {
      mine.dropped = true;
      return;
    }
    const answer = ask('cancelImport', { importId }).then(({ cancelled }) => cancelled);
    answers.current.set(importId, answer);
    answer.then(
      (cancelled) => !cancelled && setCancel({ importId, state: 'refused' }),
      // The background did not answer: the import goes on, and may be cancelled again.
      () => setCancel({ importId, state: 'unanswered' }),
    );
  };

  return { outcome, cancel, run, cancelImport };
}
