/**
 * The page summary: the claims found on the page, in page order, each with how many
 * independent sources and copies reported it, whether some source gives other figures, a quote
 * in other words or other names, and whether the link is loose. Activating one shows it on the
 * page and opens its comparison; arrow keys move through the list.
 */
import { useMemo, useRef } from 'preact/hooks';
import { reportsNamingOthers } from '@/lib/compare/names';
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { summaryWords } from '@/lib/panel/wording';
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
  useReturnFocus(list, returnedFrom === null || returnedFrom < 0 ? null : `.nc-passage:nth-child(${returnedFrom + 1}) .nc-passage-text`, onReturned);
  // The names check analyses every report's sentence: once per list of passages, not on every
  // render of the panel (the comparison arriving, the index status changing).
  const summaries = useMemo(
    () => passages.map((passage) => {
      const summary = summarizeReports(passage);
      return { summary, otherNames: reportsNamingOthers(passage.text, summary.sources).size > 0 };
    }),
    [passages],
  );
  return (
    <ol ref={list} class="nc-passages" onKeyDown={arrowKeys('.nc-passage-text')}>
      {passages.map((passage, index) => {
        const { summary, otherNames } = summaries[index];
        return (
          <li key={`${passage.start}-${passage.claimId}`} class={summary.differs ? 'nc-passage nc-differs' : 'nc-passage'}>
            <button
              type="button"
              class="nc-passage-text"
              onClick={() => {
                onReveal(index);
                onSelect?.(index);
              }}
            >
              {passage.text}
            </button>
            <p class="nc-count">
              {summaryWords(summary)}
              {summary.differs && <span class="nc-flag-inline"> · figures or quotes differ</span>}
              {otherNames && <span class="nc-flag-inline"> · other names</span>}
              {passage.loose && <span class="nc-loose"> · loose match</span>}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
