// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { concernsArticle, MAX_WAIT_MS, QUIET_MS, SettleWatcher } from '@/entrypoints/content/settle-watcher';

/** The records a real MutationObserver gives for `change`. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

function page(): Element {
  document.body.innerHTML =
    '<header><time>5 min ago</time></header><article><div class="meta"><time>13:05</time></div><p>First paragraph.</p></article><aside></aside>';
  return document.querySelector('article')!;
}

describe('concernsArticle', () => {
  it('is true when a paragraph of the article is re-rendered', async () => {
    const article = page();
    const records = await recordsOf(() => (article.querySelector('p')!.innerHTML = 'First paragraph.'));
    expect(concernsArticle(records, article)).toBe(true);
  });

  it('is true when an entry is added to the article', async () => {
    const article = page();
    const records = await recordsOf(() => article.insertAdjacentHTML('afterbegin', '<div><p>New entry.</p></div>'));
    expect(concernsArticle(records, article)).toBe(true);
  });

  it('is false for a clock ticking inside the article but outside its paragraphs', async () => {
    const article = page();
    const records = await recordsOf(() => (article.querySelector('time')!.textContent = '13:06'));
    expect(concernsArticle(records, article)).toBe(false);
  });

  it('is false for changes elsewhere that add no prose', async () => {
    const article = page();
    const records = await recordsOf(() => document.querySelector('aside')!.append(document.createElement('div')));
    expect(concernsArticle(records, article)).toBe(false);
  });

  it('is true for prose arriving anywhere while no article was found yet', async () => {
    page();
    const records = await recordsOf(() => document.querySelector('aside')!.insertAdjacentHTML('beforeend', '<p>Text.</p>'));
    expect(concernsArticle(records, null)).toBe(true);
  });

  it('is true for a body of text and line breaks, with no <p>, arriving while no article was found yet', async () => {
    page();
    const records = await recordsOf(() => document.querySelector('aside')!.insertAdjacentHTML('beforeend', '<div>Text.<br><br>More text.</div>'));
    expect(concernsArticle(records, null)).toBe(true);
  });

  it('is true when the article itself was taken out of the page (a single-page site navigating)', async () => {
    const article = page();
    const records = await recordsOf(() => article.remove());
    expect(concernsArticle(records, article)).toBe(true);
  });
});

describe('SettleWatcher told to expect a change (the page moved to another address)', () => {
  afterEach(() => vi.useRealTimers());

  it('settles once the content has changed and quieted, not before; at the latest its longest wait after, when nothing changes', async () => {
    vi.useFakeTimers();
    page();
    const settled = vi.fn();
    const watcher = new SettleWatcher(settled, () => document.querySelector('article'));
    watcher.start(document.body);
    watcher.expectChange();
    // Longer than the quiet moment a change is given: with nothing changed yet, nothing is read.
    vi.advanceTimersByTime(2 * QUIET_MS);
    expect(settled).not.toHaveBeenCalled();
    // The single-page site renders the new address's article.
    document.querySelector('article')!.replaceWith(Object.assign(document.createElement('article'), { innerHTML: '<p>The next story.</p>' }));
    await Promise.resolve();
    vi.advanceTimersByTime(QUIET_MS);
    expect(settled).toHaveBeenCalledTimes(1);

    // An address whose page does not change (an infinite scroll's next story, there already).
    watcher.expectChange();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(settled).toHaveBeenCalledTimes(2);
    watcher.stop();
  });
});

describe('SettleWatcher, around text the reader cannot see', () => {
  afterEach(() => vi.useRealTimers());

  it('tells of a change to an attribute of a box around it, or a transition ending on one, not of those elsewhere', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML =
      '<article><p>Shown.</p><div class="rest collapsed"><p id="unseen">Cut off.</p></div><div class="other"></div></article><aside></aside>';
    const article = document.querySelector('article')!;
    let settled = 0;
    const watcher = new SettleWatcher(() => settled++, () => article);
    watcher.start(document.body);
    watcher.watchUnseen([document.getElementById('unseen')!], article);
    /** How many times the watcher told of a settled page after `change`, once it went quiet. */
    const timesToldAfter = async (change: () => void) => {
      const before = settled;
      change();
      // Mutation records arrive in a microtask; the watcher waits for quiet before telling.
      await Promise.resolve();
      vi.advanceTimersByTime(5_000);
      return settled - before;
    };
    expect(await timesToldAfter(() => document.querySelector('.other')!.classList.add('busy'))).toBe(0);
    expect(await timesToldAfter(() => document.querySelector('aside')!.setAttribute('style', 'color: red'))).toBe(0);
    expect(await timesToldAfter(() => document.querySelector('.rest')!.classList.remove('collapsed'))).toBe(1);
    expect(await timesToldAfter(() => document.querySelector('.other')!.dispatchEvent(new Event('transitionend', { bubbles: true })))).toBe(0);
    expect(await timesToldAfter(() => document.querySelector('.rest')!.dispatchEvent(new Event('transitionend', { bubbles: true })))).toBe(1);
    // Nothing unseen any more: the box's attributes are its own business again.
    watcher.watchUnseen([], article);
    expect(await timesToldAfter(() => document.querySelector('.rest')!.classList.add('collapsed'))).toBe(0);
    watcher.stop();
  });
});
