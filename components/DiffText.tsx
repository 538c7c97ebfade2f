/**
 * A report's sentence with its word-level differences from the page's wording: words the
 * report has and the page lacks are marked as inserted, the page's words it lacks as deleted,
 * each reworded stretch as one deletion and one insertion.
 */
import type { DiffPart } from '@/lib/match/types';
import { diffRuns } from '@/lib/panel/diff-runs';

export function DiffText({ diff }: { diff: DiffPart[] }) {
  return (
    <span class="nc-diff">
      {diffRuns(diff).map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} class="nc-added">{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={i} class="nc-removed">{part.text}</del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
