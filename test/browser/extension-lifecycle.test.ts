/**
 * The extension replaced or switched off while an article is open with its card showing. The
 * old content script must not leave a dead card and stale highlights on the page, nor a second
 * card beside the new script's. Chromium runs no new script in open pages after an update, so
 * its page is left as it was until reloaded; Firefox runs the new version's, which takes over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { cardState } from './harness/on-page-probes';
import { evaluateInCards } from './harness/card-roots';
import { highlightedTexts, hoverHighlight, tintedShare, waitFor } from './harness/page-probes';
import { useBrowserSession } from './harness/session';

const ARTICLE_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';
const [passage, otherPassage] = (JSON.parse(readFileSync(join(FIXTURE_ROOT, 'world', 'kremlin-rejects-stalling-charge.expect.json'), 'utf8')) as { reported: string[] }).reported;

/** The card hosts on the page, and whether each shows its card (the extension's style sheet decides). */
function hosts(page: TestPage): Promise<{ open: boolean; shown: boolean }[]> {
  return evaluateInCards(page, (roots) =>
    roots.map((root) => {
      const slot = root.querySelector('.nc-slot');
      return { open: !!root.querySelector('.nc-card'), shown: !!slot && getComputedStyle(slot).visibility === 'visible' };
    }),
  );
}

async function articleWithCard(page: TestPage): Promise<void> {
  await page.setViewport(1200, 900);
  await page.goto(ARTICLE_URL);
  await waitFor(() => highlightedTexts(page), (texts) => texts.includes(otherPassage));
  await hoverHighlight(page, passage);
  await waitFor(() => cardState(page), (card) => card.open);
}

describe('chromium: the extension reloaded under an open page', () => {
  const session = useBrowserSession('chromium');

  it('takes the old script\'s card and highlights off the page, and a reload of the page reads it again with one card', async () => {
    const page = await session.browser.newPage();
    await articleWithCard(page);
    await session.browser.reloadExtension();
    await waitFor(async () => ({ texts: await highlightedTexts(page), hosts: await hosts(page) }), ({ texts, hosts }) => texts.length === 0 && hosts.length === 0);
    expect(page.errors).toEqual([]);

    await page.goto(ARTICLE_URL);
    await waitFor(() => highlightedTexts(page), (texts) => texts.includes(otherPassage));
    await hoverHighlight(page, passage);
    await waitFor(() => hosts(page), (found) => found.some((host) => host.open));
    expect(await hosts(page)).toEqual([{ open: true, shown: true }]);
    await page.close();
  });
});

describe('firefox: the extension reloaded or switched off under an open page', () => {
  const session = useBrowserSession('firefox');

  it('hands the page to the new version\'s script: one card, closed, and the highlights painted again', async () => {
    const page = await session.browser.newPage();
    await articleWithCard(page);
    await session.browser.reloadExtension();
    await waitFor(() => hosts(page), (found) => found.length === 1 && !found[0].open);
    await waitFor(() => highlightedTexts(page), (texts) => texts.includes(otherPassage));
    await hoverHighlight(page, passage);
    await waitFor(() => hosts(page), (found) => found.some((host) => host.open));
    expect(await hosts(page)).toEqual([{ open: true, shown: true }]);
    await page.close();
  });

  it('shows neither the card nor the tints while switched off, and one card once switched on again', async () => {
    const page = await session.browser.newPage();
    await articleWithCard(page);
    await session.browser.setExtensionEnabled!(false);
    try {
      // Firefox stops the script at once: what it left goes with the extension's style sheet.
      await waitFor(() => hosts(page), (found) => found.every((host) => !host.shown));
      expect(await tintedShare(page, otherPassage)).toBe(0);
    } finally {
      await session.browser.setExtensionEnabled!(true);
    }
    await waitFor(() => hosts(page), (found) => found.length === 1 && !found[0].open);
    await waitFor(() => highlightedTexts(page), (texts) => texts.includes(otherPassage));
    expect(await tintedShare(page, otherPassage)).toBeGreaterThan(0.2);
    await hoverHighlight(page, passage);
    await waitFor(() => hosts(page), (found) => found.some((host) => host.open));
    expect(await hosts(page)).toEqual([{ open: true, shown: true }]);
    await page.close();
  });
});
