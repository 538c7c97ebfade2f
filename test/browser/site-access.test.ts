/**
 * A site outside the built-in news list, in real Firefox ESR: a toolbar click reads its page,
 * with the highlight styles; once the reader lets the extension run there (the side panel's
 * switch, or the browser's own add-on permissions), its pages are read and highlighted as they
 * open; taking the grant back stops it. The styles are checked on screenshots' pixels.
 * Firefox only: Chromium offers automation no way to click its toolbar button, to answer or
 * bypass its permission prompt, or to grant a site otherwise (the registration logic is
 * unit-tested for both).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserUnderTest, TestPage } from './harness/browsers';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { useBrowserSession } from './harness/session';
import { highlightedTexts, tintedShare, waitFor } from './harness/page-probes';

const ARTICLE_PATH = '/world/kremlin-rejects-stalling-charge';
/** The demo article under a host no built-in outlet has. */
const ARTICLE_URL = `http://www.thenewsblog.example${ARTICLE_PATH}`;
const SITE_PATTERN = '*://*.thenewsblog.example/*';
/** Another such site, never granted. */
const CLICKED_URL = `http://www.othernews.example${ARTICLE_PATH}`;
/** A reported passage (a whole paragraph) and a paragraph no source reports, by their first words. */
const REPORTED_START = 'The Kremlin on Tuesday rejected';
const UNREPORTED_START = 'Farmers in the Poltava region';
const SWITCH = 'input[name="site-access"]';
const expected = JSON.parse(readFileSync(join(FIXTURE_ROOT, `${ARTICLE_PATH}.expect.json`), 'utf8')) as { reported: string[]; differentFigure: string };
/** Every passage painted on the demo article: the reported ones and the one giving another figure. */
const painted = [...expected.reported, expected.differentFigure].sort();

interface Registered {
  matches?: string[];
  js?: string[];
  css?: string[];
}

/** The content scripts the extension registered at run time, read on one of its pages. */
const registeredScripts = (panel: TestPage) =>
  panel.evaluate(async () => (await (globalThis as unknown as { browser: { scripting: { getRegisteredContentScripts(): Promise<Registered[]> } } }).browser.scripting.getRegisteredContentScripts()));

const switchState = (panel: TestPage) =>
  panel.evaluate((selector) => {
    const input = document.querySelector<HTMLInputElement>(selector);
    return input ? { checked: input.checked, label: (input.closest('label')?.textContent ?? '').trim() } : null;
  }, SWITCH);

/** A real click on the switch: the browser grants a permission only during a user gesture. */
async function clickSwitch(panel: TestPage): Promise<void> {
  const point = await panel.evaluate((selector) => {
    const rect = document.querySelector(selector)!.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, SWITCH);
  await panel.click(point.x, point.y);
}

describe('firefox, a site outside the built-in news list', () => {
  const session = useBrowserSession('firefox');
  let browser: BrowserUnderTest;
  let article: TestPage;
  let panel: TestPage;

  beforeAll(async () => {
    browser = session.browser;
    panel = await browser.newPage();
    await panel.goto(`${browser.extensionOrigin}/sidepanel.html`);
  });

  it('is read on a toolbar click, its highlights painted in their styles', async () => {
    const clicked = await browser.newPage();
    await clicked.goto(CLICKED_URL);
    await clicked.bringToFront();
    await browser.clickToolbarButton!();
    const texts = await waitFor(() => highlightedTexts(clicked), (t) => t.length >= painted.length);
    expect([...texts].sort()).toEqual(painted);
    expect(await tintedShare(clicked, REPORTED_START)).toBeGreaterThan(0.3);
    expect(await tintedShare(clicked, UNREPORTED_START)).toBeLessThan(0.02);
    await clicked.close();
  });

  it('is read by itself once granted, with its styles, and the panel shows the grant', async () => {
    expect(await registeredScripts(panel)).toEqual([]);
    await browser.grantOrigin!(SITE_PATTERN);
    const [script] = await waitFor(() => registeredScripts(panel), (scripts) => scripts.length === 1);
    expect(script).toMatchObject({ matches: [SITE_PATTERN], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] });

    article = await browser.newPage();
    await article.goto(ARTICLE_URL);
    const texts = await waitFor(() => highlightedTexts(article), (t) => t.length >= painted.length);
    expect([...texts].sort()).toEqual(painted);
    await article.bringToFront();
    expect(await tintedShare(article, REPORTED_START)).toBeGreaterThan(0.3);

    // Opened in a tab of its own, the panel describes the tab the user was on before.
    await panel.close();
    panel = await browser.newPage();
    await panel.goto(`${browser.extensionOrigin}/sidepanel.html`);
    expect(await waitFor(() => switchState(panel), (s) => s !== null)).toEqual({ checked: true, label: 'Run on thenewsblog.example without a click' });
  });

  it('stops when the reader switches it off in the panel, and runs again when switched back on', async () => {
    await clickSwitch(panel);
    await waitFor(() => switchState(panel), (s) => s?.checked === false);
    await waitFor(() => registeredScripts(panel), (scripts) => scripts.length === 0);

    await clickSwitch(panel);
    await waitFor(() => switchState(panel), (s) => s?.checked === true);
    const [script] = await waitFor(() => registeredScripts(panel), (scripts) => scripts.length === 1);
    expect(script.matches).toEqual([SITE_PATTERN]);
    const fresh = await browser.newPage();
    await fresh.goto(ARTICLE_URL);
    expect([...(await waitFor(() => highlightedTexts(fresh), (t) => t.length >= painted.length))].sort()).toEqual(painted);
  });
});
