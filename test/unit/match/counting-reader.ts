/** CorpusReader wrappers for tests: one that counts calls (reads are batched), one whose reads can be swapped. */
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

/** A plain object forwarding to `inner` (a class instance's methods do not spread), so a test can replace one read. */
export function readerOver(inner: CorpusReader): CorpusReader {
  return {
    postings: (terms) => inner.postings(terms),
    sentences: (ids) => inner.sentences(ids),
    claimMembers: (ids, limit) => inner.claimMembers(ids, limit),
    articles: (ids) => inner.articles(ids),
    sentenceCount: () => inner.sentenceCount(),
  };
}
