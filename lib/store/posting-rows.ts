/**
 * Posting lists as stored. A selective list is a row of the postings table; a common key's list
 * is only its count (lib/match/postings), and the counts of all common keys live in one meta row
 * instead of a row each. In a large corpus most terms a chunk carries are common, and a row each
 * cost a read and a write request per chunk (IndexedDB's cost is per request, not per byte); the
 * map costs one of each. An index built before keeps its common keys' rows until a chunk carries
 * them again, and they are read the same way meanwhile.
 */
import Dexie from 'dexie';
import { EMPTY_POSTINGS, isSelective, type PostingList } from '../match/postings';
import { COMMON_POSTINGS_KEY } from './index-state';
import type { CorpusDatabase } from './schema';

/**
 * The common keys' counts as last read, kept until `forget`. Every postings read needs them (a
 * page reads terms, then pairs; a chunk reads, then writes), and the row grows with the corpus.
 * The store forgets them after each change to the index, as it does its read cache.
 */
export class CommonCounts {
  private held: ReadonlyMap<string, number> | null = null;
  /** Bumped by forget: a read under way meanwhile is handed back but not kept (cached-reader.ts). */
  private generation = 0;

  constructor(private readonly db: CorpusDatabase) {}

  /**
   * A Dexie promise either way, never a bare async function's: awaited inside a transaction, a
   * native promise that carries no request of its own would lose the transaction's zone.
   */
  get(): Promise<ReadonlyMap<string, number>> {
    if (this.held) return Dexie.Promise.resolve(this.held);
    const startedAt = this.generation;
    return this.db.meta.get(COMMON_POSTINGS_KEY).then((row) => {
      const counts = (row?.value as Map<string, number> | undefined) ?? new Map<string, number>();
      if (this.generation === startedAt) this.held = counts;
      return counts;
    });
  }

  forget(): void {
    this.generation++;
    this.held = null;
  }
}

/** The lists of these keys (absent: no sentence carries it), in one transaction. */
export function readPostings(db: CorpusDatabase, keys: string[], counts = new CommonCounts(db)): Promise<Map<string, PostingList>> {
  return db.transaction('r', [db.postings, db.meta], async () => {
    const common = await counts.get();
    const lists = new Map<string, PostingList>();
    const rowKeys: string[] = [];
    for (const key of keys) {
      const df = common.get(key);
      if (df === undefined) rowKeys.push(key);
      else lists.set(key, { df, ids: EMPTY_POSTINGS.ids });
    }
    for (const row of await db.postings.bulkGet(rowKeys)) if (row) lists.set(row.term, { df: row.df, ids: row.ids });
    return lists;
  });
}

/**
 * Stores these lists over the stored ones; call inside a read-write transaction on postings and
 * meta. The counts held are copied, not changed: until the transaction commits they are still
 * what the store holds, for the queries read meanwhile.
 */
export async function writePostings(db: CorpusDatabase, lists: ReadonlyMap<string, PostingList>, counts = new CommonCounts(db)): Promise<void> {
  const common = new Map(await counts.get());
  const rows = [];
  // Keys that became common this time: their rows (ids until now) go.
  const leaving: string[] = [];
  for (const [term, list] of lists) {
    if (isSelective(list)) {
      rows.push({ term, ...list });
      continue;
    }
    if (!common.has(term)) leaving.push(term);
    common.set(term, list.df);
  }
  await db.postings.bulkPut(rows);
  await db.postings.bulkDelete(leaving);
  await db.meta.put({ key: COMMON_POSTINGS_KEY, value: common });
}

