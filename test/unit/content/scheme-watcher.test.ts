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
    const passage = page();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    watcher.watchAround([passage]);
    document.documentElement.classList.add('dark-theme');
    document.body.style.backgroundColor = '#111';
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    // A site whose theme class is on its app's wrapper, not on <html> or <body>.
    document.getElementById('app')!.classList.add('dark');
    await settle();
    expect(told).toHaveBeenCalledTimes(2);
    document.getElementById('app')!.setAttribute('data-theme', 'light');
    await settle();
    expect(told).toHaveBeenCalledTimes(3);
    watcher.stop();
  });

  it('does not tell for attributes of elements no painted passage is in, and follows the passages painted anew', async () => {
    switchableSystem();
    const passage = page();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    watcher.watchAround([passage]);
    document.getElementById('menu')!.classList.add('open');
    await settle();
    expect(told).toHaveBeenCalledTimes(0);

    // The body swapped for another (a Turbo-style navigation), its passage painted: the new
    // body's wrapper is watched, the old one's no longer.
    const oldApp = document.getElementById('app')!;
    const next = document.createElement('body');
    next.innerHTML = '<section class="wrap"><p>Another passage.</p></section>';
    document.body.replaceWith(next);
    watcher.watchAround([next.querySelector('p')!.firstChild!]);
    oldApp.classList.add('dark');
    await settle();
    expect(told).toHaveBeenCalledTimes(0);
    next.classList.add('dark');
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    next.querySelector('section')!.classList.add('light');
    await settle();
    expect(told).toHaveBeenCalledTimes(2);

    // Nothing painted: nothing around to watch.
    watcher.watchAround([]);
    next.classList.remove('dark');
    await settle();
    expect(told).toHaveBeenCalledTimes(2);
    watcher.stop();
  });

  it('tells when the system scheme changes, and a color-scheme meta or a style sheet is added, not for scripts and preloads', async () => {
    const system = switchableSystem();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    document.head.insertAdjacentHTML('beforeend', '<script type="application/json">{}</script><link rel="preload" as="script">');
    await settle();
    expect(told).toHaveBeenCalledTimes(0);

    system.switch();
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    document.head.insertAdjacentHTML('beforeend', '<meta name="color-scheme" content="dark">');
    await settle();
    expect(told).toHaveBeenCalledTimes(2);
    document.head.insertAdjacentHTML('beforeend', '<style>body { background: #111; }</style>');
    await settle();
    expect(told).toHaveBeenCalledTimes(3);
    watcher.stop();
  });

  it('tells when a style sheet finishes loading or is switched on by its rel, not when a script loads', async () => {
    switchableSystem();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    document.head.innerHTML = '<link rel="alternate stylesheet" href="dark.css"><script src="app.js"></script>';
    await settle();
    told.mockClear();
    document.querySelector('script')!.dispatchEvent(new Event('load'));
    await settle();
    expect(told).toHaveBeenCalledTimes(0);
    document.querySelector('link')!.dispatchEvent(new Event('load'));
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    document.querySelector('link')!.setAttribute('rel', 'stylesheet');
    await settle();
    expect(told).toHaveBeenCalledTimes(2);
    watcher.stop();
  });

  it('tells when the text of a <style> in <head> is rewritten, replaced or changed in place, not for a script\'s or the title\'s', async () => {
    switchableSystem();
    document.head.innerHTML = '<title>A page</title><style id="theme">body { background: #fff; }</style><script>var theme = "light";</script>';
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    document.title = 'Another page';
    document.querySelector('script')!.textContent = 'var theme = "dark";';
    await settle();
    expect(told).toHaveBeenCalledTimes(0);
    const theme = document.getElementById('theme')!;
    theme.textContent = 'body { background: #121212; }';
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    (theme.firstChild as Text).data = 'body { background: #fff; }';
    await settle();
    expect(told).toHaveBeenCalledTimes(2);
    watcher.stop();
  });

  it('tells when a colour transition ends around a painted passage, not elsewhere nor for other properties', async () => {
    switchableSystem();
    const told = vi.fn();
    const passage = page();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    watcher.watchAround([passage]);
    const ended = (id: string, propertyName: string) => document.getElementById(id)!.dispatchEvent(Object.assign(new Event('transitionend', { bubbles: true }), { propertyName }));
    ended('menu', 'background-color');
    ended('story', 'opacity');
    await settle();
    expect(told).toHaveBeenCalledTimes(0);
    ended('story', 'background-color');
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('tells nothing once stopped', async () => {
    const system = switchableSystem();
    const passage = page();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    watcher.watchAround([passage]);
    watcher.stop();
    expect(system.listeners.size).toBe(0);
    document.documentElement.classList.add('dark-theme');
    system.switch();
    await settle();
    expect(told).not.toHaveBeenCalled();
  });
});
