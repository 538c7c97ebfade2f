/**
 * An infinite scroll, in real Chromium and real Firefox ESR. A story's page appends the next
 * story below it, in a wrapper of the stream's own, and once the reader has scrolled into it
 * moves the address and the title to it with history.pushState, nothing else on the page
 * changing. The next story is highlighted as it arrives; the side panel follows the address;
 * "Add this page" stores the story the address names, alone and under that address (the first
 * story, then the next); and neither story is reported as a source of itself afterwards, on the
 * stream or on its own page. Expectations are the hand-written onpage/stream/stories.expect.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { useBrowserSession } from './harness/session';
import { askBackground, highlightedTexts, waitFor } from './harness/page-probes';
import { click, texts } from './harness/by-text';
import type { IndexStatus } from '../../lib/protocol';
import type { ArticleDetail } from '../../lib/panel/types';
import type { ArticleSummary } from '../../lib/store/corpus-store';

interface Story {
  url: string;
  /** The page's title; `headline` is what it is stored under, without the site's name. */
  title: string;
  headline: string;
  reported: string[];
  unreported: string[];
}
const { first, next } = JSON.parse(readFileSync(join(FIXTURE_ROOT, 'onpage', 'stream', 'stories.expect.json'), 'utf8')) as { first: Story; next: Story };

/** The site's own scroll handler, its two steps (the fixture page's script). */
type Stream = { appendNextStory(): Promise<void>; enterNextStory(): void };

/** Waits until every reported sentence of `stories` is highlighted on `page`; answers the highlights then. */
const highlightingAll = (page: TestPage, stories: Story[]) =>
  waitFor(() => highlightedTexts(page), (shown) => stories.every((story) => story.reported.every((sentence) => shown.includes(sentence))));

/** The user's articles as stored, newest first: address, title, and the text of their indexed sentences. */
async function storedArticles(panel: TestPage) {
  await waitFor(() => askBackground<IndexStatus>(panel, 'getIndexStatus', {}), (s) => s.state === 'ready' && s.pending === 0);
  const { articles } = await askBackground<{ articles: ArticleSummary[] }>(panel, 'listUserArticles', { offset: 0, limit: 10 });
  return Promise.all(
    articles.map(async ({ id, url, title }) => {
      const detail = await askBackground<ArticleDetail>(panel, 'getArticle', { articleId: id });
      return { url, title, text: detail.sentences.map((sentence) => sentence.text).join(' ') };
    }),
  );
}

/** Whether `text` holds every sentence of `story`, and none of `other`'s. */
const holdsOnly = (text: string, story: Story, other: Story) => ({
  all: [...story.reported, ...story.unreported].every((sentence) => text.includes(sentence)),
  anyOfOther: [...other.reported, ...other.unreported].some((sentence) => text.includes(sentence)),
});

/** How many times the content script has painted the page (its User Timing mark). */
const paints = (page: TestPage) => page.evaluate(() => performance.getEntriesByName('news-context:painted').length);

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const session = useBrowserSession(name);
  let stream: TestPage;
  let panel: TestPage;

  it('highlights the next story as the stream appends it below the first, in a wrapper of its own', async () => {
    stream = await session.browser.newPage();
    await stream.setViewport(1200, 900);
    await stream.goto(first.url);
    await stream.bringToFront();
    const shown = await highlightingAll(stream, [first]);
    for (const sentence of first.unreported) expect(shown).not.toContain(sentence);

    await stream.evaluate(() => (window as unknown as Stream).appendNextStory());
    const both = await highlightingAll(stream, [first, next]);
    for (const sentence of [...first.unreported, ...next.unreported]) expect(both).not.toContain(sentence);
  });

  it('adds the first story alone while the next shows below it; follows the address into the next, and adds it alone under its own', async () => {
    panel = await session.browser.newPage();
    await panel.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
    const pageTitle = async () => (await texts(panel, '.nc-page-title'))[0] ?? '';
    /** What the panel says once the page is added, or why not. */
    const added = () =>
      waitFor(() => texts(panel, '.nc-add-page [role="status"], .nc-add-page [role="alert"]'), (t) => t.some((line) => line.length > 0 && line !== 'Adding…'));

    expect(await waitFor(pageTitle, (title) => title === first.title)).toBe(first.title);
    await click(panel, '.nc-add-page button', 'Add this page to my corpus');
    expect((await added())[0]).toMatch(/^Added to your corpus/);
    const [stored] = await storedArticles(panel);
    expect(stored).toMatchObject({ url: first.url, title: first.headline });
    expect(holdsOnly(stored.text, first, next)).toEqual({ all: true, anyOfOther: false });

    // The reader scrolls into the next story: only the address and the title change.
    await stream.bringToFront();
    const paintedBefore = await paints(stream);
    await stream.evaluate(() => (window as unknown as Stream).enterNextStory());
    await panel.bringToFront();
    expect(await waitFor(pageTitle, (title) => title === next.title)).toBe(next.title);
    await click(panel, '.nc-add-page button', 'Add this page to my corpus');
    expect((await added())[0]).toMatch(/^Added to your corpus/);
    const [newest, ...older] = await storedArticles(panel);
    expect(older).toHaveLength(1);
    expect(newest).toMatchObject({ url: next.url, title: next.headline });
    expect(holdsOnly(newest.text, next, first)).toEqual({ all: true, anyOfOther: false });

    // The stream is matched again with the story added (painted once read at the new address, and
    // once more after the add): the panel still names the story, and still says it was added.
    await stream.bringToFront();
    await waitFor(() => paints(stream), (count) => count >= paintedBefore + 2);
    await panel.bringToFront();
    expect(await pageTitle()).toBe(next.title);
    expect((await texts(panel, '.nc-add-page [role="status"]'))[0]).toMatch(/^Added to your corpus/);
  });

  it('reports neither story as a source of itself: on the stream, and on each story’s own page', async () => {
    await stream.bringToFront();
    const onStream = await highlightingAll(stream, [first, next]);
    for (const sentence of [...first.unreported, ...next.unreported]) expect(onStream).not.toContain(sentence);
    for (const story of [next, first]) {
      await stream.goto(story.url);
      const own = await highlightingAll(stream, [story]);
      for (const sentence of story.unreported) expect(own).not.toContain(sentence);
    }
    expect(stream.errors).toEqual([]);
    await panel.close();
    await stream.close();
  });
});
