/**
 * All reads and writes of the corpus database: articles, the sentence index, claims, and the
 * indexing queue. Indexing runs in chunks, each chunk one transaction, so a background worker
 * stopped in the middle loses at most the chunk in flight and the next start resumes from the
 * queue with the same result as an uninterrupted build.
 */
import type { Article } from '../types';
import type { CorpusReader, IndexedSentence } from '../match/types';
import { prepareSentences } from '../match/prepare';
import { assignClaims } from '../match/claims';
import { indexTerms } from '../match/features';
import { hashText } from '../hash';
import { CorpusDatabase, type StoredArticle } from './schema';

/**
 * A term found in more sentences than this keeps only its first ids: such a term is useless for
 * finding candidates, and rewriting an ever-growing list on every article would make indexing
 * quadratic. The list length still tells the matcher the term is common.
 */
export const POSTING_CAP = 4000;

export interface ImportResult {
  added: string[];
  duplicates: { title: string | null; reason: 'same url' | 'same text'; existingId: string }[];
}

export interface StoreCounts {
  articles: number;
  userArticles: number;
  sentences: number;
  claims: number;
  pending: number;
}

const contentHashOf = (article: Article) =>
  hashText(article.paragraphs.join('\n').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());

export class CorpusStore {
  constructor(readonly db: CorpusDatabase) {}

  /** Reads for the matcher; inside a transaction they see its uncommitted writes. */
  readonly reader: CorpusReader = {
    postings: async (terms) => {
      const rows = await this.db.postings.bulkGet(terms);
      const map = new Map<string, number[]>();
      rows.forEach((row, i) => row && map.set(terms[i], row.ids));
      return map;
    },
    sentences: async (ids) => (await this.db.sentences.bulkGet(ids)).filter((s): s is IndexedSentence => !!s),
    claimMembers: async (claimIds) =>
      claimIds.length ? this.db.sentences.where('claimId').anyOf(claimIds).toArray() : [],
    articles: async (ids) => (await this.db.articles.bulkGet(ids)).filter((a): a is StoredArticle => !!a),
    sentenceCount: () => this.db.sentences.count(),
  };

  /**
   * Installs a version of the bundled corpus. When it differs from the stored one, the bundled
   * articles are replaced and the whole index is rebuilt; user articles are kept and re-queued.
   */
  async installBundled(articles: Article[], version: string): Promise<boolean> {
    return this.db.transaction('rw', this.db.tables, async () => {
      if ((await this.getMeta('bundledVersion')) === version) return false;
      await this.db.articles.where('origin').equals('bundled').delete();
      await this.db.articles.bulkPut(articles.map((a) => ({ ...a, contentHash: contentHashOf(a) })));
      await this.requeueEverything();
      await this.setMeta('bundledVersion', version);
      return true;
    });
  }

  /** Adds user articles in one transaction: all land, or (on any error) nothing changes. */
  async importArticles(articles: Article[]): Promise<ImportResult> {
    return this.db.transaction('rw', [this.db.articles, this.db.queue], async () => {
      const result: ImportResult = { added: [], duplicates: [] };
      const seenUrls = new Map<string, string>();
      const seenHashes = new Map<string, string>();
      for (const article of articles) {
        const contentHash = contentHashOf(article);
        const sameUrl = article.url
          ? seenUrls.get(article.url) ?? (await this.db.articles.where('url').equals(article.url).first())?.id
          : undefined;
        const sameText = seenHashes.get(contentHash) ?? (await this.db.articles.where('contentHash').equals(contentHash).first())?.id;
        if (sameUrl || sameText) {
          result.duplicates.push({
            title: article.title,
            reason: sameUrl ? 'same url' : 'same text',
            existingId: (sameUrl ?? sameText)!,
          });
          continue;
        }
        if (article.url) seenUrls.set(article.url, article.id);
        seenHashes.set(contentHash, article.id);
        await this.db.articles.add({ ...article, contentHash });
        await this.db.queue.add({ articleId: article.id });
        result.added.push(article.id);
      }
      return result;
    });
  }

