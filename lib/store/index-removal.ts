/**
 * Takes deleted articles out of the index in place, instead of rebuilding it: a rebuild costs
 * seconds to tens of seconds on a corpus of thousands, for one article the user deleted.
 *
 * What stays as a rebuild would not leave it:
 * - A claim whose founding sentence is deleted keeps its other members together: each of them
 *   reached the pair cut against that sentence when it joined. A sentence indexed later joins
 *   it through any member, since a founder that is gone anchors nothing (lib/match/claims).
 * - A key too common to keep sentence ids stays common when deletions take its count under the
 *   limit (its count stops just above it): its ids were dropped, and a list that claims to be
 *   selective without them would find nothing while its pairs, read only for common keys,
 *   were no longer read either.
 * Everything else (sentences, posting ids, counts) is what the deleted articles' absence makes it.
 */
import { indexTerms } from '../match/features';
import { isSelective, MAX_CANDIDATE_POSTINGS, type PostingList } from '../match/postings';
import { COUNTERS_KEY, readCounters, type IndexCounters } from './index-state';
import { CommonCounts, readPostings, writePostings } from './posting-rows';
import type { CorpusDatabase } from './schema';

/**
 * Removes these articles' sentences, posting ids and queue entries; call inside a read-write
 * transaction on every table, before the articles themselves are deleted or after.
 */
export async function removeFromIndex(db: CorpusDatabase, articleIds: string[], counts: CommonCounts): Promise<void> {
  await db.queue.where('articleId').anyOf(articleIds).delete();
  const sentences = await db.sentences.where('articleId').anyOf(articleIds).toArray();
  if (sentences.length === 0) return;

  const removedByKey = new Map<string, Set<number>>();
  for (const sentence of sentences) {
    for (const key of indexTerms(sentence.features)) {
      const removed = removedByKey.get(key);
      if (removed) removed.add(sentence.id);
      else removedByKey.set(key, new Set([sentence.id]));
    }
  }
  const lists = await readPostings(db, [...removedByKey.keys()], counts);
  const kept = new Map<string, PostingList>();
  const emptied: string[] = [];
  for (const [key, removed] of removedByKey) {
    const list = lists.get(key);
    if (!list) continue;
    const left = withoutIds(list, removed);
    if (left.df === 0) emptied.push(key);
    else kept.set(key, left);
  }
  await writePostings(db, kept, counts);
  // Only a selective list empties: a common one stays common (withoutIds).
  await db.postings.bulkDelete(emptied);

  const ids = sentences.map((s) => s.id);
  await db.sentences.bulkDelete(ids);
  // A claim is gone once none of its members is left; its founder alone does not decide.
  const founded = sentences.filter((s) => s.claimId === s.id).map((s) => s.id);
  const surviving = founded.length ? new Set(await db.sentences.where('claimId').anyOf(founded).keys()) : new Set();
  const before = await readCounters(db.meta);
  await db.meta.put({
    key: COUNTERS_KEY,
    value: { ...before, sentences: before.sentences - ids.length, claims: before.claims - (founded.length - surviving.size) } satisfies IndexCounters,
  });
}

/** The list without these ids; a common list (ids dropped) only counts them off, staying common. */
function withoutIds(list: PostingList, removed: ReadonlySet<number>): PostingList {
  if (!isSelective(list)) return { df: Math.max(list.df - removed.size, MAX_CANDIDATE_POSTINGS + 1), ids: list.ids };
  const ids = list.ids.filter((id) => !removed.has(id));
  return { df: ids.length, ids };
}
