/** One claim of the page compared across sources: every report as a card, originals first. */
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { reportCards } from '@/lib/panel/report-cards';
import { LOOSE_MATCH_NOTE, summaryWords } from '@/lib/panel/wording';
import type { ArticleInfo } from '@/lib/panel/types';
import { BackButton } from './BackButton';
import { ReportCard } from './ReportCard';

export interface ClaimViewProps {
  passage: PassageMatch;
  /** Article details by id (time, registry id, originals of copies); may still be loading. */
  articles: Record<string, ArticleInfo>;
  onBack: () => void;
  onReveal: () => void;
}

export function ClaimView({ passage, articles, onBack, onReveal }: ClaimViewProps) {
  const summary = summarizeReports(passage);
  const cards = reportCards(passage, articles);
  return (
    <div class="nc-claim">
      <BackButton label="All claims" onClick={onBack} />
      <blockquote class="nc-claim-text">{passage.text}</blockquote>
      <p class="nc-count">
        {summaryWords(summary)}{' '}
        <button type="button" class="nc-link" onClick={onReveal}>
          Show on the page
        </button>
      </p>
      {passage.loose && <p class="nc-muted nc-loose">{LOOSE_MATCH_NOTE}</p>}
      <div class="nc-reports">
        {cards.map((card) => (
          <ReportCard key={card.report.sentenceId} card={card} />
        ))}
      </div>
    </div>
  );
}
