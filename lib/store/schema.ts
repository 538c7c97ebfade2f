/**
 * The IndexedDB schema (Dexie). This module and the other files of lib/store are the only
 * code that touches IndexedDB. The IDBFactory is injected so the same code runs in the
 * extension, in unit tests (fake-indexeddb) and in Node benchmarks.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../types';
import type { IndexedSentence } from '../match/types';
import type { PostingList } from '../match/postings';
import { numberUserArticles, rebuildIndex, relinkReprintGroups, storeAddressesCanonically, upgradeToVersion2 } from './upgrades';
import { requestBatches } from './request-batches';

export const DATABASE_NAME = 'news-context';

export interface StoredArticle extends Article {
  /** 64-bit hash of the normalized body (lib/store/hashes): finds the same text imported twice. */
  contentHash: string;
  /**
   * User articles only: when it was added relative to the others (higher is newer), so the
   * options page lists the newest first (ids are content hashes, in no useful order).
   */
  addedOrder?: number;
}

export interface StoredSentence extends IndexedSentence {
  /** Hash of the sentence's folded words: finds articles sharing verbatim sentences (copies). */
  textHash: string;
}

/** Version 2's index on sentences: read as keys alone, it lists the articles printing a sentence. */
export const VERBATIM_INDEX = '[textHash+articleId]';

/** Inverted index row: a term's posting list (lib/match/postings). */
export interface Posting extends PostingList {
  term: string;
}

/** Articles waiting to be indexed, in the order they were queued. */
export interface QueueItem {
  seq?: number;
  articleId: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Version 1's stores, kept as they were: Dexie needs every past version to upgrade from it. */
export const VERSION_1_STORES = {
  articles: 'id, origin, contentHash, url',
  sentences: 'id, articleId, claimId',
  postings: 'term',
  queue: '++seq, &articleId',
  meta: 'key',
};

export const VERSION_2_STORES = {
  ...VERSION_1_STORES,
  articles: 'id, origin, contentHash, url, copyOf',
  sentences: `id, articleId, claimId, ${VERBATIM_INDEX}`,
};

/** Version 5: user articles listed in the order they were added (a compound index skips bundled ones, which have no order). */
export const VERSION_5_STORES = {
  ...VERSION_2_STORES,
  articles: 'id, origin, contentHash, url, copyOf, [origin+addedOrder]',
};

export class CorpusDatabase extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  sentences!: EntityTable<StoredSentence, 'id'>;
  postings!: EntityTable<Posting, 'term'>;
  queue!: EntityTable<QueueItem, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(indexedDB: IDBFactory, keyRange: typeof IDBKeyRange, name = DATABASE_NAME) {
    super(name, { indexedDB, IDBKeyRange: keyRange });
    this.use(requestBatches);
    // Every upgrade keeps the articles, user articles above all (test/unit/store/upgrade).
    this.version(1).stores(VERSION_1_STORES);
    // Version 2: 64-bit content hashes, a verbatim-sentence index for copy links, reprints
    // findable by their original (deletion), and index counters kept in meta. The index is
    // derived data, so the upgrade rebuilds it.
    this.version(2).stores(VERSION_2_STORES).upgrade(upgradeToVersion2);
    // Version 3: posting lists keep their sentence frequency and typed ids, dropped past
    // MAX_CANDIDATE_POSTINGS; the old lists cannot be converted, so the index is rebuilt.
    this.version(3).stores(VERSION_2_STORES).upgrade(rebuildIndex);
    // Version 4: every stored address canonical (page-address.ts), for an exact lookup by address.
    this.version(4).stores(VERSION_2_STORES).upgrade(storeAddressesCanonically);
    this.version(5).stores(VERSION_5_STORES).upgrade(numberUserArticles);
    // Version 6: a sentence's features mark words inside single quotation marks as quoted
    // (lib/text/quotation.ts), and a word-for-word copy joins its original's claim (claims.ts);
    // the stored features and claims are older, so the index is rebuilt.
    this.version(6).stores(VERSION_5_STORES).upgrade(rebuildIndex);
    // Version 7: reprint groups linked as stars around an original (upgrades.ts says why).
    this.version(7).stores(VERSION_5_STORES).upgrade(relinkReprintGroups);
  }
}
