/**
 * The words each source uses for the same things (Kiev or Kyiv, "special military operation"
 * or invasion, liberated or occupied): one row per source, the page first. A term a source
 * only quotes is shown between quotation marks, after its own words. A copy's row, kept
 * because it changed its original's words, says whose copy it is.
 */
import { sourceLabel } from '@/lib/panel/article-info';
import { termText } from '@/lib/panel/framing-table';
import type { ArticleInfo, FramingTable as Table } from '@/lib/panel/types';
import { ScrollRegion } from './ScrollRegion';

export function FramingTable({ framing, articles }: { framing: Table; articles: Record<string, ArticleInfo> }) {
  if (!framing.concepts.length) return <p class="nc-empty">No source names a framing-sensitive thing (Kyiv, the war, the occupied areas…).</p>;
  return (
    <ScrollRegion label="Framing table">
      <table class="nc-framing">
        <caption>Words each source uses for the same thing</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            {framing.concepts.map((concept) => (
              <th scope="col" key={concept}>
                {concept}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {framing.rows.map((row) => (
            <tr key={row.articleId ?? 'page'} class={row.articleId === null ? 'nc-page-row' : undefined}>
              <th scope="row">{row.articleId === null ? 'This page' : <RowSource info={articles[row.articleId]} articles={articles} />}</th>
              {framing.concepts.map((concept) => (
                <td key={concept}>
                  {(row.terms[concept] ?? []).map((use, i) => (
                    <span key={`${use.term}${use.quoted ? ' quoted' : ''}`} class="nc-term">
                      {i > 0 && ', '}
                      {termText(use)}
                      {use.count > 1 && <span class="nc-term-count"> ×{use.count}</span>}
                    </span>
                  ))}
                  {!row.terms[concept] && <span class="nc-none" aria-label="not used">–</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A source's name; a copy's says whose copy it is. */
function RowSource({ info, articles }: { info: ArticleInfo | undefined; articles: Record<string, ArticleInfo> }) {
  return (
    <>
      {sourceLabel(info)}
      {info?.copyOf && <span class="nc-copy"> copy of {sourceLabel(articles[info.copyOf])}</span>}
    </>
  );
}
