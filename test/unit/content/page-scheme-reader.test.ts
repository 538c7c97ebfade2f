// @vitest-environment happy-dom
/**
 * The page's colours as the content script reads them (computed styles: happy-dom computes the
 * cascade; the style below stands in for the browser's initial values, which it leaves empty).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSchemeReader } from '@/entrypoints/content/page-scheme-reader';

const INITIAL = '<style>* { background-color: transparent; background-image: none; }</style>';

function rangeOver(element: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

/** The system's scheme as matchMedia answers it. */
function systemIs(scheme: 'light' | 'dark'): void {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: scheme === 'dark' && query.includes('dark'), media: query }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('PageSchemeReader', () => {
  it('reads a dark page as dark under a light system, a box of another colour by its own, through transparent layers', () => {
    systemIs('light');
    document.head.innerHTML = `${INITIAL}<style>body { background-color: rgb(18, 18, 18); color: rgb(221, 221, 221); } .box { background-color: #fafafa; color: #111; }</style>`;
    document.body.innerHTML = '<main><article><p id="plain">On the page.</p><aside class="box"><div><p id="boxed">In a light box.</p></div></aside></article></main>';
    const reader = new PageSchemeReader();
    expect(reader.at(rangeOver(document.getElementById('plain')!))).toBe('dark');
    expect(reader.at(rangeOver(document.getElementById('boxed')!))).toBe('light');
  });

  it('reads a page that declares nothing as light under a dark system, and as dark once it declares color-scheme: dark', () => {
    systemIs('dark');
    document.head.innerHTML = INITIAL;
    document.body.innerHTML = '<p>Plain page.</p>';
    const range = rangeOver(document.querySelector('p')!);
    expect(new PageSchemeReader().at(range)).toBe('light');
    document.head.insertAdjacentHTML('beforeend', '<meta name="color-scheme" content="light dark">');
    expect(new PageSchemeReader().at(range)).toBe('dark');
  });

  it('crosses a shadow root to the host’s backgrounds, from an element in it and from text placed directly in it', () => {
    systemIs('light');
    document.head.innerHTML = INITIAL;
    document.body.style.backgroundColor = '#101010';
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `${INITIAL}<p>Inside a shadow root.</p>`;
    shadow.append('Straight in the shadow root.');
    const reader = new PageSchemeReader();
    expect(reader.at(rangeOver(shadow.querySelector('p')!))).toBe('dark');
    const loose = document.createRange();
    loose.selectNodeContents(shadow.lastChild!);
    expect(reader.at(loose)).toBe('dark');
  });

  it('reads each element once for all the passages of one paint', () => {
    systemIs('light');
    document.head.innerHTML = INITIAL;
    document.body.innerHTML = `<main><article><div>${'<p>A passage.</p>'.repeat(20)}</div></article></main>`;
    const read = vi.spyOn(window, 'getComputedStyle');
    const reader = new PageSchemeReader();
    const schemes = [...document.querySelectorAll('p')].map((p) => reader.at(rangeOver(p)));
    expect(new Set(schemes)).toEqual(new Set(['light']));
    // Each paragraph twice (background, text), then div, article, main, body and html once
    // each, and the root once more for its color-scheme (the canvas shows through them all).
    expect(read.mock.calls.length).toBeLessThanOrEqual(20 * 2 + 5 + 1);
  });
});
