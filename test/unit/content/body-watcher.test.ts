// @vitest-environment happy-dom
/**
 * A body replaced by another, as Turbo Drive and similar navigate: told for each way a page
 * swaps it, once per swap, and not for the other changes at the top of the document (the
 * card's host added to <html>, the body's own content changing).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BodyWatcher } from '@/entrypoints/content/body-watcher';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function nextBody(text: string): HTMLElement {
  const body = document.createElement('body');
  body.innerHTML = `<article><p>${text}</p></article>`;
  return body;
}

afterEach(() => {
  for (const extra of document.documentElement.querySelectorAll(':scope > [data-test-host]')) extra.remove();
  document.body.innerHTML = '';
});

describe('BodyWatcher', () => {
  it('tells once per swap: by replaceWith, by replaceChild on <html>, by taking the body out and putting another in', async () => {
    const told = vi.fn();
    const watcher = new BodyWatcher(told);
    watcher.start();
    document.body.replaceWith(nextBody('First visit.'));
    await flush();
    expect(told).toHaveBeenCalledTimes(1);
    document.documentElement.replaceChild(nextBody('Second visit.'), document.body);
    await flush();
    expect(told).toHaveBeenCalledTimes(2);
    document.body.remove();
    document.documentElement.append(nextBody('Third visit.'));
    await flush();
    expect(told).toHaveBeenCalledTimes(3);
    watcher.stop();
  });

  it('does not tell for a host added to <html> beside the body, nor for the body\'s content changing, nor once stopped', async () => {
    const told = vi.fn();
    const watcher = new BodyWatcher(told);
    watcher.start();
    const host = document.createElement('div');
    host.setAttribute('data-test-host', '');
    document.documentElement.append(host);
    host.remove();
    document.body.innerHTML = '<article><p>The same body, new content.</p></article>';
    await flush();
    expect(told).not.toHaveBeenCalled();
    watcher.stop();
    document.body.replaceWith(nextBody('After stopping.'));
    await flush();
    expect(told).not.toHaveBeenCalled();
  });
});
