/**
 * An import under way: its phase in words, how far it got, and its Cancel button. Screen readers
 * hear the phase (a polite live region) once each time it changes, not each count: the counts
 * and the progress bar beside it are read when the reader goes to them. Cancel is offered while
 * the import can still change nothing; after its commit point the button stays, disabled, with
 * the reason (entrypoints/background/import-runs.ts says why it cannot be honoured then).
 */
import { useRef } from 'preact/hooks';
import { counted } from '@/lib/panel/wording';
import type { ImportProgress } from '@/lib/protocol';
import { useFocusLeaving } from '@/components/return-focus';
import type { CancelState } from './use-import-run';

/** Where an import stands: still on this page (its files read, or its records on their way), or as the background publishes it. */
export type ImportStage = { phase: 'reading'; importId: string } | { phase: 'sending'; importId: string; total: number } | ImportProgress;

const count = (n: number) => counted(n, 'article', 'articles');

function phaseWords(stage: ImportStage): string {
  switch (stage.phase) {
    case 'reading':
      return 'Importing: reading the files';
    case 'sending':
      return `Importing: sending ${count(stage.total)} to be stored`;
    case 'checking':
      return `Importing: checking ${count(stage.total)} for duplicates and reprints`;
    case 'storing':
      return `Importing: storing ${count(stage.total)}`;
    case 'indexing':
      return `Importing: indexing ${count(stage.total)} and grouping their claims`;
  }
}

/** Why Cancel is disabled past the commit point. */
const FINISHING = { storing: 'Finishing: the articles are being stored.', indexing: 'Finishing: the articles are stored.' } as const;

export interface ImportProgressViewProps {
  stage: ImportStage;
  cancel: CancelState | null;
  onCancel: (importId: string) => void;
  /** The import is over and the view goes while it holds focus (its Cancel): the page puts focus back (return-focus.ts). */
  onFocusLeaving: () => void;
}

export function ImportProgressView({ stage, cancel, onCancel, onFocusLeaving }: ImportProgressViewProps) {
  const view = useRef<HTMLDivElement>(null);
  useFocusLeaving(view, onFocusLeaving);
  const asked = cancel?.importId === stage.importId ? cancel.state : null;
  const finishing = stage.phase === 'storing' || stage.phase === 'indexing' ? FINISHING[stage.phase] : asked === 'refused' ? FINISHING.storing : null;
  const indexing = stage.phase === 'indexing' ? stage : null;
  return (
    <div ref={view} class="nc-import-progress" data-phase={stage.phase}>
      <p role="status">
        {phaseWords(stage)}.{finishing && <span id="nc-import-finishing"> {finishing}</span>}
        {asked === 'unanswered' && !finishing && ' Could not cancel: the import goes on. Try again.'}
      </p>
      <p>
        {/* Without a value the bar shows work under way of unknown length: only indexing is counted. */}
        {indexing ? <progress aria-label="Import progress" max={Math.max(indexing.total, 1)} value={indexing.done} /> : <progress aria-label="Import progress" />}
        {indexing && ` ${indexing.done.toLocaleString('en')} of ${count(indexing.total)} indexed `}{' '}
        <button type="button" disabled={asked === 'asked' || asked === 'refused' || finishing !== null} aria-describedby={finishing ? 'nc-import-finishing' : undefined} onClick={() => onCancel(stage.importId)}>
          {asked === 'asked' ? 'Cancelling…' : 'Cancel import'}
        </button>
      </p>
    </div>
  );
}
