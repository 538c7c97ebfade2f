/**
 * The card shown over a highlighted passage: how many independent sources carried the claim,
 * the closest wording from each with any figure it gives differently, and flags where figures
 * or quotes differ or a source names other people or places (the same words about someone
 * else are the matcher's commonest mistake, so the reader should see it before trusting the
 * count). Text is rendered as text (never as HTML), so page or corpus text cannot inject markup.
 *
 * A non-modal dialog: named by its label, described by its summary line (read out when it
 * takes focus), closed by Escape or its close button. The ids only need to be unique inside
 * the card's shadow root, which holds one card at a time.
 */
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { copyOfWords, counted, DIFFERS_NOTE, looseMatchNote } from '@/lib/panel/wording';
import { publicationDate, reportHeadline, reportSourceLabel } from '@/lib/panel/article-info';
import { FigureDifference } from './FigureDifference';
import { OutletBadge } from './OutletBadge';
import { RelationLabel } from './RelationLabel';
import { ReprintNotice } from './ReprintNotice';
import type { ReprintNote } from '@/lib/panel/types';

export interface HoverCardProps {
  passage: PassageMatch;
  /** Asks for the side panel; answers whether the browser opened it. */
  onCompare: () => void;
  /** Shown when the side panel could not be opened from the page. */
  panelHint: string | null;
  onClose: () => void;
  /** The page reprints a corpus article (as the panel says), once the background has told (getPageReprint). */
  reprint?: ReprintNote | null;
}

const MAX_SOURCES_SHOWN = 4;

export function HoverCard({ passage, onCompare, panelHint, onClose, reprint = null }: HoverCardProps) {
  const { sources, copies, differs, more } = summarizeReports(passage);
  const count = sources.length;
  // Over every source, not only those shown: the note speaks for the count in the heading.
  const otherNames = sources.some((report) => report.names);
  return (
    <div class="nc-card" role="dialog" aria-label="Other sources for this passage" aria-describedby="nc-card-summary" tabIndex={-1}>
      {/* A <div>: a <header> outside any sectioning element would be a second banner landmark of the page. */}
      <div class="nc-card-head">
        <strong id="nc-card-summary">
          Reported by {counted(count, 'other source', 'other sources', more)}
        </strong>
        {copies.length > 0 && (
          <span class="nc-muted">
            {' '}
            + {counted(copies.length, 'copy', 'copies')}
          </span>
        )}
        <button type="button" class="nc-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {/* Its sources are then the reprinted article's, not one more report of it. */}
      <ReprintNotice note={reprint} />
      {passage.loose && (
        <p class="nc-muted nc-loose" role="note">
          {looseMatchNote(passage)}
        </p>
      )}
      {differs && (
        <p class="nc-flag" role="note">
          {DIFFERS_NOTE}
        </p>
      )}
      {otherNames && (
        <p class="nc-flag" role="note">
          Some sources name other people or places.
        </p>
      )}
      <ul class="nc-sources">
        {sources.slice(0, MAX_SOURCES_SHOWN).map((report) => {
          const headline = reportHeadline(report);
          const date = publicationDate(report.published);
          return (
            <li key={report.sentenceId}>
              {/* A page that named no outlet goes by its title, so two such sources can be told apart. */}
              <OutletBadge name={reportSourceLabel(report)} /> <RelationLabel relation={report.relation} />
              {date && (
                <time class="nc-date" dateTime={report.published!}>
                  {' '}
                  · {date}
                </time>
              )}
              {headline && (
                <span class="nc-headline" title={headline}>
                  {headline}
                </span>
              )}
              {/* Not <q>: the sentences often carry their own quotation marks. */}
              <span class="nc-wording">{report.sentence}</span>
              {report.figures.map((figure) => (
                <span key={figure.join('|')} class="nc-figure">
                  <FigureDifference figure={figure} />
                </span>
              ))}
              {/* A copy listed as a source: its original did not report the claim (summarizeReports). */}
              {report.copyOf && <span class="nc-copy">{copyOfWords(null)}</span>}
              {report.names && (
                <span class="nc-names">
                  Other names: {report.names.report.join(', ')} (this page: {report.names.page.join(', ')})
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {count > MAX_SOURCES_SHOWN && <p class="nc-muted">and {count - MAX_SOURCES_SHOWN} more</p>}
      <button type="button" class="nc-compare" onClick={onCompare}>
        Compare sources
      </button>
      {panelHint && (
        <p class="nc-muted" role="status">
          {panelHint}
        </p>
      )}
    </div>
  );
}
