/**
 * The side panel's questions to the corpus, over a small read interface that the extension's
 * store and the tests' in-memory index both provide (with the term counts the matcher weighs a
 * page by, for the comparison's own pair scores): the comparison of a page with its
 * event's articles, the corpus browser's search, and one article with its claims.
 */
import type { CorpusReader, PassageMatch } from '../match/types';
import type { Article } from '../types';
import { articleInfo, infoById } from './article-info';
import { buildComparison, eventArticleIds } from './comparison';
import { pageReprint } from './page-reprint';
import { reprintCandidateIds } from './reprint-candidates';
import { readPage } from './page-reading';
import { articleSentences, claimHits, countedHits, MAX_ARTICLE_HITS, queryMatcher } from './search';
import type { ArticleDetail, ComparedPage, CorpusSearchResult, PageComparison, ReprintNote, SentenceRef } from './types';
import { slicer, type Pause } from '../slices';

export interface PanelCorpus extends Pick<CorpusReader, 'postings' | 'sentenceCount'> {
  /** Every sentence of these articles. */
  sentencesOf(articleIds: string[]): Promise<SentenceRef[]>;
  /** The sentences of these claims (of a very large claim, its first few hundred). */
  claimMembers(claimIds: number[]): Promise<SentenceRef[]>;
  articles(ids: string[]): Promise<Article[]>;
  /** Up to `limit` sentences whose text passes `test`. */
  findSentences(test: (text: string) => boolean, limit: number): Promise<SentenceRef[]>;
  /** Up to `limit` articles whose title and outlet pass `test`. */
  findArticles(test: (text: string) => boolean, limit: number): Promise<Article[]>;
}

/** Candidate sentences read before grouping into claims: more than enough for the hit list. */
const MAX_SENTENCE_HITS = 300;

const unique = <T>(values: T[]) => [...new Set(values)];

/** The articles with these ids and the originals of those that are copies. */
async function withOriginals(corpus: PanelCorpus, ids: string[]): Promise<Article[]> {
  const articles = await corpus.articles(ids);
  const known = new Set(ids);
  const originals = unique(articles.map((a) => a.copyOf).filter((id): id is string => !!id && !known.has(id)));
  return originals.length ? articles.concat(await corpus.articles(originals)) : articles;
}

/** Computed in slices (lib/slices): a long page's comparison takes seconds, and the background has other requests to answer. */
export async function compareWithCorpus(
  corpus: PanelCorpus,
  passages: PassageMatch[],
  compared: ComparedPage,
  pause: Pause = slicer(),
): Promise<PageComparison> {
  const eventIds = eventArticleIds(passages);
  const eventSentences = eventIds.length ? await corpus.sentencesOf(eventIds) : [];
  const members = await corpus.claimMembers(unique(eventSentences.map((s) => s.claimId)));
  const articles = await withOriginals(corpus, unique([...eventIds, ...members.map((m) => m.articleId)]));
  const page = await readPage(compared.text, corpus, pause);
  return buildComparison({ passages, compared, page, sentences: members, articles }, pause);
}

/**
 * Whether the page reprints a corpus article, as the comparison tells it, for the hover card:
 * only the few articles that may be the reprint are read (none on most pages), not the event's.
 */
export async function pageReprintNote(corpus: PanelCorpus, passages: PassageMatch[], compared: ComparedPage): Promise<ReprintNote | null> {
  const ids = reprintCandidateIds(passages);
  const candidates = ids.length ? await corpus.articles(ids) : [];
  const reprint = pageReprint(compared, passages, candidates);
  const article = reprint && candidates.find((candidate) => candidate.id === reprint.articleId);
  return reprint && article ? { reprint, article: articleInfo(article) } : null;
}

export async function searchCorpus(corpus: PanelCorpus, query: string): Promise<CorpusSearchResult> {
  const matches = queryMatcher(query);
  if (!matches) return { claims: [], articles: [], claimArticles: {} };
  const articles = await corpus.findArticles(matches, MAX_ARTICLE_HITS);
  const matching = await corpus.findSentences(matches, MAX_SENTENCE_HITS);
  const hits = claimHits(matching, await corpus.claimMembers(unique(matching.map((s) => s.claimId))));
  const claimArticles = infoById(await corpus.articles(unique(hits.flatMap((c) => c.articleIds))));
  return { claims: countedHits(hits, claimArticles), articles: articles.map(articleInfo), claimArticles };
}

export async function articleDetail(corpus: PanelCorpus, articleId: string): Promise<ArticleDetail | null> {
  const sentences = await corpus.sentencesOf([articleId]);
  const members = await corpus.claimMembers(unique(sentences.map((s) => s.claimId)));
  // The carriers' copy links decide which of them are other sources; the article's original is read too, to be named.
  const info = infoById(await withOriginals(corpus, unique([articleId, ...members.map((m) => m.articleId)])));
  const article = info[articleId];
  if (!article) return null;
  const originalOf = (id: string) => info[id]?.copyOf ?? null;
  const storyOf = (id: string) => originalOf(id) ?? id;
  const sameStory = unique(members.map((m) => m.articleId)).filter((id) => id !== articleId && storyOf(id) === storyOf(articleId)).length;
  return {
    article,
    sentences: articleSentences(articleId, sentences, members, originalOf),
    original: article.copyOf ? (info[article.copyOf] ?? null) : null,
    sameStory,
  };
}
