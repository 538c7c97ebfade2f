/**
 * One source's report of a claim: outlet badge, title, publication date (or the relative time
 * the saved page showed), the sentence with its differences from the page's wording, and flags
 * for other figures, other names, or a copy of another report (a differently worded quote is
 * its relation, said once by the relation label).
 */
import { reportSourceLabel, reportTime, sourceLabel } from '@/lib/panel/article-info';
import type { ReportCard as CardData } from '@/lib/panel/report-cards';
import { copyOfWords } from '@/lib/panel/wording';
import { DiffText } from './DiffText';
import { FigureDifference } from './FigureDifference';
import { OutletBadge } from './OutletBadge';
import { RelationLabel } from './RelationLabel';

export function ReportCard({ card }: { card: CardData }) {
  const { report, article, names, copyOf, sameWords, diff } = card;
  const time = reportTime(report, article);
  return (
    <article class={report.copyOf ? 'nc-report nc-report-copy' : 'nc-report'} aria-label={`Report by ${article ? sourceLabel(article) : reportSourceLabel(report)}`}>
      <header class="nc-report-head">
        <OutletBadge name={report.outlet} outletId={article?.outletId} />
        {time?.dateTime ? (
          <time class="nc-time" dateTime={time.dateTime}>
            {time.label}
          </time>
        ) : (
          time && <span class="nc-time">{time.label}</span>
        )}
      </header>
      {report.title && <p class="nc-report-title">{report.title}</p>}
      <p class="nc-report-sentence">
        {sameWords ? report.sentence : <DiffText diff={diff} />}
      </p>
      <ul class="nc-flags">
        <li>
          <RelationLabel relation={report.relation} />
        </li>
        {report.figures.map((figure) => (
          <li key={figure.join('|')} class="nc-flag nc-flag-figure">
            <FigureDifference figure={figure} />
          </li>
        ))}
        {names && (
          <li class="nc-flag nc-flag-names">
            Other names: <strong>{names.page.join(', ')}</strong> on this page; <strong>{names.report.join(', ')}</strong> here
          </li>
        )}
        {report.copyOf && (
          <li class="nc-flag nc-flag-copy">
            {copyOfWords(copyOf ? sourceLabel(copyOf) : null)}
            {article?.via && ` (found on ${article.via})`}
          </li>
        )}
      </ul>
    </article>
  );
}
