/**
 * How many independent sources carried a claim. A reprint (aggregator or wire copy) counts as
 * a copy of its original, not as one more confirmation.
 */
import type { PassageMatch, Report } from './match/types';

export interface SourceSummary {
  /** The closest report from each independent source, best first. */
  sources: Report[];
  /**
   * Reports that reprint another article listed besides their source: a copy whose original
   * did not report the claim stands for that source instead (in `sources`, counted once).
   */
  copies: Report[];
  /** Some source gives another figure or words a quote differently. */
  differs: boolean;
  /** The claim has more reports than the passage lists, so the source count is a lower bound. */
  more: boolean;
}

export function summarizeReports({ reports, moreReports }: Pick<PassageMatch, 'reports' | 'moreReports'>): SourceSummary {
  const bestBySource = new Map<string, Report>();
  for (const report of reports) {
    // A copy whose original is not among the reports still stands for that original's source.
    const source = report.copyOf ?? report.articleId;
    const best = bestBySource.get(source);
    if (!best || (best.copyOf && !report.copyOf) || (!!best.copyOf === !!report.copyOf && report.score > best.score)) {
      bestBySource.set(source, report);
    }
  }
  const sources = [...bestBySource.values()];
  return {
    sources: sources.sort((a, b) => b.score - a.score),
    // Every other copy; the one standing for its source is not counted twice.
    copies: reports.filter((report) => report.copyOf && !sources.includes(report)),
    differs: reports.some((r) => r.relation === 'different-figure' || r.relation === 'different-quote'),
    more: moreReports,
  };
}

/**
 * The same count over articles rather than reports (a claim's carriers in the coverage and the
 * corpus browser): each source once, whether its original or only copies of it are listed, and
 * every other article a copy. `copyOf` gives an article's original, or null for an original.
 */
export function countSources(articleIds: readonly string[], copyOf: (articleId: string) => string | null): { sources: number; copies: number } {
  const articles = new Set(articleIds);
  const sources = new Set([...articles].map((id) => copyOf(id) ?? id));
  return { sources: sources.size, copies: articles.size - sources.size };
}
