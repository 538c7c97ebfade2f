/** Short phrases shared by the panel's views and its exports, so both say the same thing. */
import type { PassageMatch, Relation, Report } from '../match/types';
import type { SourceSummary } from '../report-summary';
import { outletName } from './article-info';
import type { ArticleInfo, PageReprint } from './types';

export const RELATION_WORDS: Record<Relation, string> = {
  verbatim: 'same words',
  'near-verbatim': 'nearly the same words',
  paraphrase: 'in other words',
  'different-figure': 'different figure',
  'different-quote': 'quote worded differently',
  'via-claim': 'same claim, via other reports',
};

/** "Different figure: 6,297 on this page, 5,438 here": a report's figure beside the page's, as text. */
export function figureDifferenceWords([ours, theirs]: [string, string]): string {
  return `Different figure: ${ours} on this page, ${theirs} here`;
}

/** "Copy of Reuters": a report that reprints another article, named when known. */
export function copyOfWords(original: string | null): string {
  return `Copy of ${original ?? 'another report'}`;
}

/**
 * Said of a page that prints a corpus article's text (PageComparison.reprint), near the top of
 * the panel and of the Markdown: "This page reprints “Title” (Reuters)."; where the corpus
 * takes its article for the copy (the agency's own page), that it holds a copy of the page.
 */
export function reprintWords({ pageIsCopy }: PageReprint, article: ArticleInfo): string {
  const named = `${article.title ? `“${article.title}”` : 'an untitled article'} (${outletName(article) ?? 'outlet unknown'})`;
  return pageIsCopy ? `This page reprints ${named}.` : `The corpus holds a copy of this page: ${named}.`;
}

/** Said of a passage some of whose sources give another figure or word a quote differently (SourceSummary.differs). */
export const DIFFERS_NOTE = 'Sources differ on a figure or a quote.';

/**
 * Said of a passage linked below the pair cut (PassageMatch.loose), wherever the passage is
 * shown. A closest report in the same words is below the cut for saying little ("Therefore, we
 * are not interested in drawing out anything."): "may not say the same thing" beside "same
 * words" would contradict itself, so the doubt is said as it is.
 */
export function looseMatchNote({ reports }: Pick<PassageMatch, 'reports'>): string {
  const closest = reports.reduce<Report | null>((best, report) => (!best || report.score > best.score ? report : best), null);
  return closest && (closest.relation === 'verbatim' || closest.relation === 'near-verbatim')
    ? 'Loose match: the closest report has the same words, but says too little to be sure it reports the same event.'
    : 'Loose match: the closest report shares much of this wording but may not say the same thing.';
}

/** "1 source", "3 sources", "1,200 articles"; "38+ sources" when the count is a lower bound. */
export function counted(count: number, singular: string, plural: string, atLeast = false): string {
  return `${count.toLocaleString('en')}${atLeast ? '+' : ''} ${count === 1 && !atLeast ? singular : plural}`;
}

/** "2 independent sources, 1 copy"; "38+ independent sources" when only the closest reports were listed. */
export function countWords(sources: number, copies: number, more = false): string {
  const s = counted(sources, 'independent source', 'independent sources', more);
  return copies ? `${s}, ${counted(copies, 'copy', 'copies')}` : s;
}

/** countWords for a passage's summary. */
export function summaryWords({ sources, copies, more }: SourceSummary): string {
  return countWords(sources.length, copies.length, more);
}

/** How often the page states a passage in the same words, when more than once (a pull quote). */
export function repeatWords(places: number): string {
  return `stated ${places} times on this page`;
}
