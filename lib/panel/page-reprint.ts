/**
 * Whether the page the reader has open prints the text of a corpus article: a paper running a
 * wire story, an aggregator reprinting a publisher's page. Its claims' sources are then that
 * article and its own sources, and the reader should know the page is not one more of them.
 *
 * Decided as an import of the page would decide it (lib/corpus/copies.ts): the page's text
 * reprints an article when most of the shorter text's sentences, and at least two, are printed
 * in the other's words. A page quoting a few sentences of an article, even word for word, is
 * mostly its own text, and no reprint. Which of the two copies the other follows the import's
 * rule for a group's original too: a news agency's text, then a publisher's page over an
 * aggregator's, then the fuller text (the page's outlet is read from its address).
 *
 * A notice speaks of the whole page, so the article it names must also be most of the page: a
 * digest or a live page holding a short article whole among much else may be that article's
 * "original" by the import's rule (a text is only a copy of what it is mostly made of, so never
 * its reprint), yet no original in a reader's sense.
 */
import { linkCopies } from '../corpus/copies';
import { shingles } from '../corpus/shingles';
import { articleFromRecord } from '../corpus/import/to-article';
import { pageRecord } from '../corpus/import/page-record';
import type { PassageMatch } from '../match/types';
import type { Article } from '../types';
import type { ComparedPage, PageReprint } from './types';
import { reprintCandidateIds } from './reprint-candidates';

/**
 * Share of the page's word 5-grams the named article must print: most of the page. A reprint
 * cut short or restyled keeps well over half (the Guardian's edit of the Reuters story); the
 * seeds' leads gathered on one page give any one article a quarter at most (Daily Mail, 0.24).
 */
const MIN_SHARE_OF_PAGE = 0.5;

/** `articles` holds at least the candidates (reprintCandidateIds); the comparison passes every article the passages report. */
export function pageReprint(page: ComparedPage, passages: PassageMatch[], articles: Article[]): PageReprint | null {
  const candidateIds = reprintCandidateIds(passages);
  const candidates = articles.filter((article) => candidateIds.includes(article.id));
  const pageArticle = articleOfPage(page);
  if (!candidates.length || !pageArticle) return null;

  // The stored articles first: of two texts that tie on every rule, the earlier is the original.
  const linked = linkCopies([...candidates, pageArticle]);
  const linkedPage = linked[linked.length - 1]!;
  const mostOfPage = printsMostOf(pageArticle);
  if (linkedPage.copyOf) {
    const original = candidates.find((article) => article.id === linkedPage.copyOf)!;
    return mostOfPage(original) ? { articleId: original.id, pageIsCopy: true } : null;
  }
  const copiesOfPage = candidates.filter((_, k) => linked[k]!.copyOf === pageArticle.id).filter(mostOfPage);
  // Of the page's reprints, the one the corpus itself holds as an original names the story best.
  const named = copiesOfPage.find((article) => !article.copyOf) ?? copiesOfPage[0];
  return named ? { articleId: named.id, pageIsCopy: false } : null;
}

/** Whether an article prints at least MIN_SHARE_OF_PAGE of the page's word 5-grams. */
function printsMostOf(page: Article): (article: Article) => boolean {
  const pageShingles = shingles(page.paragraphs.join('\n'));
  return (article) => {
    const printed = shingles(article.paragraphs.join('\n'));
    let shared = 0;
    for (const shingle of pageShingles) if (printed.has(shingle)) shared++;
    return pageShingles.size > 0 && shared / pageShingles.size >= MIN_SHARE_OF_PAGE;
  };
}

/**
 * The page as an article, as "Add this page" would store it (its outlet from its address); null
 * for a text no import would take (longer than an article may be), which is not compared.
 */
function articleOfPage(page: ComparedPage): Article | null {
  try {
    return articleFromRecord(pageRecord(page));
  } catch {
    return null;
  }
}
