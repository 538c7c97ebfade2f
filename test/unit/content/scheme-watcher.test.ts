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
