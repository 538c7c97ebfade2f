/**
 * All reads and writes of the corpus database: articles, the sentence index, claims, and the
 * indexing queue. Indexing runs in chunks, each chunk one transaction, so a background worker
 * stopped in the middle loses at most the chunk in flight and the next start resumes from the
 * queue with the same result as an uninterrupted build.
 */
import type { Article } from '../types';
import type { CorpusReader, IndexedSentence } from '../match/types';
import { cachedReader, type CachedReader } from '../match/cached-reader';
import { prepareSentences } from '../match/prepare';
import { assignClaims } from '../match/claims';
import { TimeSlices } from '../slices';
import { canonicalAddress } from '../corpus/page-address';
import { paragraphsOf } from '../corpus/import/to-article';
import { contentHashOf, sentenceHashOf } from './hashes';
import { clearIndexAndRequeue, COUNTERS_KEY, readCounters, type IndexCounters } from './index-state';
import { linkImportedCopies, relinkSurvivingCopies } from './copy-candidates';
import { removeFromIndex } from './index-removal';
import { CommonCounts, readPostings, writePostings } from './posting-rows';
import { readSentences } from './sentence-rows';
import { CorpusDatabase, type StoredArticle, type StoredSentence } from './schema';
import { exportPage, orderUnorderedUserArticles, userArticlesNewestFirst, type ExportCursor } from './article-order';
import { importFiles, userArticleIdsFrom, type ImportFileSummary } from './import-files';

export interface ImportResult {
  added: string[];
  /** Articles not added: the same address or text as a stored one, or as one earlier in this import (`inThisImport`). */
  duplicates: { title: string | null; reason: 'same url' | 'same text'; existingId: string; inThisImport: boolean }[];
  /**
   * Imported articles found to reprint another article: id → the original's id, a stored
   * article or one of this import (then among `added`).
   */
  copies: Record<string, string>;
  /** Stored articles found to reprint an imported article: id → the imported original's id. */
  storedCopies: Record<string, string>;
}

export interface StoreCounts {
  articles: number;
  userArticles: number;
  sentences: number;
  claims: number;
  pending: number;
}

/** How a list names the original of a reprint: its title and outlet, not its internal id. */
export type OriginalSummary = Pick<Article, 'title' | 'outlet' | 'outletId'>;

/**
 * What a list of the user's articles shows, without their text; a reprint's `original` is
 * the article it reprints (user or bundled), null for an original or an original not found.
 */
export type ArticleSummary = Pick<Article, 'id' | 'title' | 'outlet' | 'outletId' | 'url' | 'published' | 'sourceFile' | 'copyOf'> & {
  original: OriginalSummary | null;
};

/** Whoever built the article, its address is stored canonical: pages are looked up by it (articleIdsOfPage). */
function withCanonicalAddress(article: Article): Article {
  return article.url === null ? article : { ...article, url: canonicalAddress(article.url) };
}

function toStored(article: Article): StoredArticle {
  return { ...withCanonicalAddress(article), contentHash: contentHashOf(article) };
}

export class CorpusStore {
  /** Counts of the index's common keys, kept between reads (posting-rows.ts). */
  private readonly commonCounts: CommonCounts;
  /** Told after each change the store commits (onChange). */
  private readonly changeListeners: (() => void)[] = [];

  /** `sliceMs`: how long the work inside a transaction runs before it gives way (lib/slices' default when not given). */
  constructor(
    readonly db: CorpusDatabase,
    private readonly sliceMs?: number,
  ) {
    this.commonCounts = new CommonCounts(db);
  }

  /**
   * Calls `listener` after each change the store commits: an import, a deletion, an index
   * chunk, a bundled corpus installed. The store reads nothing for it: whoever wants the counts
   * after a change reads them then, which runs ahead of any write asked later.
   */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  /**
   * Calls `reinstall` after another connection deleted the database: this one steps aside so
   * the deletion can go through, then reopens (on the next query) an empty database to refill.
   */
  onDeleted(reinstall: () => void): void {
    this.db.on('versionchange', (event) => {
      if (event.newVersion !== null) return;
      this.db.close({ disableAutoOpen: false });
      this.forgetReads();
      // Requests on one database run in order: this reopening waits for the deletion.
      reinstall();
      return false;
    });
  }

