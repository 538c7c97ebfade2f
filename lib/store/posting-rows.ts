/**
 * Posting lists as stored. A selective list is a row of the postings table; a common key's list
 * is only its count (lib/match/postings), and the counts of all common keys live in one meta row
 * instead of a row each. In a large corpus most terms a chunk carries are common, and a row each
 * cost a read and a write request per chunk (IndexedDB's cost is per request, not per byte); the
 * map costs one of each. An index built before keeps its common keys' rows until a chunk carries
 * them again, and they are read the same way meanwhile.
 */
import { EMPTY_POSTINGS, isSelective, type PostingList } from '../match/postings';
import { COMMON_POSTINGS_KEY } from './index-state';
import type { CorpusDatabase } from './schema';

/** The lists of these keys (absent: no sentence carries it), in one transaction. */
export function readPostings(db: CorpusDatabase, keys: string[]): Promise<Map<string, PostingList>> {
  return db.transaction('r', [db.postings, db.meta], async () => {
    const common = await commonCounts(db);
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

/** Stores these lists over the stored ones; call inside a read-write transaction on postings and meta. */
export async function writePostings(db: CorpusDatabase, lists: ReadonlyMap<string, PostingList>): Promise<void> {
  const common = await commonCounts(db);
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

async function commonCounts(db: CorpusDatabase): Promise<Map<string, number>> {
  return ((await db.meta.get(COMMON_POSTINGS_KEY))?.value as Map<string, number> | undefined) ?? new Map();
}
