import { describe, expect, it } from 'vitest';
import { extractFeatures, indexTerms } from '../../../lib/match/features';
import { LINK_THRESHOLD, SAME_CLAIM_THRESHOLD, scorePair } from '../../../lib/match/score';

const score = (a: string, b: string) => scorePair(extractFeatures(a), extractFeatures(b));

// Invented news sentences: each pair reports one claim in different words.
const SAME_CLAIM: [string, string][] = [
  ['The port authority said 1,200 containers were stranded in Rotterdam on Monday.', 'Some 1,200 containers were stranded at Rotterdam on Monday, the port authority said.'],
  ['Turnout in the referendum was almost 62%, the electoral commission said.', 'The electoral commission put referendum turnout at nearly 62 per cent.'],
  ['Officials in Kiev said the new air-defence systems arrived on Tuesday.', 'Officials in Kyiv said the new air defense systems arrived on Tuesday.'],
  ['“Nobody is stalling the inquiry,” the minister told parliament.', '“No one is delaying the inquiry here,” the minister told parliament.'],
  ['Zelenskiy met the Polish president in Warsaw on 3 March.', 'Zelenskyy met the president of Poland in Warsaw on March 3.'],
  ['Serbia rejected Kosovo’s claims of sovereignty over the northern villages.', 'Serbia has promised never to recognise Kosovo’s sovereignty over the northern villages.'],
  ['The ministry denied the report and dismissed it as propaganda.', 'The ministry denied the report, calling it propaganda.'],
];

// Invented pairs that share names and topic but not the claim.
const DIFFERENT_CLAIM: [string, string][] = [
  ['The airline carried a record 4.1 million passengers in August.', 'The airline carried a record 3.7 million passengers in July.'],
  ['The central bank raised its main rate to 4.5% on Thursday.', 'The central bank cut its main rate to 3% in March.'],
  ['The mayor said the stadium would open in 2027.', 'The mayor said the stadium would not open in 2027.'],
  ['The ministry denied that its troops had shelled the dam.', 'The ministry said that its troops had shelled the dam.'],
];

// One claim reworded must reach the pair cut (it restates the claim); another claim must stay
// below even the lower link cut, or a page would highlight it.
describe('scorePair', () => {
  it('returns a probability and is symmetric', () => {
    for (const [a, b] of [...SAME_CLAIM, ...DIFFERENT_CLAIM]) {
      const ab = score(a, b);
      expect(ab).toBeGreaterThanOrEqual(0);
      expect(ab).toBeLessThanOrEqual(1);
      expect(score(b, a)).toBeCloseTo(ab, 10);
    }
  });

  it('is symmetric when both sides carry the same idf mass (unknown terms weigh alike)', () => {
    // Which side counts as the claim must not depend on argument order when the masses tie.
    for (const [a, b] of [['1 73', '1 Kiev'], ['Lorem 153 ipsum 23', 'Zelensky Kiev 23 381'], ['Qwzx 0', 'Qwzx 2 1']]) {
      expect(score(b, a)).toBeCloseTo(score(a, b), 12);
    }
  });

  it('weighs words that name built-in object properties like any other unknown word', () => {
    // "constructor" and "__proto__" once read the idf table's prototype and made every score NaN.
    const sentence = 'The constructor said __proto__ valueOf output rose sharply in Rotterdam on Monday.';
    expect(score(sentence, sentence)).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(score(sentence, 'Prices of tulips fell in Amsterdam.')).toBeLessThan(LINK_THRESHOLD);
  });

  it.each(SAME_CLAIM)('matches reworded reports of one claim: %s', (a, b) => {
    expect(score(a, b)).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
  });

  it.each(DIFFERENT_CLAIM)('rejects sentences that share only names or topic: %s', (a, b) => {
    expect(score(a, b)).toBeLessThan(LINK_THRESHOLD);
  });

  it('ranks a rewording above a sentence on the same topic', () => {
    const page = 'Floods forced 8,000 people from their homes in Bavaria on Sunday.';
    const rewording = 'Some 8,000 people were forced from their homes by floods in Bavaria on Sunday.';
    const sameTopic = 'Floods in Bavaria are expected to worsen next week, forecasters said.';
    expect(score(page, rewording)).toBeGreaterThan(score(page, sameTopic));
  });

  it('links one claim restated with another figure, but not the same kind of claim for another month', () => {
    const june = 'The ministry said 2,350 drones were shot down in June.';
    expect(score(june, 'The ministry said 1,940 drones were shot down in June.')).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(score(june, 'The ministry said 1,940 drones were shot down in May.')).toBeLessThan(LINK_THRESHOLD);
    const analysis = 'An analysis by the weather service found that a record 412 wildfires burned in Portugal in August.';
    expect(score(analysis, 'Analysis by the weather service found a record 398 wildfires had burned in Portugal in August.')).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(score('A record 512 wildfires burned in Portugal in July.', 'A record 398 wildfires burned in Portugal in August.')).toBeLessThan(LINK_THRESHOLD);
  });

  it('rejects two figures that both differ, even when the wording is identical', () => {
    const a = 'The ministry said 2,350 drones were shot down over 12 regions.';
    expect(score(a, a)).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
    expect(score(a, 'The ministry said 1,940 drones were shot down over 9 regions.')).toBeLessThan(LINK_THRESHOLD);
  });

  it('matches a claim stated inside a longer sentence', () => {
    const page = 'The finance minister accused the opposition of blocking the budget by boycotting the Lisbon committee vote.';
    const report = 'The opposition is blocking the budget by boycotting the Lisbon committee vote, which the government still hopes to win, the finance minister said on Tuesday.';
    expect(score(page, report)).toBeGreaterThanOrEqual(SAME_CLAIM_THRESHOLD);
  });

  it('rejects boilerplate and short fragments, even against themselves', () => {
    for (const fragment of ['Reuters', 'Read more', 'He said.', 'The ministry did not immediately respond to a request for comment.']) {
      expect(score(fragment, fragment)).toBeLessThan(LINK_THRESHOLD);
    }
    expect(score(
      'The Kremlin did not immediately respond to a request for comment.',
      'The Kremlin did not respond to a request for comment on the drone attack.',
    )).toBeLessThan(LINK_THRESHOLD);
  });
});

describe('features', () => {
  it('survive a JSON round trip unchanged', () => {
    const f = extractFeatures('“We will not sign,” the envoy said in Geneva on 12 May, citing 40% tariffs.');
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it('give selective index terms without stop words or reporting verbs', () => {
    const terms = indexTerms(extractFeatures('The minister said that the new bridge in Lyon was closed.'));
    expect(terms).toEqual(expect.arrayContaining(['minist', 'bridg', 'lyon', 'close']));
    for (const common of ['the', 'that', 'was', 'sai', 'say', 'said', 'in']) expect(terms).not.toContain(common);
  });
});