  /**
   * The index as stored. Inside a transaction these reads see what it has not yet written:
   * the index build reads before it writes, and reads this way, since whatever it would keep
   * in the cache is forgotten when its chunk is written.
   */
  private readonly stored: CorpusReader = {
    postings: (terms) => readPostings(this.db, terms, this.commonCounts),
    sentences: (ids) => readSentences(this.db, ids),
    // One getAll per claim: an anyOf() cursor would cost a request per member sentence.
    claimMembers: (claimIds, limitPerClaim) =>
      this.db.transaction('r', this.db.sentences, async () =>
        (await Promise.all(claimIds.map((claimId) => this.db.sentences.where('claimId').equals(claimId).limit(limitPerClaim).toArray()))).flat(),
      ),
    articles: async (ids) => (await this.db.articles.bulkGet(ids)).filter((a): a is StoredArticle => !!a),
    sentenceCount: async () => (await this.counters()).sentences,
  };

  /**
   * Reads for the matcher and the side panel, kept in memory for the next page
   * (cached-reader.ts) until a write method below changes the store.
   */
  readonly reader: CachedReader = cachedReader(this.stored);

  /**
   * Runs a change to the store; whatever reads kept is forgotten once it is over, failed or not,
   * and the change listeners are told once it committed.
   */
  private async changing<T>(change: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await change();
    } finally {
      this.forgetReads();
    }
    for (const listener of this.changeListeners) listener();
    return result;
  }

  private forgetReads(): void {
    this.reader.invalidate();
    this.commonCounts.forget();
  }

  /**
   * Installs a version of the bundled corpus. When it differs from the stored one, the bundled
   * articles (`load` is called only then: parsing them on every worker start would be wasted)
   * are replaced and the whole index is rebuilt; user articles are kept and re-queued.
   */
  async installBundled(version: string, load: () => Article[]): Promise<boolean> {
    if ((await this.getMeta('bundledVersion')) === version) return false;
    const articles = load();
    return this.changing(() => this.db.transaction('rw', this.db.tables, async () => {
      // Checked again inside the transaction: another start may have installed it meanwhile.
      if ((await this.getMeta('bundledVersion')) === version) return false;
      await this.db.articles.where('origin').equals('bundled').delete();
      await this.db.articles.bulkPut(articles.map(toStored));
      await clearIndexAndRequeue((name) => this.db.table(name));
      await this.setMeta('bundledVersion', version);
      return true;
    }));
  }

  /**
   * Adds user articles in one transaction: all land, or (on any error, a full disk included)
   * nothing changes. Articles already stored (same URL or same text) are reported, not added.
   * `commitPoint` is called after every read and before the first write: throwing there (a
   * cancel) aborts the transaction with nothing written. The work between the reads takes
   * seconds for thousands of articles, so it runs in slices (transactionSlices).
   */
  async importArticles(given: Article[], commitPoint: () => void = () => {}): Promise<ImportResult> {
    const tables = [this.db.articles, this.db.queue, this.db.sentences];
    return this.changing(() => this.db.transaction('rw', tables, async () => {
      const slices = this.transactionSlices();
      const result: ImportResult = { added: [], duplicates: [], copies: {}, storedCopies: {} };
      const articles: Article[] = [];
      const hashes: string[] = [];
      for (const article of given) {
        if (slices.due) await slices.giveWay();
        // Canonical before the same-address check, as they will be stored.
        articles.push(withCanonicalAddress(article));
        hashes.push(contentHashOf(article));
      }
      const urls = articles.flatMap((a) => (a.url ? [a.url] : []));
      const storedByUrl = new Map((await this.db.articles.where('url').anyOf(urls).toArray()).map((a) => [a.url!, a.id]));
      const storedByHash = new Map(
        (await this.db.articles.where('contentHash').anyOf(hashes).toArray()).map((a) => [a.contentHash, a.id]),
      );
      const fresh: Article[] = [];
      const freshHashes: string[] = [];
      articles.forEach((article, i) => {
        const sameUrl = article.url ? storedByUrl.get(article.url) : undefined;
        const sameText = storedByHash.get(hashes[i]);
        if (sameUrl || sameText) {
          const existingId = (sameUrl ?? sameText)!;
          result.duplicates.push({ title: article.title, reason: sameUrl ? 'same url' : 'same text', existingId, inThisImport: fresh.some((a) => a.id === existingId) });
          return;
        }
        if (article.url) storedByUrl.set(article.url, article.id);
        storedByHash.set(hashes[i], article.id);
        fresh.push(article);
        freshHashes.push(hashes[i]);
      });

      const { imported, storedCopies, relinked } = await linkImportedCopies(this.db, fresh, slices);
      const next = await this.nextAddedOrder();
      commitPoint();
      // The list shows the highest first: an import's first article gets its highest number,
      // so the import reads in its own order above the older ones. `imported` is `fresh` linked,
      // in its order and with its texts, so each keeps the content hash worked out above.
      await this.db.articles.bulkAdd(imported.map((a, i) => ({ ...a, contentHash: freshHashes[i], addedOrder: next + imported.length - 1 - i })));
      await this.db.queue.bulkAdd(imported.map((a) => ({ articleId: a.id })));
      // Stored articles now copies of imported ones, and the other new links of their groups.
      await this.db.articles.bulkUpdate([...storedCopies, ...relinked].map(([key, copyOf]) => ({ key, changes: { copyOf } })));
      result.storedCopies = Object.fromEntries(storedCopies);
      result.added = imported.map((a) => a.id);
      for (const article of imported) if (article.copyOf) result.copies[article.id] = article.copyOf;
      return result;
    }));
  }

  /**
   * Deletes user articles and takes them out of the index in place (index-removal.ts). The
   * surviving reprints of a deleted original are linked among themselves as an import of
   * them alone would link them (copy-candidates.ts): a reprint of another is not left an
   * independent source.
   */
  async deleteUserArticles(ids: string[]): Promise<number> {
    return this.changing(() => this.db.transaction('rw', this.db.tables, async () => {
      const doomed = (await this.db.articles.bulkGet(ids)).filter((a) => a?.origin === 'user').map((a) => a!.id);
      if (doomed.length) {
        const relinked = await relinkSurvivingCopies(this.db, doomed);
        await this.db.articles.bulkDelete(doomed);
        await this.db.articles.bulkUpdate([...relinked].map(([key, copyOf]) => ({ key, changes: { copyOf } })));
        await removeFromIndex(this.db, doomed, this.commonCounts);
      }
      return doomed.length;
    }));
  }

  /**
   * Indexes up to `maxArticles` queued articles in one transaction and answers how many remain.
   * The whole chunk is read, grouped into claims and written in a handful of batched requests
   * (IndexedDB's cost is per request, not per byte). assignClaims matches each article against
   * everything before it in queue order, so the order of the queue decides the claims.
   * The work between the reads and the writes takes a second or more, so it runs in slices
   * (transactionSlices), and `progress` hears, each time one gives way, how many articles are
   * still queued, the chunk's not yet grouped among them.
   */
  async indexChunk(maxArticles: number, progress: (remaining: number) => void = () => {}): Promise<number> {
    return this.changing(() => this.db.transaction('rw', this.db.tables, async () => {
      const slices = this.transactionSlices();
      const queued = await this.db.queue.count();
      const batch = await this.db.queue.orderBy('seq').limit(maxArticles).toArray();
      const articles = (await this.db.articles.bulkGet(batch.map((item) => item.articleId))).filter((a): a is StoredArticle => !!a);
      const counters = await this.counters();
      const prepared: Omit<IndexedSentence, 'claimId'>[] = [];
      for (const article of articles) {
        if (slices.due) await slices.giveWay();
        for (const sentence of prepareSentences(article)) prepared.push({ ...sentence, id: counters.nextSentenceId + prepared.length });
      }
      if (prepared.length) {
        // assignClaims reads the chunk's posting lists once and hands them back extended.
        const { claims, postings } = await assignClaims(prepared, this.stored, slices, (grouped) => progress(queued - grouped));
        const sentences: StoredSentence[] = [];
        for (const s of prepared) {
          if (slices.due) await slices.giveWay();
          sentences.push({ ...s, claimId: claims.get(s.id) ?? s.id, textHash: sentenceHashOf(s.text) });
        }
        await this.db.sentences.bulkAdd(sentences);
        await writePostings(this.db, postings, this.commonCounts);
        await this.setMeta(COUNTERS_KEY, {
          nextSentenceId: counters.nextSentenceId + sentences.length,
          sentences: counters.sentences + sentences.length,
          claims: counters.claims + sentences.filter((s) => s.claimId === s.id).length,
        } satisfies IndexCounters);
      }
      await this.db.queue.bulkDelete(batch.map((item) => item.seq!));
      return queued - batch.length;
    }));
  }

  /**
   * Slices for long work inside a transaction on the queue (lib/slices): each gives way with a
   * read on it, whose answer comes as a task of its own. Seq counts from 1, so it finds nothing.
   */
  private transactionSlices(): TimeSlices {
    return new TimeSlices(() => this.db.queue.get(0), this.sliceMs);
  }

  /**
   * Sizes and progress from the kept counters: no table is scanned. Like any read, it waits for
   * a write asked before it (IndexedDB runs them in order).
   */
  counts(): Promise<StoreCounts> {
    return this.db.transaction('r', [this.db.articles, this.db.queue, this.db.meta], async () => {
      const counters = await this.counters();
      return {
        articles: await this.db.articles.count(),
        userArticles: await this.db.articles.where('origin').equals('user').count(),
        sentences: counters.sentences,
        claims: counters.claims,
        pending: await this.db.queue.count(),
      };
    });
  }

  /**
   * The stored articles a page is, found by its address (either side's fragment and tracking
   * parameters aside: canonicalAddress) or by a whole text it shows (the page's, each of its
   * stories'; none when only part of the page is known), and their reprints, which print the
   * same text: matching leaves them out, or a page the user added would be its own source.
   */
  async articleIdsOfPage(url: string, wholeTexts: readonly string[]): Promise<Set<string>> {
    return this.db.transaction('r', this.db.articles, async () => {
      // Every stored address is canonical (articleFromRecord, and version 4's upgrade for older ones).
      const byAddress = await this.db.articles.where('url').equals(canonicalAddress(url)).primaryKeys();
      const hashes = wholeTexts.map((text) => contentHashOf({ paragraphs: paragraphsOf(text) }));
      const byText = hashes.length ? await this.db.articles.where('contentHash').anyOf(hashes).primaryKeys() : [];
      const own = [...byAddress, ...byText];
      const reprints = own.length ? await this.db.articles.where('copyOf').anyOf(own).primaryKeys() : [];
      return new Set([...own, ...reprints]);
    });
  }

  /** The user's articles, newest first, a page at a time, with the total; the page's reprints' originals in one read. */
  async userArticles(offset: number, limit: number): Promise<{ total: number; articles: ArticleSummary[] }> {
    return this.db.transaction('r', this.db.articles, async () => {
      const page = await userArticlesNewestFirst(this.db).offset(offset).limit(limit).toArray();
      const originalIds = [...new Set(page.flatMap((a) => (a.copyOf ? [a.copyOf] : [])))];
      const originals = new Map<string, OriginalSummary>();
      if (originalIds.length) {
        for (const found of await this.db.articles.bulkGet(originalIds)) {
          if (found) originals.set(found.id, { title: found.title, outlet: found.outlet, outletId: found.outletId });
        }
      }
      const articles = page.map(({ id, title, outlet, outletId, url, published, sourceFile, copyOf }) => {
        const original = (copyOf && originals.get(copyOf)) || null;
        return { id, title, outlet, outletId, url, published, sourceFile, copyOf, original };
      });
      return { total: await this.db.articles.where('origin').equals('user').count(), articles };
    });
  }

  /** The user's articles read from one imported file (import-files.ts): removing an import whole. */
  userArticleIdsFrom(sourceFile: string): Promise<string[]> {
    return this.db.transaction('r', this.db.articles, () => userArticleIdsFrom(this.db, sourceFile));
  }

  /** The files the user's articles were imported from, with their counts, latest import first. */
  importFiles(): Promise<ImportFileSummary[]> {
    return this.db.transaction('r', this.db.articles, () => importFiles(this.db));
  }

  private async nextAddedOrder(): Promise<number> {
    const newest = await userArticlesNewestFirst(this.db).first();
    return newest === undefined ? 0 : newest.addedOrder! + 1;
  }

  /** Articles in list order (article-order.ts), `limit` at a time after `after`: export. */
  exportPage(after: ExportCursor | null, limit: number): Promise<{ articles: StoredArticle[]; next: ExportCursor | null }> {
    return exportPage(this.db, after, limit);
  }

  /** Lists user articles an older version stored without an order (article-order.ts). */
  orderUnorderedUserArticles(): Promise<number> {
    return orderUnorderedUserArticles(this.db);
  }

  private counters(): Promise<IndexCounters> {
    return readCounters(this.db.meta);
  }

  private async getMeta(key: string): Promise<unknown> {
    return (await this.db.meta.get(key))?.value;
  }

  private async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }
}
