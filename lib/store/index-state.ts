/**
 * The index's bookkeeping, kept in one meta row so that reading progress and sizes costs one
 * read instead of counting millions of rows, and the reset shared by every full rebuild
 * (bundled update, schema upgrade).
 */
import type { Table } from 'dexie';

export const COUNTERS_KEY = 'indexCounters';
/** The counts of the keys too common to keep sentence ids (lib/store/posting-rows). */
export const COMMON_POSTINGS_KEY = 'commonPostings';

export interface IndexCounters {
  /** Id the next indexed sentence gets. */
  nextSentenceId: number;
  sentences: number;
  /** Claims with a member left: those founded (sentences whose claim id is their own id), less any a deletion emptied. */
  claims: number;
}

export const EMPTY_INDEX: IndexCounters = { nextSentenceId: 1, sentences: 0, claims: 0 };

/** The counters as stored (none yet: an empty index). */
export async function readCounters(meta: Table): Promise<IndexCounters> {
  return ((await meta.get(COUNTERS_KEY))?.value as IndexCounters | undefined) ?? EMPTY_INDEX;
}

type TableNamed = (name: 'articles' | 'sentences' | 'postings' | 'queue' | 'meta') => Table;

/** Clears the index and queues every article again: bundled first, then user articles. */
export async function clearIndexAndRequeue(table: TableNamed): Promise<void> {
  await Promise.all([table('sentences').clear(), table('postings').clear(), table('queue').clear()]);
  await table('meta').put({ key: COUNTERS_KEY, value: EMPTY_INDEX });
  await table('meta').delete(COMMON_POSTINGS_KEY);
  const bundled = await table('articles').where('origin').equals('bundled').primaryKeys();
  const user = await table('articles').where('origin').equals('user').primaryKeys();
  await table('queue').bulkAdd([...bundled, ...user].map((articleId) => ({ articleId })));
}
