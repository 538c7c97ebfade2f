/**
 * Schema upgrades. Articles are the user's data and are kept; everything else is derived
 * from them and is simply rebuilt by the indexer after the upgrade.
 */
import type { Transaction } from 'dexie';
import { canonicalAddress } from '../corpus/page-address';
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
