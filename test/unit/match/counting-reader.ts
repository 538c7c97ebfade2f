/** A CorpusReader wrapper that counts calls, to check that reads are batched. */
import type { CorpusReader } from '../../../lib/match/types';

export function countingReader(inner: CorpusReader): { reader: CorpusReader; calls: Record<keyof CorpusReader, number> } {
  const calls = { postings: 0, sentences: 0, claimMembers: 0, articles: 0, sentenceCount: 0 };
  const reader: CorpusReader = {
    postings: (terms) => (calls.postings++, inner.postings(terms)),
    sentences: (ids) => (calls.sentences++, inner.sentences(ids)),
    claimMembers: (ids, limit) => (calls.claimMembers++, inner.claimMembers(ids, limit)),
    articles: (ids) => (calls.articles++, inner.articles(ids)),
    sentenceCount: () => (calls.sentenceCount++, inner.sentenceCount()),
  };
  return { reader, calls };
}
