/**
 * An in-memory corpus: the CorpusReader used by the command-line tools and tests (the
 * extension's IndexedDB store implements the same interface).
 */
import type { Article } from '../types';
import { assignClaims } from './claims';
import { indexTerms } from './features';
import { prepareSentences } from './prepare';
import type { CorpusReader, IndexedSentence } from './types';

export class MemoryIndex implements CorpusReader {
  private readonly sentencesById = new Map<number, IndexedSentence>();
  private readonly postingLists = new Map<string, number[]>();
  private readonly membersByClaim = new Map<number, number[]>();
  private readonly articlesById = new Map<string, Article>();
  private nextSentenceId = 1;

  /** Segments, groups into claims and indexes the articles, in order. */
  async addArticles(articles: Article[]): Promise<void> {
    const fresh = articles.flatMap((article) => prepareSentences(article)).map((s) => ({ ...s, id: this.nextSentenceId++ }));
    const claims = await assignClaims(fresh, this);
    for (const article of articles) this.articlesById.set(article.id, article);
    for (const s of fresh) {
      const sentence: IndexedSentence = { ...s, claimId: claims.get(s.id)! };
      this.sentencesById.set(sentence.id, sentence);
      for (const term of indexTerms(sentence.features)) this.push(this.postingLists, term, sentence.id);
      this.push(this.membersByClaim, sentence.claimId, sentence.id);
    }
  }

  /** All indexed sentences, in id order. */
  allSentences(): IndexedSentence[] {
    return [...this.sentencesById.values()];
  }

  async postings(terms: string[]): Promise<Map<string, number[]>> {
    const found = new Map<string, number[]>();
    for (const term of terms) {
      const ids = this.postingLists.get(term);
      if (ids) found.set(term, [...ids]);
    }
    return found;
  }

  async sentences(ids: number[]): Promise<IndexedSentence[]> {
    return ids.flatMap((id) => this.sentencesById.get(id) ?? []);
  }

  async claimMembers(claimIds: number[]): Promise<IndexedSentence[]> {
    return this.sentences(claimIds.flatMap((claimId) => this.membersByClaim.get(claimId) ?? []));
  }

  async articles(ids: string[]): Promise<Article[]> {
    return ids.flatMap((id) => this.articlesById.get(id) ?? []);
  }

  async sentenceCount(): Promise<number> {
    return this.sentencesById.size;
  }

  private push<K>(map: Map<K, number[]>, key: K, id: number): void {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  }
}
