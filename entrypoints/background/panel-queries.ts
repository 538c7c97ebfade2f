/**
 * Read-only corpus queries for the side panel: the sentences and articles of a page's event,
 * the corpus browser's search, and one article with its claims. They read through the store's
 * database and reader and never write; the logic is in lib/panel.
 */
import type { PassageMatch } from '@/lib/match/types';
import type { CorpusStore } from '@/lib/store/corpus-store';
import type { Article } from '@/lib/types';
import { articleInfo, infoById } from '@/lib/panel/article-info';
import { buildComparison, eventArticleIds } from '@/lib/panel/comparison';
import { articleSentences, claimHits, MAX_ARTICLE_HITS, queryMatcher } from '@/lib/panel/search';
import type { ArticleDetail, CorpusSearchResult, PageComparison, SentenceRef } from '@/lib/panel/types';

/** Sentences without their features: the panel needs the words, not the matcher's data. */
const ref = ({ id, articleId, position, claimId, text }: SentenceRef): SentenceRef => ({ id, articleId, position, claimId, text });

/** Candidate sentences read before grouping into claims: more than enough for the hit list. */
const MAX_SENTENCE_HITS = 300;

/** The articles with these ids and the originals of those that are copies. */
async function withOriginals(store: CorpusStore, ids: string[]): Promise<Article[]> {
  const articles = await store.reader.articles(ids);
  const known = new Set(ids);
  const originals = [...new Set(articles.map((a) => a.copyOf).filter((id): id is string => !!id && !known.has(id)))];
  return originals.length ? articles.concat(await store.reader.articles(originals)) : articles;
}

export async function comparisonFor(store: CorpusStore, passages: PassageMatch[], pageText: string): Promise<PageComparison> {
  const { db } = store;
  const eventIds = eventArticleIds(passages);
  return db.transaction('r', [db.sentences, db.articles], async () => {
    const eventSentences = eventIds.length ? await db.sentences.where('articleId').anyOf(eventIds).toArray() : [];
    const members = (await store.reader.claimMembers([...new Set(eventSentences.map((s) => s.claimId))])).map(ref);
    const articles = await withOriginals(store, [...new Set([...eventIds, ...members.map((m) => m.articleId)])]);
    return buildComparison({ passages, pageText, sentences: members, articles });
  });
}

export async function searchCorpus(store: CorpusStore, query: string): Promise<CorpusSearchResult> {
  const matches = queryMatcher(query);
  const { db } = store;
  if (!matches) return { claims: [], articles: [], claimArticles: {} };
  return db.transaction('r', [db.sentences, db.articles], async () => {
    const articles = await db.articles.filter((a) => matches(`${a.title ?? ''} ${a.outlet}`)).limit(MAX_ARTICLE_HITS).toArray();
    const matching = (await db.sentences.filter((s) => matches(s.text)).limit(MAX_SENTENCE_HITS).toArray()).map(ref);
    const members = (await store.reader.claimMembers([...new Set(matching.map((s) => s.claimId))])).map(ref);
    const claims = claimHits(matching, members);
    const claimArticles = infoById(await store.reader.articles([...new Set(claims.flatMap((c) => c.articleIds))]));
    return { claims, articles: articles.map(articleInfo), claimArticles };
  });
}

export async function articleDetail(store: CorpusStore, articleId: string): Promise<ArticleDetail | null> {
  const { db } = store;
  return db.transaction('r', [db.sentences, db.articles], async () => {
    const [article] = await store.reader.articles([articleId]);
    if (!article) return null;
    const sentences = (await db.sentences.where('articleId').equals(articleId).toArray()).map(ref);
    const members = (await store.reader.claimMembers([...new Set(sentences.map((s) => s.claimId))])).map(ref);
    return { article: articleInfo(article), sentences: articleSentences(articleId, sentences, members) };
  });
}
