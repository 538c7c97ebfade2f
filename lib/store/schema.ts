/**
 * The IndexedDB schema (Dexie). This module and ./corpus-store.ts are the only code that
 * touches IndexedDB. The IDBFactory is injected so the same code runs in the extension,
 * in unit tests (fake-indexeddb) and in Node benchmarks.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../types';
import type { IndexedSentence } from '../match/types';

export const DATABASE_NAME = 'news-context';

export interface StoredArticle extends Article {
  /** Hash of the normalized body: finds the same text imported twice. */
  contentHash: string;
}

/** Inverted index row: the ids of the sentences carrying a term (capped, see corpus-store). */
export interface Posting {
  term: string;
  ids: number[];
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

export class CorpusDatabase extends Dexie {
  articles!: EntityTable<StoredArticle, 'id'>;
  sentences!: EntityTable<IndexedSentence, 'id'>;
  postings!: EntityTable<Posting, 'term'>;
  queue!: EntityTable<QueueItem, 'seq'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(indexedDB: IDBFactory, keyRange: typeof IDBKeyRange, name = DATABASE_NAME) {
    super(name, { indexedDB, IDBKeyRange: keyRange });
    // Version 1. A later schema adds a `this.version(2)` block with an upgrade function;
    // user articles must survive every upgrade (see test/unit/store).
    this.version(1).stores({
      articles: 'id, origin, contentHash, url',
      sentences: 'id, articleId, claimId',
      postings: 'term',
      queue: '++seq, &articleId',
      meta: 'key',
    });
  }
}
