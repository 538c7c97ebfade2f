/** Assembles the panel's comparison of a page from what the corpus holds about its event. */
import type { PassageMatch } from '../match/types';
import type { Article } from '../types';
import { infoById } from './article-info';
import { eventCoverage } from './coverage';
import { framingTable } from './framing-table';
import type { PageReading } from './page-reading';
import { pageReprint } from './page-reprint';
import type { Pause } from '../slices';
import type { ComparedPage, PageComparison, SentenceRef } from './types';

export interface ComparisonInput {
  passages: PassageMatch[];
  compared: ComparedPage;
  /** The same page as the comparison relates it to corpus sentences. */
  page: PageReading;
  /** Every sentence of the event's articles and of the claims they carry. */
  sentences: SentenceRef[];
  /** Every article those sentences belong to. */
  articles: Article[];
}

/** The articles whose sentences make up the page's event: those reporting its claims. */
export function eventArticleIds(passages: PassageMatch[]): string[] {
  return [...new Set(passages.flatMap((p) => p.reports.map((r) => r.articleId)))];
}

/** `pause` is awaited between units of the long work (eventCoverage). */
export async function buildComparison({ passages, compared, page, sentences, articles }: ComparisonInput, pause: Pause): Promise<PageComparison> {
  const info = infoById(articles);
  const eventIds = new Set(eventArticleIds(passages));
  return {
    articles: info,
    reprint: pageReprint(compared, passages, articles),
    coverage: await eventCoverage({ passages, page, sentences, articles: info }, pause),
    framing: framingTable(compared.text, articles.filter((a) => eventIds.has(a.id))),
  };
}
