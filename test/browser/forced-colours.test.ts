/**
 * A page the extension marked, in real Chromium with forced colours emulated (as under Windows'
 * contrast themes): the browser then repaints every highlight's tint in its own colours, and the
 * passage whose card is open must still stand apart from the others, and the card show. Chromium
 * only, since Firefox's automation (WebDriver BiDi) cannot emulate media; the rules are the same
 * style sheet in both browsers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { cardState } from './harness/on-page-probes';
import { evaluateInCards } from './harness/card-roots';
import { firstLineBox, highlightedTexts, hoverHighlight, waitFor } from './harness/page-probes';
import { regionColours } from './harness/pixel-probes';
import { useBrowserSession } from './harness/session';

const ARTICLE_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';
const [passage, otherPassage] = (JSON.parse(readFileSync(join(FIXTURE_ROOT, 'world', 'kremlin-rejects-stalling-charge.expect.json'), 'utf8')) as { reported: string[] }).reported;

describe('chromium: forced colours', () => {
  const session = useBrowserSession('chromium');

  it('marks the open card\'s passage apart from the other highlights, and shows the card', async () => {
    const page = await session.browser.newPage();
    await page.setViewport(1200, 900);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(ARTICLE_URL);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await waitFor(() => highlightedTexts(page), (texts) => texts.includes(otherPassage));
    const background = async (start: string) => (await regionColours(page, await firstLineBox(page, start))).overall[0].colour;
    // Both tinted alike, in the browser's colour for highlights.
    const [before, otherBefore] = [await background(passage), await background(otherPassage)];
    expect(before).toEqual(otherBefore);

    await hoverHighlight(page, passage);
    await waitFor(() => cardState(page), (card) => card.open);
    expect(await evaluateInCards(page, ([root]) => getComputedStyle(root.querySelector('.nc-slot')!).visibility)).toBe('visible');
    // Read on the passage itself (the card, beside it, may lie over the other one).
    const after = await background(passage);
    expect(after).not.toEqual(before);
    await page.close();
  });
});
