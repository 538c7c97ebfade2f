// @vitest-environment happy-dom
/**
 * When the page may have turned light or dark: told once per burst, for attributes of the
 * elements around the painted passages (and only those), for what can style the page in
 * <head>, and not for head clutter.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SchemeWatcher } from '@/entrypoints/content/scheme-watcher';

/** A system scheme that the test can switch, as the reader's OS setting does. */
function switchableSystem() {
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (media: string) => ({
    media,
    matches: false,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return { switch: () => listeners.forEach((listener) => listener()), listeners };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

/** A started watcher, watching around `passages`, and the spy it tells. */
function watching(passages: Node[] = []) {
  const told = vi.fn();
  const watcher = new SchemeWatcher(told);
  watcher.start();
  watcher.watchAround(passages);
  /** Makes a change, lets its burst settle, and answers how many times the watcher told of it. */
  const timesToldAfter = async (change: () => void): Promise<number> => {
    told.mockClear();
    change();
    await settle();
    return told.mock.calls.length;
  };
  return { told, watcher, timesToldAfter };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.documentElement.removeAttribute('class');
  document.body.removeAttribute('style');
});

/** A page with the article in a wrapper, a menu beside it; answers the passage's text node. */
function page(): Text {
  document.body.innerHTML = '<div id="app"><main><article id="story"><p>A passage.</p></article></main><nav id="menu"><a>Home</a></nav></div>';
  return document.querySelector('p')!.firstChild as Text;
}

describe('SchemeWatcher', () => {
  it('tells once for a burst of theme changes around a painted passage: on <html>, <body> and a wrapper', async () => {
    switchableSystem();
    const { watcher, timesToldAfter } = watching([page()]);
    expect(await timesToldAfter(() => {
      document.documentElement.classList.add('dark-theme');
      document.body.style.backgroundColor = '#111';
    })).toBe(1);
    // A site whose theme class is on its app's wrapper, not on <html> or <body>.
    expect(await timesToldAfter(() => document.getElementById('app')!.classList.add('dark'))).toBe(1);
    expect(await timesToldAfter(() => document.getElementById('app')!.setAttribute('data-theme', 'light'))).toBe(1);
    watcher.stop();
  });

  it('does not tell for attributes of elements no painted passage is in, and follows the passages painted anew', async () => {
    switchableSystem();
    const { watcher, timesToldAfter } = watching([page()]);
    expect(await timesToldAfter(() => document.getElementById('menu')!.classList.add('open'))).toBe(0);

    // The body swapped for another (a Turbo-style navigation), its passage painted: the new
    // body's wrapper is watched, the old one's no longer.
    const oldApp = document.getElementById('app')!;
    const next = document.createElement('body');
    next.innerHTML = '<section class="wrap"><p>Another passage.</p></section>';
    document.body.replaceWith(next);
    watcher.watchAround([next.querySelector('p')!.firstChild!]);
    expect(await timesToldAfter(() => oldApp.classList.add('dark'))).toBe(0);
    expect(await timesToldAfter(() => next.classList.add('dark'))).toBe(1);
    expect(await timesToldAfter(() => next.querySelector('section')!.classList.add('light'))).toBe(1);

    // Nothing painted: nothing around to watch.
    watcher.watchAround([]);
    expect(await timesToldAfter(() => next.classList.remove('dark'))).toBe(0);
    watcher.stop();
  });

  it('tells when the system scheme changes, and a color-scheme meta or a style sheet is added, not for scripts and preloads', async () => {
    const system = switchableSystem();
    const { watcher, timesToldAfter } = watching();
    const addToHead = (html: string) => () => document.head.insertAdjacentHTML('beforeend', html);
    expect(await timesToldAfter(addToHead('<script type="application/json">{}</script><link rel="preload" as="script">'))).toBe(0);
    expect(await timesToldAfter(system.switch)).toBe(1);
    expect(await timesToldAfter(addToHead('<meta name="color-scheme" content="dark">'))).toBe(1);
    expect(await timesToldAfter(addToHead('<style>body { background: #111; }</style>'))).toBe(1);
    watcher.stop();
  });

  it('tells when a style sheet finishes loading or is switched on by its rel, not when a script loads', async () => {
    switchableSystem();
    const { watcher, timesToldAfter } = watching();
    await timesToldAfter(() => {
      document.head.innerHTML = '<link rel="alternate stylesheet" href="dark.css"><script src="app.js"></script>';
    });
    const loaded = (selector: string) => () => document.querySelector(selector)!.dispatchEvent(new Event('load'));
    expect(await timesToldAfter(loaded('script'))).toBe(0);
    expect(await timesToldAfter(loaded('link'))).toBe(1);
    expect(await timesToldAfter(() => document.querySelector('link')!.setAttribute('rel', 'stylesheet'))).toBe(1);
    watcher.stop();
  });

  it('tells when the text of a <style> in <head> is rewritten, replaced or changed in place, not for a script\'s or the title\'s', async () => {
    switchableSystem();
    document.head.innerHTML = '<title>A page</title><style id="theme">body { background: #fff; }</style><script>var theme = "light";</script>';
    const { watcher, timesToldAfter } = watching();
    expect(await timesToldAfter(() => {
      document.title = 'Another page';
      document.querySelector('script')!.textContent = 'var theme = "dark";';
    })).toBe(0);
    const theme = document.getElementById('theme')!;
    expect(await timesToldAfter(() => { theme.textContent = 'body { background: #121212; }'; })).toBe(1);
    expect(await timesToldAfter(() => { (theme.firstChild as Text).data = 'body { background: #fff; }'; })).toBe(1);
    watcher.stop();
  });

  it('tells when a colour transition ends around a painted passage, not elsewhere nor for other properties', async () => {
    switchableSystem();
    const { watcher, timesToldAfter } = watching([page()]);
    const ended = (id: string, propertyName: string) => document.getElementById(id)!.dispatchEvent(Object.assign(new Event('transitionend', { bubbles: true }), { propertyName }));
    expect(await timesToldAfter(() => {
      ended('menu', 'background-color');
      ended('story', 'opacity');
    })).toBe(0);
    expect(await timesToldAfter(() => ended('story', 'background-color'))).toBe(1);
    watcher.stop();
  });

  it('tells nothing once stopped', async () => {
    const system = switchableSystem();
    const { told, watcher } = watching([page()]);
    watcher.stop();
    expect(system.listeners.size).toBe(0);
    document.documentElement.classList.add('dark-theme');
    system.switch();
    await settle();
    expect(told).not.toHaveBeenCalled();
  });
});
