/**
 * Sentences read by id in runs. Claim grouping reads ~15,000 candidate sentences per chunk, and
 * they cluster: a chunk's candidates are mostly the sentences indexed just before it. A get per
 * id costs a request each (~45 µs in Chromium), while a getAll over a key range costs ~12 µs a row,
 * so ids close together are read as one range, its few unwanted rows included.
 */
import type { CorpusDatabase, StoredSentence } from './schema';

/** Unwanted rows a range may carry between two wanted ids: each costs about a quarter of a request. */
const MAX_GAP = 3;

/** The stored sentences of these ids, in their order; ids not stored are left out. */
export function readSentences(db: CorpusDatabase, ids: readonly number[]): Promise<StoredSentence[]> {
  const runs = idRuns([...new Set(ids)].sort((a, b) => a - b));
  const singles = runs.filter(([first, last]) => first === last).map(([id]) => id);
  const ranges = runs.filter(([first, last]) => first !== last);
  // One transaction: outside one (page matching), Dexie would open a transaction per range.
  return db.transaction('r', db.sentences, async () => {
    const [single, ...ranged] = await Promise.all([
      db.sentences.bulkGet(singles),
      ...ranges.map(([first, last]) => db.sentences.where(':id').between(first, last, true, true).toArray()),
    ]);
    const byId = new Map<number, StoredSentence>();
    for (const sentence of [single, ...ranged].flat()) if (sentence) byId.set(sentence.id, sentence);
    return ids.flatMap((id) => byId.get(id) ?? []);
  });
}

/** [first, last] runs of ascending ids, each next id at most MAX_GAP + 1 above the one before. */
function idRuns(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const id of sorted) {
    const run = runs[runs.length - 1];
    if (run && id - run[1] <= MAX_GAP + 1) run[1] = id;
    else runs.push([id, id]);
  }
  return runs;
}
