/**
 * The claim view's cards: each report of a page passage with what a reader should notice
 * about it (other figures, other names, a copy of another report; its relation says whether it
 * words a quote differently), originals first by closeness, each followed by its copies.
 */
import { relatorFor } from '../compare/relation';
import type { DiffPart, DifferingNames, PassageMatch, Report } from '../match/types';
import type { ArticleInfo } from './types';

/** What a reader should notice about one report, without the word diff (the exports quote it whole). */
export interface ReportNote {
  report: Report;
  article: ArticleInfo | undefined;
  /** Names each side gives that the other does not (both some), or null. */
  names: DifferingNames | null;
  /** The article this report reprints, when it is a copy. */
  copyOf: ArticleInfo | undefined;
  /** The report's words match the page's exactly (typography aside). */
  sameWords: boolean;
}

export interface ReportCard extends ReportNote {
  /** Word differences from the page's wording to the report's. */
  diff: DiffPart[];
}

/**
 * A passage's reports in the order its cards show them: originals by closeness, each followed
 * by its copies; copies whose original did not report this claim still come, last. The exports
 * list reports in this order too, but need none of the cards' word diffs.
 */
export function inCardOrder(reports: readonly Report[]): Report[] {
  const originals = reports.filter((r) => !r.copyOf).sort((a, b) => b.score - a.score);
  const copies = reports.filter((r) => r.copyOf);
  const ordered: Report[] = [];
  // An original may report the claim twice (its lead, then again lower down): its copies
  // follow its closest report, once.
  const placed = new Set<Report>();
  for (const original of originals) {
    ordered.push(original);
    for (const copy of copies) {
      if (copy.copyOf !== original.articleId || placed.has(copy)) continue;
      ordered.push(copy);
      placed.add(copy);
    }
  }
  ordered.push(...copies.filter((c) => !placed.has(c)));
  return ordered;
}

/** A passage's reports in card order with what to notice about each: the Markdown export's list. */
export function reportNotes(passage: PassageMatch, articles: Record<string, ArticleInfo>): ReportNote[] {
  return inCardOrder(passage.reports).map((report) => ({
    report,
    article: articles[report.articleId],
    names: report.names,
    copyOf: report.copyOf ? articles[report.copyOf] : undefined,
    sameWords: report.relation === 'verbatim',
  }));
}

/** The claim view's cards: the notes with each report's word diff from the page's wording. */
export function reportCards(passage: PassageMatch, articles: Record<string, ArticleInfo>): ReportCard[] {
  const relate = relatorFor(passage.text);
  return reportNotes(passage, articles).map((note) => ({ ...note, diff: relate(note.report.sentence).diff }));
}
