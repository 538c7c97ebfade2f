/**
 * Schema upgrades. Articles are the user's data and are kept; everything else is derived
 * from them and is simply rebuilt by the indexer after the upgrade.
 */
import type { Transaction } from 'dexie';
import { canonicalAddress } from '../corpus/page-address';
import { groupBy } from '../group-by';
import { linksInListOrder } from './article-order';
import { contentHashOf } from './hashes';
import { clearIndexAndRequeue } from './index-state';
import type { StoredArticle } from './schema';

/** Version 1 → 2: 64-bit content hashes; sentences gain textHash, so the index is rebuilt. */
export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .toCollection()
    .modify((article: StoredArticle) => {
      article.contentHash = contentHashOf(article);
    });
  // Version 1 kept its next sentence id here; version 2 keeps it with the counters.
  await tx.table('meta').delete('nextSentenceId');
  await rebuildIndex(tx);
}

/** Any version whose index format changed: the index is cleared and every article queued. */
export async function rebuildIndex(tx: Transaction): Promise<void> {
  await clearIndexAndRequeue((name) => tx.table(name));
}

/**
 * Version 3 → 4: addresses stored before imports made them canonical (articleFromRecord) are
 * made so, so a page is found by its address in one exact index read. The index stays.
 */
export async function storeAddressesCanonically(tx: Transaction): Promise<void> {
  await tx
    .table('articles')
    .filter((article: StoredArticle) => article.url !== null && canonicalAddress(article.url) !== article.url)
    .modify((article: StoredArticle) => {
      article.url = canonicalAddress(article.url!);
    });
}

/**
 * Version 4 → 5: user articles get the order they were added in. Earlier versions did not
 * record it, so the articles stored then are numbered in id order, older than any added later.
 */
export async function numberUserArticles(tx: Transaction): Promise<void> {
  let order = 0;
  await tx
    .table('articles')
    .where('origin')
    .equals('user')
    .modify((article: StoredArticle) => {
      article.addedOrder = order++;
    });
}

/**
 * Version 6 → 7: reprint groups are stars around an original (lib/corpus/copies.ts, 0.3.0).
 * Groups stored before were formed by single link, where a digest printing two stories whole
 * made one story a copy of the other. Each stored group (an original and the articles pointing
 * at it) is linked again by the current rule, in list order, as importing it alone would link
 * it; only `copyOf` changes. The index stays: claims are grouped by text, not by copy links.
 */
export async function relinkReprintGroups(tx: Transaction): Promise<void> {
  const articles = tx.table<StoredArticle, string>('articles');
  // Only articles with a link are in the copyOf index (IndexedDB leaves null keys out).
  const copies = await articles.orderBy('copyOf').toArray();
  if (!copies.length) return;
  const groups = groupBy(copies, (copy) => copy.copyOf!);
  const originals = await articles.bulkGet([...groups.keys()]);
  const changes: { key: string; changes: Pick<StoredArticle, 'copyOf'> }[] = [];
  [...groups.values()].forEach((members, g) => {
    const group = [...(originals[g] ? [originals[g]] : []), ...members];
    const stored = new Map(group.map((article) => [article.id, article.copyOf]));
    for (const [key, copyOf] of linksInListOrder(group)) if (copyOf !== stored.get(key)) changes.push({ key, changes: { copyOf } });
  });
  await articles.bulkUpdate(changes);
}
