/** The panel stays steady while its page is matched again, and a passage the reader opened stays open where the new answer still has it. */
import { describe, expect, it } from 'vitest';
import { shownTabState, stateChanged } from '@/entrypoints/sidepanel/steady-tab';
import { identityOf, indexOfPassage } from '@/lib/passage-identity';
import type { TabState } from '@/lib/protocol';
import type { PassageMatch } from '@/lib/match/types';

const passage = (text: string, start: number, claimId: number): PassageMatch => ({
  text, start, end: start + text.length, claimId, score: 0.8, reports: [], moreReports: false, loose: false,
});
const LEAD = passage('The Kremlin rejected the charge.', 0, 4);
const LUHANSK = passage('Luhansk is fully under Russian control.', 40, 9);
const done: TabState = { tabId: 2, url: 'https://example.org/a', title: 'A', status: 'done', passages: [LEAD, LUHANSK] };
const again: TabState = { ...done, status: 'analyzing', passages: [] };

describe('shownTabState', () => {
  it('keeps the last answer on show while the same page of the same tab is matched again', () => {
    expect(shownTabState(done, again)).toBe(done);
  });

  it('shows the new state for a first reading, another page, another tab, a new answer or a failure', () => {
    expect(shownTabState(null, again)).toBe(again);
    const otherPage = { ...again, url: 'https://example.org/b' };
    expect(shownTabState(done, otherPage)).toBe(otherPage);
    const otherTab = { ...again, tabId: 3 };
    expect(shownTabState(done, otherTab)).toBe(otherTab);
    const answer = { ...done, passages: [LUHANSK] };
    expect(shownTabState(done, answer)).toBe(answer);
    const failed: TabState = { ...done, status: 'error', error: 'Receiving end does not exist.', passages: [] };
    expect(shownTabState(done, failed)).toBe(failed);
    expect(shownTabState(done, null)).toBeNull();
  });
});

describe('indexOfPassage', () => {
  it('finds an opened claim again after a passage was inserted before it and its offsets moved', () => {
    const opened = identityOf(LUHANSK);
    const inserted = passage('Talks in Istanbul lasted 40 minutes.', 0, 12);
    expect(indexOfPassage([inserted, { ...LEAD, start: 37 }, { ...LUHANSK, start: 77 }], opened)).toBe(2);
  });

  it('tells a repeated passage (a pull quote) from the first by where it was', () => {
    const quote = passage('No one is stalling anything.', 10, 5);
    const repeated = { ...quote, start: 300, end: 328 };
    const grown = (shift: number) => [{ ...quote, start: quote.start + shift }, { ...repeated, start: repeated.start + shift }];
    expect(indexOfPassage(grown(40), identityOf(repeated))).toBe(1);
    expect(indexOfPassage(grown(40), identityOf(quote))).toBe(0);
  });

  it('finds the passage when the new answer links its words to another claim (the index was rebuilt)', () => {
    expect(indexOfPassage([LEAD, { ...LUHANSK, claimId: 10 }], identityOf(LUHANSK))).toBe(1);
  });

  it('does not find it when the new answer no longer has it', () => {
    const opened = identityOf(LUHANSK);
    expect(indexOfPassage([LEAD], opened)).toBe(-1);
    expect(indexOfPassage([LEAD, LUHANSK], null)).toBe(-1);
  });
});

describe('stateChanged', () => {
  it('sees a change in what the panel shows', () => {
    expect(stateChanged(done, again)).toBe(true);
    expect(stateChanged(done, { ...done, passages: [LEAD] })).toBe(true);
    expect(stateChanged(done, { ...done, passages: [LEAD, { ...LUHANSK, claimId: 10 }] })).toBe(true);
    expect(stateChanged(done, { ...done, focus: { claimId: 9, at: 1 } })).toBe(true);
    expect(stateChanged(undefined, done)).toBe(true);
    expect(stateChanged(done, undefined)).toBe(true);
  });

  it('ignores a write that changed nothing shown (Firefox reports every key of the area on any write)', () => {
    expect(stateChanged(done, structuredClone(done))).toBe(false);
    expect(stateChanged(undefined, undefined)).toBe(false);
  });
});
