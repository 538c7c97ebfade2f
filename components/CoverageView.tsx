/**
 * How the page's event was covered: claims the page states with other figures, claims other
 * sources reported that the page leaves out ("Not on this page"), and which source carried
 * which claim.
 */
import { useState } from 'preact/hooks';
import { sourceLabel } from '@/lib/panel/article-info';
import { contextText } from '@/lib/panel/claim-context';
import { countWords } from '@/lib/panel/wording';
import type { ArticleInfo, ClaimContext, PageComparison } from '@/lib/panel/types';
import { CoverageMatrix } from './CoverageMatrix';

/** Left-out claims shown before "Show all": the most widely carried ones. */
export const NOT_ON_PAGE_SHOWN = 8;

/** What a claim's wording leans on ("He said…", a quotation's opening), read first and set apart (lib/panel/claim-context.ts). */
function Context({ before }: { before: ClaimContext | null }) {
  return before === null ? null : <span class="nc-context">After: {contextText(before)}</span>;
}

function Sources({ ids, articles }: { ids: string[]; articles: Record<string, ArticleInfo> }) {
  return <span class="nc-sources-line">{ids.map((id) => sourceLabel(articles[id])).join(' · ')}</span>;
}

export function CoverageView({ comparison }: { comparison: PageComparison }) {
  const { coverage, articles } = comparison;
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? coverage.notOnPage : coverage.notOnPage.slice(0, NOT_ON_PAGE_SHOWN);
  return (
    <div class="nc-coverage">
      {coverage.otherFigures.length > 0 && (
        <section aria-labelledby="nc-other-figures">
          <h2 id="nc-other-figures">Stated here with other figures</h2>
          <ul class="nc-claims nc-other-figures">
            {coverage.otherFigures.map((claim) => (
              <li key={claim.claimId} class="nc-flag-figure">
                <span class="nc-page-wording">{claim.pageSentence}</span>
                <Context before={claim.before} />
                <span class="nc-corpus-wording">{claim.text}</span>
                <p class="nc-flag">
                  Different figure:{' '}
                  {claim.figures.map(([ours, theirs], i) => (
                    <span key={i}>
                      {i > 0 && '; '}
                      <strong>{ours}</strong> on this page, <strong>{theirs}</strong> in other sources
                    </span>
                  ))}
                </p>
                <Sources ids={claim.articleIds} articles={articles} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="nc-not-on-page">
        <h2 id="nc-not-on-page">Not on this page</h2>
        {coverage.notOnPage.length === 0 ? (
          <p class="nc-empty">Nothing the other sources reported about this event is missing here.</p>
        ) : (
          <>
            <p class="nc-hint">Reported by the sources of this page’s claims, but not by this page; most widely carried first.</p>
            <ul class="nc-claims nc-not-on-page">
              {shown.map((claim) => (
                <li key={claim.claimId}>
                  <Context before={claim.before} />
                  <span class="nc-claim-line">{claim.text}</span>
                  <span class="nc-count"> {countWords(claim.sources, claim.copies)}: </span>
                  <Sources ids={claim.articleIds} articles={articles} />
                </li>
              ))}
            </ul>
            {coverage.notOnPage.length > NOT_ON_PAGE_SHOWN && (
              <button type="button" class="nc-link" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
                {showAll ? 'Show fewer' : `Show all ${coverage.notOnPage.length}`}
              </button>
            )}
          </>
        )}
      </section>
      <section aria-labelledby="nc-matrix">
        <h2 id="nc-matrix">Who reported what</h2>
        <CoverageMatrix coverage={coverage} articles={articles} rowLimit={showAll ? undefined : coverage.rows.length - coverage.notOnPage.length + shown.length} />
      </section>
    </div>
  );
}
