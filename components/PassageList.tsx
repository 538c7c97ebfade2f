/**
 * The passages of a page that other sources reported, in page order, each with the sources
 * that carried its claim. Selecting a passage asks the page to show it.
 */
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { OutletBadge } from './OutletBadge';
import { RelationLabel } from './RelationLabel';

export interface PassageListProps {
  passages: PassageMatch[];
  onReveal: (passageIndex: number) => void;
}

export function PassageList({ passages, onReveal }: PassageListProps) {
  return (
    <ol class="nc-passages">
      {passages.map((passage, index) => {
        const { sources, copies, differs } = summarizeReports(passage.reports);
        return (
          <li key={`${passage.start}-${passage.claimId}`} class={differs ? 'nc-passage nc-differs' : 'nc-passage'}>
            <button type="button" class="nc-passage-text" onClick={() => onReveal(index)}>
              {passage.text}
            </button>
            <p class="nc-count">
              {sources.length} other {sources.length === 1 ? 'source' : 'sources'}
              {copies.length > 0 && `, ${copies.length} ${copies.length === 1 ? 'copy' : 'copies'}`}
              {differs && ' · figures or quotes differ'}
            </p>
            <ul class="nc-reports">
              {passage.reports.map((report) => (
                <li key={report.sentenceId}>
                  <OutletBadge name={report.outlet} /> <RelationLabel relation={report.relation} />
                  {report.copyOf && <span class="nc-copy"> copy</span>}
                  <q>{report.sentence}</q>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
