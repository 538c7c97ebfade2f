import { describe, expect, it } from 'vitest';
import { cachedReader } from '../../../lib/match/cached-reader';
import { matchText } from '../../../lib/match/match';
import { MemoryIndex } from '../../../lib/match/memory-index';
import { LruCache } from '../../../lib/lru-cache';
import { article, ARTICLES } from './fixtures';
import { countingReader, readerOver } from './counting-reader';

async function corpus(): Promise<MemoryIndex> {
  const index = new MemoryIndex();
  await index.addArticles(ARTICLES);
  return index;
}

const PAGE = 'The Valmora harbour bridge reopened on Friday, after repairs lasting 14 months and costing $48 million.';

describe('LruCache', () => {
  it('forgets the least recently used entries past its capacity', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([1, undefined, 3]);
  });

  it('counts entries by the size it is given and refuses one larger than the whole', () => {
    const cache = new LruCache<string, string>(5, (value) => value.length);
    cache.set('x', 'abc');
    cache.set('y', 'de');
    expect(cache.size).toBe(5);
    cache.set('z', 'f');
    expect([cache.get('x'), cache.get('y'), cache.get('z')]).toEqual([undefined, 'de', 'f']);
    cache.set('huge', 'abcdef');
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.size).toBe(3);
  });
});

describe('cachedReader', () => {
  it('answers a page read again from memory, with the same passages', async () => {
    const { reader: counted, calls } = countingReader(await corpus());
    const reader = cachedReader(counted);
    const first = await matchText(PAGE, reader);
    const readsForOnePage = { ...calls };
    expect(first.length).toBe(1);
    expect(await matchText(PAGE, reader)).toEqual(first);
    expect(calls).toEqual(readsForOnePage);
  });

  it('keeps absent keys as absent instead of asking again', async () => {
    const { reader: counted, calls } = countingReader(await corpus());
    const reader = cachedReader(counted);
    expect(await reader.postings(['nosuchterm'])).toEqual(new Map());
    expect(await reader.sentences([9_999])).toEqual([]);
    await reader.postings(['nosuchterm']);
    await reader.sentences([9_999]);
    expect([calls.postings, calls.sentences]).toEqual([1, 1]);
  });

  it('reads only the keys it does not hold, and answers in the order asked', async () => {
    const index = await corpus();
    const asked: number[][] = [];
    const reader = cachedReader({ ...readerOver(index), sentences: (ids) => (asked.push(ids), index.sentences(ids)) });
    await reader.sentences([2, 3]);
    const answer = await reader.sentences([4, 3, 2]);
    expect(asked).toEqual([[2, 3], [4]]);
    expect(answer.map((s) => s.id)).toEqual([4, 3, 2]);
  });

  it('keeps claim members per claim and per limit', async () => {
    const index = await corpus();
    const { reader: counted, calls } = countingReader(index);
    const reader = cachedReader(counted);
    const [claim] = await matchText(PAGE, reader);
    const all = await reader.claimMembers([claim.claimId], 100);
    const callsBefore = calls.claimMembers;
    expect(await reader.claimMembers([claim.claimId], 100)).toEqual(all);
    expect(calls.claimMembers).toBe(callsBefore);
    expect(await reader.claimMembers([claim.claimId], 1)).toHaveLength(1);
    expect(calls.claimMembers).toBe(callsBefore + 1);
  });

  it('sees the index as it is after invalidate', async () => {
    const index = await corpus();
    const reader = cachedReader(readerOver(index));
    const before = await matchText(PAGE, reader);
    await index.addArticles([article('e', 'Harbour Post', ['Valmora’s harbour bridge reopened on Friday after 14 months of repairs costing $48 million.'])]);
    // Without invalidate the cache still answers for the index it read.
    expect(await matchText(PAGE, reader)).toEqual(before);
    reader.invalidate();
    const after = await matchText(PAGE, reader);
    expect(after[0].reports.map((r) => r.articleId)).toContain('e');
    expect(await reader.sentenceCount()).toBe(await index.sentenceCount());
  });

  it('hands back but does not keep what a read under way during invalidate brought', async () => {
    const index = await corpus();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reads = 0;
    const reader = cachedReader({
      ...readerOver(index),
      sentences: async (ids) => {
        reads++;
        if (reads === 1) await gate;
        return index.sentences(ids);
      },
    });
    const pending = reader.sentences([1]);
    reader.invalidate();
    release();
    expect((await pending).map((s) => s.id)).toEqual([1]);
    await reader.sentences([1]);
    expect(reads).toBe(2);
  });
});
