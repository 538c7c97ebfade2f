/**
 * The side panel's corpus reads over the store's database, through the background's read cache.
 * The logic is in lib/panel/panel-corpus.
 *
 * Each read is its own transaction, not one per question: Dexie keeps a transaction across
 * native awaits only a few promise hops deep, and a question's layered reads (the cache, then
 * the store) went deeper, so the transaction committed under them and opening an article
 * failed ("Transaction committed too early"). A question during which the store changed is
 * asked once more instead (unchanged): a rebuilt index numbers its claims anew, and the claim
 * ids read before the change would be matched with members read after it.
 */
import type { PassageMatch } from '@/lib/match/types';
import type { CorpusStore } from '@/lib/store/corpus-store';
import * as panel from '@/lib/panel/panel-corpus';
import type { PanelCorpus } from '@/lib/panel/panel-corpus';
import type { ArticleDetail, ComparedPage, CorpusSearchResult, PageComparison, ReprintNote, SentenceRef } from '@/lib/panel/types';

/**
 * Members read per claim for the panel: every outlet of a claim as the bundled corpus and a
 * user's imports make them, without reading thousands of rows for a claim of a huge corpus.
 */
const PANEL_MEMBERS_PER_CLAIM = 500;

/** Sentences without their features: the panel needs the words, not the matcher's data. */
const ref = ({ id, articleId, position, claimId, text }: SentenceRef): SentenceRef => ({ id, articleId, position, claimId, text });

function storeCorpus({ db, reader }: CorpusStore): PanelCorpus {
  return {
    sentencesOf: async (ids) => (await db.sentences.where('articleId').anyOf(ids).toArray()).map(ref),
    claimMembers: async (ids) => (await reader.claimMembers(ids, PANEL_MEMBERS_PER_CLAIM)).map(ref),
    articles: (ids) => reader.articles(ids),
    findSentences: async (test, limit) => (await db.sentences.filter((s) => test(s.text)).limit(limit).toArray()).map(ref),
    findArticles: (test, limit) => db.articles.filter((a) => test(`${a.title ?? ''} ${a.outlet}`)).limit(limit).toArray(),
    postings: (terms) => reader.postings(terms),
    sentenceCount: () => reader.sentenceCount(),
  };
}

/** Asks `question` of the store, and once more if the store changed meanwhile. */
async function askSteadily<T>(store: CorpusStore, question: (corpus: PanelCorpus) => Promise<T>): Promise<T> {
  const before = store.reader.generation;
  const answer = await question(storeCorpus(store));
  return store.reader.generation === before ? answer : question(storeCorpus(store));
}

export const comparisonFor = (store: CorpusStore, passages: PassageMatch[], page: ComparedPage): Promise<PageComparison> =>
  askSteadily(store, (corpus) => panel.compareWithCorpus(corpus, passages, page));

export const reprintNoteFor = (store: CorpusStore, passages: PassageMatch[], page: ComparedPage): Promise<ReprintNote | null> =>
  askSteadily(store, (corpus) => panel.pageReprintNote(corpus, passages, page));

export const searchCorpus = (store: CorpusStore, query: string): Promise<CorpusSearchResult> =>
  askSteadily(store, (corpus) => panel.searchCorpus(corpus, query));

export const articleDetail = (store: CorpusStore, articleId: string): Promise<ArticleDetail | null> =>
  askSteadily(store, (corpus) => panel.articleDetail(corpus, articleId));
