/**
 * End to end in real Chromium and real Firefox ESR: the built extension indexes the bundled
 * corpus into real IndexedDB, highlights the reported passages of a fixture article served
 * under a real news hostname, opens the hover card, renders the side panel, and makes no
 * network request of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { useBrowserSession } from './harness/session';
import { highlightedTexts, hoverHighlight, indexCounts, readCard, tintedShare, waitFor } from './harness/page-probes';
import { isBrowserServiceHost } from './harness/browser-services';
import { centreOf } from './harness/on-page-probes';

const ARTICLE_HOST = 'www.independent.co.uk';
const ARTICLE_PATH = '/world/kremlin-rejects-stalling-charge';
const ARTICLE_URL = `http://${ARTICLE_HOST}${ARTICLE_PATH}`;
const expected = JSON.parse(readFileSync(join(FIXTURE_ROOT, `${ARTICLE_PATH}.expect.json`), 'utf8')) as {
  reported: string[];
  differentFigure: string;
  unreported: string[];
};

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const session = useBrowserSession(name);
  let article: TestPage;

  beforeAll(async () => {
    article = await session.browser.newPage();
    await article.setViewport(1200, 900);
    await article.goto(ARTICLE_URL);
  });

  it('indexes the bundled corpus into IndexedDB', async () => {
    const panel = await session.browser.newPage();
    await panel.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
    const counts = await waitFor(() => indexCounts(panel), (c) => c.queue === 0 && c.sentences > 0);
    // The seeds hold 14 articles (two of them copies) with well over a hundred body sentences.
    expect(counts.articles).toBeGreaterThanOrEqual(12);
    expect(counts.sentences).toBeGreaterThan(150);
    await panel.close();
  });

  it('highlights the reported passages and nothing else', async () => {
    const texts = await waitFor(() => highlightedTexts(article), (t) => t.length > 0);
    for (const sentence of expected.reported) expect(texts).toContain(sentence);
    for (const sentence of expected.unreported) expect(texts).not.toContain(sentence);
    for (const text of texts) expect([...expected.reported, expected.differentFigure]).toContain(text);
  });

  it('paints them visibly: tinted behind a reported passage, not behind a paragraph no source reports', async () => {
    await article.bringToFront();
    expect(await tintedShare(article, 'The Kremlin on Tuesday rejected')).toBeGreaterThan(0.3);
    expect(await tintedShare(article, 'Farmers in the Poltava region')).toBeLessThan(0.02);
  });

  it('opens a hover card naming other sources, and Escape closes it', async () => {
    await article.bringToFront();
    // Reuters reported the prisoner-swap talks; the Guardian ran the same wire text.
    await hoverHighlight(article, 'At a short round of talks');
    const card = await waitFor(() => readCard(article), (c) => c.visible);
    expect(card.role).toBe('dialog');
    expect(card.text).toContain('Reported by 1 other source');
    expect(card.text).toContain('1 copy');
    expect(card.text).toContain('Reuters');
    await article.press('Escape');
    const closed = await waitFor(() => readCard(article), (c) => !c.visible);
    expect(closed.visible).toBe(false);
  });

  it('renders the tab’s passages in the side panel', async () => {
    // Opened in a tab of its own, the panel describes the tab the user was on before.
    await article.bringToFront();
    const panel = await session.browser.newPage();
    await panel.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
    const listed = await waitFor(
      () => panel.evaluate(() => [...document.querySelectorAll('.nc-passage-text')].map((e) => e.textContent)),
      (items) => items.length > 0,
    );
    expect(listed).toEqual(expect.arrayContaining(expected.reported));
    expect(listed).not.toContain(expected.unreported[0]);
    await panel.close();
  });

  it('opens the side panel at the claim whose card asked for it', async () => {
    await article.bringToFront();
    // Away first: a card dismissed with Escape stays closed while the pointer stays on its passage.
    await article.mouseMove(1, 1);
    await hoverHighlight(article, 'At a short round of talks');
    await waitFor(() => readCard(article), (c) => c.visible);
    const button = await centreOf(article, '.nc-compare');
    await article.click(button.x, button.y);
    const panel = await session.browser.newPage();
    await panel.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
    const shown = await waitFor(
      () => panel.evaluate(() => document.querySelector('.nc-claim-text')?.textContent ?? ''),
      (text) => text.length > 0,
    );
    expect(shown).toBe(expected.reported.find((s) => s.startsWith('At a short round of talks')));
    await panel.close();
  });

  it('sends no request except the pages the test opened', () => {
    const foreign = session.server.requests.filter(
      (r) => !(r.host === ARTICLE_HOST && /\/(kremlin-rejects-stalling-charge|favicon\.ico)$/.test(r.url)) && !isBrowserServiceHost(r.host),
    );
    expect(foreign).toEqual([]);
  });
});
