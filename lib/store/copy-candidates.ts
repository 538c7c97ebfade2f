/**
 * Copy links for imported articles, and for the reprints of deleted ones. linkCopies compares
 * texts pairwise, so it cannot run over the whole corpus on every import; instead it runs over
 * the imported articles and the few stored articles that print some of the same sentences
 * verbatim: indexed ones found through the sentence index, and the most recently added of
 * those still waiting to be indexed (an import just before this one) read from their text.
 * Each of those comes with the rest of its stored group (its original and the original's
 * copies): a copy is only linked to an original whose text it is mostly made of
 * (lib/corpus/copies.ts), so a group compared in part could end in a chain, an article made a
 * copy of a stored copy, or a stored copy left pointing at an original that became a copy.
 */
import Dexie from 'dexie';
import type { Article } from '../types';
import { segmentSentences } from '../text/segment';
import { copyLinking } from '../corpus/copies';
import { runInSlices, type TimeSlices } from '../slices';
import { groupBy } from '../group-by';
import { inListOrder, linksInListOrder } from './article-order';
import { sentenceHashOf } from './hashes';
import { VERBATIM_INDEX, type CorpusDatabase, type StoredArticle } from './schema';

/** One shared sentence is a quote; two or more is worth the full text-reuse comparison. */
const MIN_SHARED_SENTENCES = 2;
/**
 * Sentences looked up per imported article: the first few, since a reprint keeps the lead, and
 * as many spread over the rest, since a page may put its own paragraphs before a reprinted text.
 * Each one is a key range of the index read, and an import holds thousands of articles.
 */
const LEAD_SENTENCES = 4;
const SPREAD_SENTENCES = 4;
/**
 * Articles waiting to be indexed that are read whole and compared: the latest added. A larger
 * backlog (a big import being indexed) is older than them, and found once indexed only.
 */
const QUEUED_CANDIDATES = 500;
/** Stored articles compared per imported article. */
const CANDIDATES_PER_ARTICLE = 5;
/** Bound on index keys read per import, so stock sentences cannot make it slow. */
const MAX_KEYS_READ = 50_000;
/**
 * Sentence hashes whose key ranges are read at once. Dexie's inAnyRange over an import's
 * ~16,000 hashes spent ~20 s building its range set (CPU, per 2,000 articles); a between() per
 * hash costs one request each, and batches let the reads stop once MAX_KEYS_READ keys are in.
 * Issuing a batch's requests holds the thread (1,000 took ~100 ms in Chromium on a shared
 * 2-core machine): other tasks run between batches.
 */
const HASHES_PER_READ = 200;

export interface LinkedImport {
  /** The imported articles with copyOf (and gaps a reprint fills) set. */
  imported: Article[];
  /** Stored articles that turn out to reprint an imported one: id → its original. */
  storedCopies: Map<string, string>;
  /**
   * Other new links of stored articles in a stored group the import changed (one of its
   * members now a copy of an imported article or an imported article's original): id → its
   * new original, or null. A copy whose original became a copy, for one.
   */
  relinked: Map<string, string | null>;
}

/** The comparisons take seconds for thousands of articles: they run in `slices` (lib/slices). */
export async function linkImportedCopies(db: CorpusDatabase, imported: Article[], slices: TimeSlices): Promise<LinkedImport> {
  const candidates = await withTheirGroups(db, await storedCandidates(db, imported, slices));
  const linked = await runInSlices(copyLinking([...candidates, ...imported]), slices);
  const importedIds = new Set(imported.map((a) => a.id));
  const linkedWithImport = new Set(linked.flatMap((a) => (a.copyOf && importedIds.has(a.id) ? [a.copyOf] : [])));
  candidates.forEach((stored, k) => {
    if (linked[k]!.copyOf && importedIds.has(linked[k]!.copyOf!)) linkedWithImport.add(stored.id);
  });
  // Stored groups are whole among the candidates, so their links as computed here are those of
  // the whole corpus; those of groups the import leaves alone stay as stored, as an earlier
  // import's order decided them.
  const changedGroups = new Set(candidates.filter((a) => linkedWithImport.has(a.id)).map((a) => a.copyOf ?? a.id));
  const storedCopies = new Map<string, string>();
  const relinked = new Map<string, string | null>();
  candidates.forEach((stored, k) => {
    const now = linked[k]!.copyOf;
    if (now && importedIds.has(now)) storedCopies.set(stored.id, now);
    else if (now !== stored.copyOf && changedGroups.has(stored.copyOf ?? stored.id)) relinked.set(stored.id, now);
  });
  return { imported: linked.slice(candidates.length), storedCopies, relinked };
}

/** The candidates and the rest of their stored groups: each one's original and its copies. */
async function withTheirGroups(db: CorpusDatabase, candidates: StoredArticle[]): Promise<StoredArticle[]> {
  if (!candidates.length) return candidates;
  const byId = new Map(candidates.map((a) => [a.id, a]));
  const originalIds = [...new Set(candidates.map((a) => a.copyOf ?? a.id))];
  for (const original of await db.articles.bulkGet(originalIds.filter((id) => !byId.has(id)))) {
    if (original) byId.set(original.id, original);
  }
  for (const copy of await db.articles.where('copyOf').anyOf(originalIds).toArray()) {
    if (!byId.has(copy.id)) byId.set(copy.id, copy);
  }
  // In list order, as a deletion and the version 7 upgrade link a group: linkCopies gives ties
  // to the earlier text, so the order they come in must not depend on how they were found.
  return [...byId.values()].sort(inListOrder);
}

