import { describe, expect, it } from 'vitest';
import { appendPostings, EMPTY_POSTINGS, idsByTerm, isSelective, MAX_CANDIDATE_POSTINGS } from '../../../lib/match/postings';
import { rankCandidates } from '../../../lib/match/candidates';
import { extractFeatures, indexTerms, PAIRED_TERMS, pairParts } from '../../../lib/match/features';

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('posting lists', () => {
  it('append ids in order and count them', () => {
    const list = appendPostings(appendPostings(EMPTY_POSTINGS, [1, 4]), [9]);
    expect(list.df).toBe(3);
    expect([...list.ids]).toEqual([1, 4, 9]);
  });

  it('keep only the count once a term is too common to find candidates', () => {
    const full = appendPostings(EMPTY_POSTINGS, range(1, MAX_CANDIDATE_POSTINGS));
    expect(isSelective(full)).toBe(true);
    const over = appendPostings(full, [MAX_CANDIDATE_POSTINGS + 1, MAX_CANDIDATE_POSTINGS + 2]);
    expect(over.df).toBe(MAX_CANDIDATE_POSTINGS + 2);
    expect(over.ids).toHaveLength(0);
    expect(isSelective(over)).toBe(false);
    expect(appendPostings(over, [5000]).df).toBe(MAX_CANDIDATE_POSTINGS + 3);
  });

  it('group sentence ids under each of their index terms', () => {
    const byTerm = idsByTerm([
      [3, indexTerms(extractFeatures('Valmora reopened the bridge.'))],
      [7, indexTerms(extractFeatures('The bridge in Valmora was closed.'))],
    ]);
    expect(byTerm.get(extractFeatures('bridge').t[0])).toEqual([3, 7]);
  });

  it('rank candidates by the rare terms they share; a too-common term finds none', () => {
    const postings = new Map([
      ['rare', appendPostings(EMPTY_POSTINGS, [2, 5])],
      ['rarer', appendPostings(EMPTY_POSTINGS, [5])],
      ['everywhere', appendPostings(EMPTY_POSTINGS, range(1, MAX_CANDIDATE_POSTINGS + 1))],
    ]);
    const weigh = (term: string) => ({ rare: 1, rarer: 2, everywhere: 5 })[term]!;
    expect(rankCandidates([['rare', 'rarer', 'everywhere'], ['everywhere']], postings, undefined, weigh)).toEqual([[5, 2], []]);
    // Admission filters before ranking; equal weights rank the lower id first.
    expect(rankCandidates([['rare']], postings, (_, id) => id !== 2, weigh)).toEqual([[5]]);
    expect(rankCandidates([['rare']], postings, undefined, weigh)).toEqual([[2, 5]]);
  });

  it('index the pairs of a sentence\'s most distinctive terms besides the terms', () => {
    const keys = indexTerms(extractFeatures('Mayor Ilse Brandt said the Valmora harbour bridge reopened on Friday.'));
    const pairs = keys.filter((key) => pairParts(key));
    expect(pairs).toHaveLength((PAIRED_TERMS * (PAIRED_TERMS - 1)) / 2);
    const singles = new Set(keys.filter((key) => !pairParts(key)));
    for (const pair of pairs) for (const part of pairParts(pair)!) expect(singles.has(part)).toBe(true);
    // The same sentence in another case and typography gives the same keys: page and corpus agree.
    expect(indexTerms(extractFeatures('MAYOR ILSE BRANDT SAID THE VALMORA HARBOUR BRIDGE REOPENED ON FRIDAY.')).filter((key) => pairParts(key))).toEqual(pairs);
  });

  it('find candidates through a pair when both its terms are too common to be walked', () => {
    const common = appendPostings(EMPTY_POSTINGS, range(1, MAX_CANDIDATE_POSTINGS + 1));
    const postings = new Map([
      ['bridg', common],
      ['reopen', common],
      ['bridg&reopen', appendPostings(EMPTY_POSTINGS, [42, 77])],
      ['quay', appendPostings(EMPTY_POSTINGS, [77])],
    ]);
    const weigh = (term: string) => ({ bridg: 3, reopen: 3, quay: 1 })[term] ?? 0;
    // The pair stands in for its two common terms: 77 shares them and the rare "quay".
    expect(rankCandidates([['bridg', 'reopen', 'quay', 'bridg&reopen']], postings, undefined, weigh)).toEqual([[77, 42]]);
    expect(rankCandidates([['bridg', 'reopen']], postings, undefined, weigh)).toEqual([[]]);
  });
});