  /** Deletes user articles; the index is rebuilt because claims may have formed around them. */
  async deleteUserArticles(ids: string[]): Promise<number> {
    return this.db.transaction('rw', this.db.tables, async () => {
      const doomed = (await this.db.articles.bulkGet(ids)).filter((a) => a?.origin === 'user').map((a) => a!.id);
      await this.db.articles.bulkDelete(doomed);
      if (doomed.length) await this.requeueEverything();
      return doomed.length;
    });
  }

  /**
   * Indexes up to `maxArticles` queued articles in one transaction and answers how many remain.
   * Each article's sentences are matched against everything indexed before it, so the order of
   * the queue alone decides the claims, whatever the chunk size.
   */
  async indexChunk(maxArticles: number): Promise<number> {
    return this.db.transaction('rw', this.db.tables, async () => {
      const batch = await this.db.queue.orderBy('seq').limit(maxArticles).toArray();
      for (const item of batch) {
        const article = await this.db.articles.get(item.articleId);
        if (article) await this.indexArticle(article);
        await this.db.queue.delete(item.seq!);
      }
      return this.db.queue.count();
    });
  }

  private async indexArticle(article: Article): Promise<void> {
    const firstId = ((await this.getMeta('nextSentenceId')) as number | undefined) ?? 1;
    const prepared = prepareSentences(article).map((s, i) => ({ ...s, id: firstId + i }));
    if (!prepared.length) return;
    const claimOf = await assignClaims(prepared, this.reader);
    const sentences: IndexedSentence[] = prepared.map((s) => ({ ...s, claimId: claimOf.get(s.id) ?? s.id }));
    await this.db.sentences.bulkAdd(sentences);
    await this.addPostings(sentences);
    await this.setMeta('nextSentenceId', firstId + prepared.length);
  }

  private async addPostings(sentences: IndexedSentence[]): Promise<void> {
    const idsByTerm = new Map<string, number[]>();
    for (const sentence of sentences) {
      for (const term of new Set(indexTerms(sentence.features))) {
        const ids = idsByTerm.get(term);
        if (ids) ids.push(sentence.id);
        else idsByTerm.set(term, [sentence.id]);
      }
    }
    const terms = [...idsByTerm.keys()];
    const existing = await this.db.postings.bulkGet(terms);
    const updated = terms.flatMap((term, i) => {
      const old = existing[i]?.ids ?? [];
      if (old.length >= POSTING_CAP) return [];
      return [{ term, ids: old.concat(idsByTerm.get(term)!).slice(0, POSTING_CAP) }];
    });
    await this.db.postings.bulkPut(updated);
  }

  /** Clears the index and queues every article again: bundled first, then user articles. */
  private async requeueEverything(): Promise<void> {
    await Promise.all([this.db.sentences.clear(), this.db.postings.clear(), this.db.queue.clear()]);
    await this.setMeta('nextSentenceId', 1);
    const bundled = await this.db.articles.where('origin').equals('bundled').primaryKeys();
    const user = await this.db.articles.where('origin').equals('user').primaryKeys();
    await this.db.queue.bulkAdd([...bundled, ...user].map((articleId) => ({ articleId })));
  }

  async counts(): Promise<StoreCounts> {
    return this.db.transaction('r', this.db.tables, async () => {
      const claimIds = new Set(await this.db.sentences.orderBy('claimId').uniqueKeys());
      return {
        articles: await this.db.articles.count(),
        userArticles: await this.db.articles.where('origin').equals('user').count(),
        sentences: await this.db.sentences.count(),
        claims: claimIds.size,
        pending: await this.db.queue.count(),
      };
    });
  }

  /** Every article, for export. */
  allArticles(): Promise<StoredArticle[]> {
    return this.db.articles.toArray();
  }

  private async getMeta(key: string): Promise<unknown> {
    return (await this.db.meta.get(key))?.value;
  }

  private async setMeta(key: string, value: unknown): Promise<void> {
    await this.db.meta.put({ key, value });
  }
}