/**
 * The new links of the reprints of articles about to be deleted (`doomed`): id → its original,
 * or null. Each deleted original's surviving reprints are compared among themselves by the
 * import's rule (linkCopies), in the order an export would list and import them (bundled
 * articles by id, then the user's newest first), so they end linked as importing them alone
 * would link them: a trimmed copy of a reprint stays that reprint's copy, a lone survivor is an
 * original. A reprint may be bundled (an import found a user article to be its original).
 */
export async function relinkSurvivingCopies(db: CorpusDatabase, doomed: string[]): Promise<Map<string, string | null>> {
  const deleted = new Set(doomed);
  const survivors = (await db.articles.where('copyOf').anyOf(doomed).toArray()).filter((a) => !deleted.has(a.id));
  const links = new Map<string, string | null>();
  for (const reprints of groupBy(survivors, (a) => a.copyOf).values()) {
    for (const [id, copyOf] of linksInListOrder(reprints)) links.set(id, copyOf);
  }
  return links;
}


async function storedCandidates(db: CorpusDatabase, imported: Article[], slices: TimeSlices): Promise<StoredArticle[]> {
  const importersByHash = new Map<string, number[]>();
  for (const [index, article] of imported.entries()) {
    if (slices.due) await slices.giveWay();
    const hashes = new Set(sampledSentences(article).map(sentenceHashOf));
    for (const hash of hashes) {
      const importers = importersByHash.get(hash);
      if (importers) importers.push(index);
      else importersByHash.set(hash, [index]);
    }
  }
  if (importersByHash.size === 0) return [];

  const keys = [...(await verbatimKeys(db, [...importersByHash.keys()].sort())), ...(await queuedKeys(db, imported, importersByHash, slices))];
  const sharedByImport = imported.map(() => new Map<string, number>());
  for (const [hash, articleId] of keys) {
    for (const index of importersByHash.get(hash) ?? []) {
      sharedByImport[index].set(articleId, (sharedByImport[index].get(articleId) ?? 0) + 1);
    }
  }
  const wanted = new Set<string>();
  for (const shared of sharedByImport) {
    [...shared]
      .filter(([, count]) => count >= MIN_SHARED_SENTENCES)
      .sort((x, y) => y[1] - x[1])
      .slice(0, CANDIDATES_PER_ARTICLE)
      .forEach(([articleId]) => wanted.add(articleId));
  }
  return (await db.articles.bulkGet([...wanted])).filter((a): a is StoredArticle => !!a);
}

function sentencesOf(article: Article): string[] {
  return article.paragraphs.flatMap((paragraph) => segmentSentences(paragraph).map((s) => s.text));
}

/** The sentences of an imported article looked up: its lead, and a spread over the rest. */
function sampledSentences(article: Article): string[] {
  const sentences = sentencesOf(article);
  const rest = sentences.slice(LEAD_SENTENCES);
  const step = Math.max(1, rest.length / SPREAD_SENTENCES);
  const spread = Array.from({ length: Math.min(SPREAD_SENTENCES, rest.length) }, (_, k) => rest[Math.floor(k * step)]);
  return [...sentences.slice(0, LEAD_SENTENCES), ...spread];
}

/**
 * [textHash, articleId] pairs, as the sentence index would give them, of the latest stored
 * articles not indexed yet whose sentences an imported article prints.
 */
async function queuedKeys(
  db: CorpusDatabase,
  imported: Article[],
  importersByHash: ReadonlyMap<string, number[]>,
  slices: TimeSlices,
): Promise<[string, string][]> {
  const importedIds = new Set(imported.map((a) => a.id));
  const queued = await db.queue.orderBy('seq').reverse().limit(QUEUED_CANDIDATES).toArray();
  const waiting = (await db.articles.bulkGet(queued.map((item) => item.articleId).filter((id) => !importedIds.has(id)))).filter((a): a is StoredArticle => !!a);
  const keys: [string, string][] = [];
  for (const article of waiting) {
    if (slices.due) await slices.giveWay();
    for (const hash of new Set(sentencesOf(article).map(sentenceHashOf))) if (importersByHash.has(hash)) keys.push([hash, article.id]);
  }
  return keys;
}

/** [textHash, articleId] keys of the stored sentences with these hashes, in hash order, at most MAX_KEYS_READ. */
async function verbatimKeys(db: CorpusDatabase, sortedHashes: string[]): Promise<[string, string][]> {
  const keys: [string, string][] = [];
  for (let at = 0; at < sortedHashes.length && keys.length < MAX_KEYS_READ; at += HASHES_PER_READ) {
    const reads = sortedHashes.slice(at, at + HASHES_PER_READ).map(
      (hash) =>
        db.sentences
          .where(VERBATIM_INDEX)
          .between([hash, Dexie.minKey], [hash, Dexie.maxKey], true, true)
          .limit(MAX_KEYS_READ)
          .keys() as unknown as Promise<[string, string][]>,
    );
    for (const read of await Promise.all(reads)) keys.push(...read);
  }
  return keys.slice(0, MAX_KEYS_READ);
}
