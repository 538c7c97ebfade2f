// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { concernsArticle } from '@/entrypoints/content/settle-watcher';

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
