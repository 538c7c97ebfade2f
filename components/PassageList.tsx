/**
 * The page summary: the claims found on the page, in page order (a repeat, such as a pull
 * quote, listed once with how often the page states it), each with how many
 * independent sources and copies reported it, whether some source gives other figures, a quote
 * in other words or other names, and whether the link is loose. Activating one shows it on the
 * page and opens its comparison; arrow keys move through the list.
 */
import { useMemo, useRef } from 'preact/hooks';
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { distinctPassages } from '@/lib/panel/repeated-passages';
import { repeatWords, summaryWords } from '@/lib/panel/wording';
import { arrowKeys } from './arrow-keys';
import { useReturnFocus } from './return-focus';

export interface PassageListProps {
  passages: PassageMatch[];
  onReveal: (passageIndex: number) => void;
  /** Opens the claim view of a passage. */
  onSelect?: (passageIndex: number) => void;
  /** The passage whose claim the reader just came back from: it takes focus once (return-focus.ts). */
  returnedFrom?: number | null;
  /** Told once `returnedFrom` has taken focus, so it does not take it again. */
  onReturned?: () => void;
}

export function PassageList({ passages, onReveal, onSelect, returnedFrom = null, onReturned = () => {} }: PassageListProps) {
  const list = useRef<HTMLOListElement>(null);
  // Once per list of passages, not on every render of the panel (the comparison arriving, the index status changing).
  const entries = useMemo(
    () => distinctPassages(passages).map((distinct) => {
      const summary = summarizeReports(distinct.passage);
      // Over the sources the count names, as the hover card flags them.
      return { ...distinct, summary, otherNames: summary.sources.some((report) => report.names) };
    }),
    [passages],
  );
  const returnedEntry = returnedFrom === null ? -1 : entries.findIndex((entry) => entry.indices.includes(returnedFrom));
  useReturnFocus(list, returnedEntry < 0 ? null : `.nc-passage:nth-child(${returnedEntry + 1}) .nc-passage-text`, onReturned);
  return (
    <ol ref={list} class="nc-passages" onKeyDown={arrowKeys('.nc-passage-text')}>
      {entries.map(({ passage, indices, summary, otherNames }) => (
        <li key={`${passage.start}-${passage.claimId}`} class={summary.differs ? 'nc-passage nc-differs' : 'nc-passage'}>
          <button
            type="button"
            class="nc-passage-text"
            onClick={() => {
              onReveal(indices[0]);
              onSelect?.(indices[0]);
            }}
          >
            {passage.text}
          </button>
          <p class="nc-count">
            {summaryWords(summary)}
            {indices.length > 1 && <span class="nc-flag-inline"> · {repeatWords(indices.length)}</span>}
            {summary.differs && <span class="nc-flag-inline"> · figures or quotes differ</span>}
            {otherNames && <span class="nc-flag-inline"> · other names</span>}
            {passage.loose && <span class="nc-loose"> · loose match</span>}
          </p>
        </li>
      ))}
    </ol>
  );
}
