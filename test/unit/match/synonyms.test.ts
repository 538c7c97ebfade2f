import { describe, expect, it } from 'vitest';
import { extractFeatures, type SentenceFeatures } from '../../../lib/match/features';
import { GENERAL_FREQUENCIES } from '../../../lib/match/idf';
import { pairEvidence } from '../../../lib/match/pair-features';
import { scorePair } from '../../../lib/match/score';
import { synonymGroups } from '../../../lib/match/synonyms';
import shipped from '../../../lib/match/synonyms.json';
import { wordKey } from '../../../lib/text/analyze';

const shareGroup = (a: string, b: string) => synonymGroups(wordKey(a)).some((group) => synonymGroups(wordKey(b)).includes(group));
const evidence = (a: string, b: string) => pairEvidence(extractFeatures(a), extractFeatures(b)).values;

describe('synonymGroups', () => {
  it.each([
    ['lawyers', 'attorneys'], // one sense, two words
    ['car', 'automobile'],
    ['decided', 'decision'], // a derived form the stemmer leaves apart
    ['economic', 'economy'], // an adjective and the noun it pertains to
  ])('groups %s with %s', (a, b) => {
    expect(shareGroup(a, b)).toBe(true);
    expect(shareGroup(b, a)).toBe(true);
  });

  it.each([
    ['rise', 'fall'], ['increase', 'decrease'], ['win', 'lose'], ['accept', 'reject'],
    ['buy', 'sell'], ['victory', 'defeat'], ['open', 'close'],
  ])('keeps opposites apart: %s / %s', (a, b) => {
    expect(shareGroup(a, b)).toBe(false);
  });

  it('has no groups for numbers, dates and words outside the table', () => {
    for (const term of ['#1200', '#19%', '@7-23', 'qwzxv']) expect(synonymGroups(term)).toEqual([]);
  });

  it('ships only groups that can match: two or more terms, all in the idf vocabulary', () => {
    const vocabulary = new Set(Object.keys(GENERAL_FREQUENCIES.df));
    for (const group of shipped.groups) {
      const terms = group.split(' ');
      expect(new Set(terms).size, group).toBeGreaterThanOrEqual(2);
      for (const term of terms) expect(vocabulary.has(term), term).toBe(true);
    }
  });
});

describe('synonymCover', () => {
  const original = 'The lawyers filed the appeal on Friday.';
  const synonym = 'The attorneys filed the appeal on Friday.';

  it('counts a claim word found only as a synonym, apart from claimCover', () => {
    const values = evidence(original, synonym);
    expect(values.synonymCover).toBeGreaterThan(0);
    expect(values.claimCover).toBeLessThan(1);
    expect(values.claimCover + values.synonymCover).toBeCloseTo(1, 10);
    expect(evidence(synonym, original).synonymCover).toBeCloseTo(values.synonymCover, 12);
  });

  it('is zero when every word is found as such', () => {
    expect(evidence(original, original).synonymCover).toBe(0);
  });

  it('never matches a name by its synonym', () => {
    // "Note" as a name (a capitalised word, marked as an entity) is not the common noun "remark".
    const remark: SentenceFeatures = { t: [wordKey('minister'), wordKey('dismissed'), wordKey('remark')], m: '000', g: 0, w: 5 };
    const name: SentenceFeatures = { ...remark, t: [...remark.t.slice(0, 2), wordKey('note')], m: '001' };
    const noun: SentenceFeatures = { ...name, m: '000' };
    expect(pairEvidence(remark, noun).values.synonymCover).toBeGreaterThan(0);
    expect(pairEvidence(remark, name).values.synonymCover).toBe(0);
  });

  it('ranks a synonym above an unrelated word of about the same rarity', () => {
    const unrelated = 'The judges filed the appeal on Friday.';
    const score = (a: string, b: string) => scorePair(extractFeatures(a), extractFeatures(b));
    expect(score(original, synonym)).toBeGreaterThan(score(original, unrelated));
  });
});
