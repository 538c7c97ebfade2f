// @vitest-environment happy-dom
/** The hover card's host tells when Tab would take focus out of the card, and a page cannot take the host over. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardHost } from '@/entrypoints/content/card-host';
import type { PassageMatch } from '@/lib/match/types';
import { recordShadowRoots } from './closed-roots';

const PASSAGE: PassageMatch = {
  text: 'No one is stalling anything.', start: 0, end: 28, claimId: 1, score: 0.8, moreReports: false, loose: false,
  reports: [],
};

const HOST = '[data-news-context-ui]';
let roots: () => ShadowRoot[];
/** The card's shadow root, which the page cannot reach. */
const cardRoot = () => roots().find((root) => root.host.matches(HOST))!;

/** The card of the page's one paragraph, shown; with focus, as the keyboard command shows it. */
function showCard(focus: boolean): CardHost {
  document.body.innerHTML = '<p>No one is stalling anything.</p>';
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  const host = new CardHost();
  host.show({ passage: PASSAGE, panelHint: null, onClose: () => {}, onCompare: () => {} }, range, 'light', focus);
  return host;
}

beforeEach(() => {
  roots = recordShadowRoots();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  // The host sits beside <body>, on <html>.
  for (const host of document.querySelectorAll('[data-news-context-ui]')) host.remove();
});

describe('CardHost.focusAtEdge', () => {
  it('is at the edge on the card itself going back, on its last control going on, and nowhere else', () => {
    const host = showCard(true);
    const root = cardRoot();
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

describe('CardHost announcements', () => {
  it('empties its live region when the card closes, so the page holds no text of the extension', async () => {
    const host = showCard(true);
    host.announce('Passage 1 of 1, reported by 2 other sources.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const live = cardRoot().querySelector('[role="status"]')!;
    expect(live.textContent).toBe('Passage 1 of 1, reported by 2 other sources.');
    host.hide();
    expect(live.textContent).toBe('');
    host.remove();
  });

  it('takes away a host an earlier run of the extension left on the page', () => {
    const left = document.createElement('div');
    left.setAttribute('data-news-context-ui', '');
    document.documentElement.append(left);
    CardHost.removeLeftovers();
    expect(document.querySelector('[data-news-context-ui]')).toBeNull();
  });
});

describe('CardHost on a hostile page', () => {
  it('holds the card in a closed shadow root: the page\'s scripts find no root on the host, and no text of the card outside it', async () => {
    const host = showCard(true);
    host.announce('Passage 1 of 1, reported by 2 other sources.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const element = document.querySelector(HOST)!;
    expect(element.shadowRoot).toBeNull();
    expect(element.textContent).toBe('');
    expect(cardRoot().querySelector('.nc-card')?.textContent).toContain('Reported by');
    expect(cardRoot().querySelector('[role="status"]')?.textContent).toContain('Passage 1 of 1');
    // Nor is any of it in the host's attributes: they are its marker and its style.
    expect(element.getAttributeNames()).toEqual(['data-news-context-ui', 'style']);
    host.remove();
  });

  it('shows the card on a page that defined a custom element under the host\'s former name, or any name like it', () => {
    // As a page's script can, before the content script runs: its constructor would run on the
    // host and take its one shadow root.
    for (const name of ['news-context-card', 'news-context-ui', 'news-context-host']) {
      customElements.define(name, class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      });
    }
    const host = showCard(false);
    expect(cardRoot().querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Other sources for this passage');
    host.remove();
    expect(document.querySelector('[data-news-context-ui]')).toBeNull();
  });
});
