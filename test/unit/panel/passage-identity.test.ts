/** A passage the reader opened (in the side panel, or its hover card) is found again in the next answer for the page. */
import { describe, expect, it } from 'vitest';
import { identityOf, indexOfPassage } from '@/lib/passage-identity';
import type { PassageMatch } from '@/lib/match/types';

const passage = (text: string, start: number, claimId: number): PassageMatch => ({
  text, start, end: start + text.length, claimId, score: 0.8, reports: [], moreReports: false, loose: false,
});
const LEAD = passage('The Kremlin rejected the charge.', 0, 4);
const LUHANSK = passage('Luhansk is fully under Russian control.', 40, 9);
const QUOTE = 'No one is stalling anything.';
const moved = (p: PassageMatch, by: number) => ({ ...p, start: p.start + by, end: p.end + by });

describe('indexOfPassage', () => {
  it('finds an opened passage again after a passage was inserted before it and its offsets moved', () => {
    const opened = identityOf([LEAD, LUHANSK], 1);
    const inserted = passage('Talks in Istanbul lasted 40 minutes.', 0, 12);
    expect(indexOfPassage([inserted, moved(LEAD, 37), moved(LUHANSK, 37)], opened)).toBe(2);
  });

  it('tells a repeated passage (a pull quote) from the first, however far the page grows above both', () => {
    const page = [passage(QUOTE, 1000, 5), passage(QUOTE, 1300, 5)];
    for (const growth of [40, 500]) {
      const grown = page.map((p) => moved(p, growth));
      expect(indexOfPassage(grown, identityOf(page, 1))).toBe(1);
      expect(indexOfPassage(grown, identityOf(page, 0))).toBe(0);
    }
  });

  it('takes the copy nearest its old place when a copy of the words came before it', () => {
    const page = [passage(QUOTE, 1000, 5), passage(QUOTE, 1300, 5)];
    const withQuoteOnTop = [passage(QUOTE, 0, 5), moved(page[0], 60), moved(page[1], 60)];
    expect(indexOfPassage(withQuoteOnTop, identityOf(page, 1))).toBe(2);
  });

  it('finds the passage when the new answer links its words to another claim (the index was rebuilt)', () => {
    expect(indexOfPassage([LEAD, { ...LUHANSK, claimId: 10 }], identityOf([LEAD, LUHANSK], 1))).toBe(1);
  });

  it('does not find it when the new answer no longer has it', () => {
    const opened = identityOf([LEAD, LUHANSK], 1);
    expect(indexOfPassage([LEAD], opened)).toBe(-1);
    expect(indexOfPassage([LEAD, LUHANSK], null)).toBe(-1);
  });
});
