/**
 * An in-memory corpus: the CorpusReader used by the command-line tools and tests (the
 * extension's IndexedDB store implements the same interface).
 */
import type { Article } from '../types';
import { assignClaims } from './claims';
import type { PostingList } from './postings';
import { prepareSentences } from './prepare';
import type { CorpusReader, IndexedSentence } from './types';

export class MemoryIndex implements CorpusReader {
  private readonly sentencesById = new Map<number, IndexedSentence>();
  private readonly postingLists = new Map<string, PostingList>();
  private readonly membersByClaim = new Map<number, number[]>();
  private readonly articlesById = new Map<string, Article>();
  private nextSentenceId = 1;

  /** Segments, groups into claims and indexes the articles, in order. */
  async addArticles(articles: Article[]): Promise<void> {
    const fresh = articles.flatMap((article) => prepareSentences(article)).map((s) => ({ ...s, id: this.nextSentenceId++ }));
    const { claims, postings } = await assignClaims(fresh, this);
    for (const article of articles) this.articlesById.set(article.id, article);
    for (const s of fresh) {
      const sentence: IndexedSentence = { ...s, claimId: claims.get(s.id)! };
      this.sentencesById.set(sentence.id, sentence);
      const members = this.membersByClaim.get(sentence.claimId);
      if (members) members.push(sentence.id);
      else this.membersByClaim.set(sentence.claimId, [sentence.id]);
    }
    for (const [term, list] of postings) this.postingLists.set(term, list);
  }

  /** All indexed sentences, in id order. */
  allSentences(): IndexedSentence[] {
    return [...this.sentencesById.values()];
  }

  async postings(terms: string[]): Promise<Map<string, PostingList>> {
    const found = new Map<string, PostingList>();
    for (const term of terms) {
      const list = this.postingLists.get(term);
      if (list) found.set(term, list);
    }
    return found;
  }

  async sentences(ids: number[]): Promise<IndexedSentence[]> {
    return ids.flatMap((id) => this.sentencesById.get(id) ?? []);
  }

  async claimMembers(claimIds: number[], limitPerClaim: number): Promise<IndexedSentence[]> {
    return this.sentences(claimIds.flatMap((claimId) => (this.membersByClaim.get(claimId) ?? []).slice(0, limitPerClaim)));
  }

  async articles(ids: string[]): Promise<Article[]> {
    return ids.flatMap((id) => this.articlesById.get(id) ?? []);
  }

  async sentenceCount(): Promise<number> {
    return this.sentencesById.size;
  }
}
