/**
 * The outlet × claim matrix: one row per claim (the page's first), one numbered column per
 * source with a legend below; a filled mark for a report, a hollow one for a copy. Each row's
 * mark says whether its claim is on the page, on it with other figures, or left out.
 */
import { sourceLabel } from '@/lib/panel/article-info';
import { outletDetails } from '@/lib/panel/outlet-details';
import type { ArticleInfo, Coverage, RowPlace } from '@/lib/panel/types';
import { ScrollRegion } from './ScrollRegion';

/**
 * Each row's mark, the words its key and screen readers give, and its class. A claim stated with
 * other figures is on the page, in other numbers: a mark of its own, neither on nor off.
 */
const ROW_MARKS: Record<RowPlace, { mark: string; words: string; class: string }> = {
  page: { mark: '▶', words: 'on this page', class: 'nc-on-page' },
  'other-figures': { mark: '◆', words: 'on this page with other figures', class: 'nc-other-figures-row' },
  'left-out': { mark: '○', words: 'not on this page', class: 'nc-left-out' },
};
const ROW_PLACES: RowPlace[] = ['page', 'other-figures', 'left-out'];

export interface CoverageMatrixProps {
  coverage: Coverage;
  articles: Record<string, ArticleInfo>;
  /** Rows shown, from the top; all when undefined. */
  rowLimit?: number;
}

export function CoverageMatrix({ coverage, articles, rowLimit }: CoverageMatrixProps) {
  const rows = rowLimit === undefined ? coverage.rows : coverage.rows.slice(0, rowLimit);
  const label = (id: string) => sourceLabel(articles[id]);
  return (
    <ScrollRegion label="Who reported what, by source">
      <table class="nc-matrix">
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {coverage.columns.map((id, i) => (
              <th scope="col" key={id} title={label(id)}>
                <abbr title={label(id)}>{i + 1}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.claimId} class={ROW_MARKS[row.place].class}>
              <th scope="row" title={row.text}>
                <span class="nc-row-mark" aria-label={ROW_MARKS[row.place].words}>
                  {ROW_MARKS[row.place].mark}
                </span>{' '}
                <span class="nc-row-text">{row.text}</span>
              </th>
              {coverage.columns.map((id) => {
                const carried = row.articleIds.includes(id);
                const copy = carried && !!articles[id]?.copyOf;
                return (
                  <td key={id} aria-label={carried ? `${label(id)}${copy ? ' (copy)' : ''}` : undefined}>
                    {carried ? (copy ? '◦' : '●') : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ol class="nc-legend">
        {coverage.columns.map((id) => {
          const info = articles[id];
          const details = info ? outletDetails(info.outlet, info.outletId).details : '';
          return (
            <li key={id}>
              {label(id)}
              {details && <span class="nc-badge-kind"> ({details})</span>}
              {info?.copyOf && <span class="nc-copy"> copy of {label(info.copyOf)}</span>}
            </li>
          );
        })}
      </ol>
      <p class="nc-hint">{ROW_PLACES.map((place) => `${ROW_MARKS[place].mark} ${ROW_MARKS[place].words}`).join(' · ')} · ● reported · ◦ reprinted copy</p>
    </ScrollRegion>
  );
}
