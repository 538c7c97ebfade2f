/**
 * The page summary: the claims found on the page, in page order, each with how many
 * independent sources and copies reported it, whether some source gives other figures, a quote
 * in other words or other names, and whether the link is loose. Activating one shows it on the
 * page and opens its comparison; arrow keys move through the list.
 */
import { reportsNamingOthers } from '@/lib/compare/names';
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { summaryWords } from '@/lib/panel/wording';
import { arrowKeys } from './arrow-keys';

export interface PassageListProps {
  passages: PassageMatch[];
  onReveal: (passageIndex: number) => void;
  /** Opens the claim view of a passage. */
  onSelect?: (passageIndex: number) => void;
}

export function PassageList({ passages, onReveal, onSelect }: PassageListProps) {
  return (
    <ol class="nc-passages" onKeyDown={arrowKeys('.nc-passage-text')}>
      {passages.map((passage, index) => {
        const summary = summarizeReports(passage);
        const otherNames = reportsNamingOthers(passage.text, summary.sources).size > 0;
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
