/**
 * Printing a page the extension marked, in real Chromium with print media emulated: the open
 * hover card and the highlights' tints are not printed, and both come back on screen. Chromium
 * only, since Firefox's automation (WebDriver BiDi) cannot emulate print media; the rules are
 * the same style sheets in both browsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { cardState } from './harness/on-page-probes';
import { highlightedTexts, hoverHighlight, tintedShare, waitFor } from './harness/page-probes';
import { useBrowserSession } from './harness/session';

const ARTICLE_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';
const [passage, otherPassage] = (JSON.parse(readFileSync(join(FIXTURE_ROOT, 'world', 'kremlin-rejects-stalling-charge.expect.json'), 'utf8')) as { reported: string[] }).reported;

describe('chromium: printing', () => {
  const session = useBrowserSession('chromium');

  it('prints neither the open card nor the highlights, and shows both again on screen', async () => {
    const page = await session.browser.newPage();
    await page.setViewport(1200, 900);
    await page.goto(ARTICLE_URL);
    await waitFor(() => highlightedTexts(page), (texts) => texts.includes(otherPassage));
    // The card's own passage wears the active mark, not the tint: the tint is read on another.
    await hoverHighlight(page, passage);
    await waitFor(() => cardState(page), (card) => card.open);
    const hostShown = () => page.evaluate(() => getComputedStyle(document.querySelector('[data-news-context-ui]')!).display !== 'none');
    expect(await hostShown()).toBe(true);
    expect(await tintedShare(page, otherPassage)).toBeGreaterThan(0.2);

    await page.emulateMedia({ media: 'print' });
    expect(await hostShown()).toBe(false);
    expect(await tintedShare(page, otherPassage)).toBe(0);

    await page.emulateMedia({ media: 'screen' });
    expect(await hostShown()).toBe(true);
    expect(await tintedShare(page, otherPassage)).toBeGreaterThan(0.2);
    await page.close();
  });
});
