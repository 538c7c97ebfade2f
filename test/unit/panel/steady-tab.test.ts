/** The panel stays steady while its page is matched again. */
import { describe, expect, it } from 'vitest';
import { shownTabState, stateChanged } from '@/entrypoints/sidepanel/steady-tab';
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

  it('keeps the shown state, the very object, when a reload brings the same answer', () => {
    expect(shownTabState(done, { ...done, passages: done.passages.map((p) => ({ ...p })) })).toBe(done);
    expect(shownTabState(done, { ...done, tabId: 3 })).not.toBe(done);
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
