/** One claim of the page compared across sources: every report as a card, originals first. */
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { reportCards } from '@/lib/panel/report-cards';
import { useState } from 'preact/hooks';
import { looseMatchNote, repeatWords, summaryWords } from '@/lib/panel/wording';
import type { ArticleInfo } from '@/lib/panel/types';
import { BackButton } from './BackButton';
import { ReportCard } from './ReportCard';

export interface ClaimViewProps {
  passage: PassageMatch;
  /** Article details by id (time, registry id, originals of copies); may still be loading. */
  articles: Record<string, ArticleInfo>;
  onBack: () => void;
  /** Shows the passage's `place`th place on the page (0 for the first). */
  onReveal: (place: number) => void;
  /** How many places the page states the passage at, in the same words (a pull quote repeats it). */
  places?: number;
}

export function ClaimView({ passage, articles, onBack, onReveal, places = 1 }: ClaimViewProps) {
  const summary = summarizeReports(passage);
  const cards = reportCards(passage, articles);
  // Each "Show on the page" goes on to the next place, round to the first.
  const [nextPlace, setNextPlace] = useState(0);
  const reveal = () => {
    onReveal(nextPlace % places);
    setNextPlace((nextPlace + 1) % places);
  };
  return (
    <div class="nc-claim">
      <BackButton label="All claims" onClick={onBack} />
      <blockquote class="nc-claim-text">{passage.text}</blockquote>
      <p class="nc-count">
        {summaryWords(summary)}{' '}
        <button type="button" class="nc-link" onClick={reveal}>
          Show on the page
        </button>
        {places > 1 && <span class="nc-hint"> ({repeatWords(places)}: each click shows the next)</span>}
      </p>
      {passage.loose && <p class="nc-muted nc-loose">{looseMatchNote(passage)}</p>}
      <div class="nc-reports">
        {cards.map((card) => (
          <ReportCard key={card.report.sentenceId} card={card} />
        ))}
      </div>
    </div>
  );
}
