// @vitest-environment happy-dom
/** When the page may have turned light or dark: told once per burst, and not for head clutter. */
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
  document.documentElement.removeAttribute('class');
  document.body.removeAttribute('style');
});

describe('SchemeWatcher', () => {
  it('tells once for a burst of theme changes on <html> and <body>', async () => {
    switchableSystem();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    document.documentElement.classList.add('dark-theme');
    document.body.style.backgroundColor = '#111';
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
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

  it('tells when a colour transition ends around a painted passage, not elsewhere nor for other properties', async () => {
    switchableSystem();
    document.body.innerHTML = '<main><article id="story"><p>A passage.</p></article><nav id="menu"><a>Home</a></nav></main>';
    const told = vi.fn();
    const passage = document.querySelector('p')!;
    const watcher = new SchemeWatcher(told, (element) => element.contains(passage));
    watcher.start();
    const ended = (id: string, propertyName: string) => document.getElementById(id)!.dispatchEvent(Object.assign(new Event('transitionend', { bubbles: true }), { propertyName }));
    ended('menu', 'background-color');
    ended('story', 'opacity');
    await settle();
    expect(told).toHaveBeenCalledTimes(0);
    ended('story', 'background-color');
    await settle();
    expect(told).toHaveBeenCalledTimes(1);
    watcher.stop();
    document.body.innerHTML = '';
  });

  it('tells nothing once stopped', async () => {
    const system = switchableSystem();
    const told = vi.fn();
    const watcher = new SchemeWatcher(told);
    watcher.start();
    watcher.stop();
    expect(system.listeners.size).toBe(0);
    document.documentElement.classList.add('dark-theme');
    system.switch();
    await settle();
    expect(told).not.toHaveBeenCalled();
  });
});
