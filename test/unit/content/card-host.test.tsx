// @vitest-environment happy-dom
/** The hover card's host tells when Tab would take focus out of the card. */
import { afterEach, describe, expect, it } from 'vitest';
import { CardHost } from '@/entrypoints/content/card-host';
import type { PassageMatch } from '@/lib/match/types';

const PASSAGE: PassageMatch = {
  text: 'No one is stalling anything.', start: 0, end: 28, claimId: 1, score: 0.8, moreReports: false, loose: false,
  reports: [],
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CardHost.focusAtEdge', () => {
  it('is at the edge on the card itself going back, on its last control going on, and nowhere else', () => {
    document.body.innerHTML = '<p>No one is stalling anything.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    const host = new CardHost();
    host.show({ passage: PASSAGE, panelHint: null, onClose: () => {}, onCompare: () => {} }, range, 'light', true);
    const root = document.querySelector('news-context-card')!.shadowRoot!;
    expect(host.hasFocusWithin()).toBe(true);
    // Focus on the card itself: Shift+Tab leaves it, Tab moves to its first control.
    expect(host.focusAtEdge(true)).toBe(true);
    expect(host.focusAtEdge(false)).toBe(false);
    const controls = [...root.querySelectorAll<HTMLButtonElement>('button')];
    expect(controls.length).toBeGreaterThan(1);
    controls[0].focus();
    expect([host.focusAtEdge(true), host.focusAtEdge(false)]).toEqual([true, false]);
    controls.at(-1)!.focus();
    expect([host.focusAtEdge(true), host.focusAtEdge(false)]).toEqual([false, true]);
    host.hide();
    expect(host.focusAtEdge(false)).toBe(false);
  });
});
