/**
 * Everything the extension draws, audited by axe-core in real Chromium and real Firefox ESR,
 * each launched with a light and with a dark system scheme: the hover card on a light and on a
 * dark site (only the card: the sites are fixtures), every view of the side panel for the demo
 * article, and the options page (as opened, showing a refused import's problems, and listing
 * an article the reader imported, with its file among the imported files). No rule of axe's may be broken, but one on the card's host
 * (below), and axe must have found rules that apply.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { axeAudit, type AxeAudit } from './harness/axe-audit';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { cardState } from './harness/on-page-probes';
import { highlightedTexts, hoverHighlight, waitFor } from './harness/page-probes';
import { useBrowserSession } from './harness/session';

const LIGHT_PAGE = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';
const lightHover = (JSON.parse(readFileSync(join(FIXTURE_ROOT, 'world', 'kremlin-rejects-stalling-charge.expect.json'), 'utf8')) as { reported: string[] }).reported[0];
const DARK_PAGE = 'http://www.kyivindependent.com/onpage/istanbul-talks-dark';
const darkHover = (JSON.parse(readFileSync(join(FIXTURE_ROOT, 'onpage', 'istanbul-talks-dark.expect.json'), 'utf8')) as { hover: string }).hover;

/**
 * The card's host is a zero-size <div> styled `all: initial !important` inline, so a page's
 * rules for its divs cannot hide or move it (card-host.tsx). Firefox serializes that as every
 * longhand, letter and word spacing and line height among them, which axe reads as spacing a
 * reader's style sheet cannot adjust. A user style sheet's !important still wins over the
 * page's (the cascade puts it above author rules); a page's own rules never reached the card
 * in its shadow root.
 */
const CARD_HOST_EXCEPTIONS = ['avoid-inline-spacing'];

function expectClean(audit: AxeAudit): void {
  expect(audit.violations).toEqual([]);
  expect(audit.passed).toBeGreaterThan(0);
}

async function openPage(browser: { newPage(): Promise<TestPage> }, url: string, passage: string): Promise<TestPage> {
  const page = await browser.newPage();
  await page.setViewport(1200, 900);
  await page.goto(url);
  await waitFor(() => highlightedTexts(page), (texts) => texts.some((text) => text.startsWith(passage)));
  return page;
}

/** Waits until the side panel's open view has drawn its content (nothing still loading). */
const viewDrawn = (panel: TestPage) =>
  waitFor(
    () => panel.evaluate(() => {
      const view = document.querySelector('[role="tabpanel"]');
      // Its content, not the unseen heading every view has from the start.
      const drawn = !!view && [...view.children].some((child) => !child.classList.contains('nc-unseen') && (child.textContent ?? '').trim().length > 0);
      return drawn && !view.querySelector('[aria-busy="true"]');
    }),
    Boolean,
  );

/** Back to the page's claims, whatever view is open. */
async function openClaimsList(panel: TestPage): Promise<void> {
  await panel.evaluate(() => document.querySelector<HTMLElement>('[role="tab"]')!.click());
  // The claim view opened above, if still open: its way back.
  await panel.evaluate(() => document.querySelector<HTMLElement>('.nc-back')?.click());
  await waitFor(() => panel.evaluate(() => document.querySelectorAll('.nc-passage-text').length), (n) => n > 0);
}

/** Imports a file through the options page's file input, as a reader choosing it. */
const chooseFile = (options: TestPage, name: string, text: string) =>
  options.evaluate(([fileName, fileText]) => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File([fileText], fileName));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [name, text] as const);

describe.each<[BrowserName, 'light' | 'dark']>([
  ['chromium', 'light'],
  ['chromium', 'dark'],
  ['firefox', 'light'],
  ['firefox', 'dark'],
])('%s, %s system scheme: accessibility', (name, scheme) => {
  const session = useBrowserSession(name, undefined, { colorScheme: scheme });

  it('the hover card breaks no rule, on a light site and on a dark one', async () => {
    for (const [url, passage] of [[LIGHT_PAGE, lightHover], [DARK_PAGE, darkHover]]) {
      const page = await openPage(session.browser, url, passage);
      await hoverHighlight(page, passage);
      await waitFor(() => cardState(page), (card) => card.open);
      expectClean(await axeAudit(page, '[data-news-context-ui]', CARD_HOST_EXCEPTIONS));
      await page.close();
    }
  });

  it('every view of the side panel breaks no rule', async () => {
    const article = await openPage(session.browser, LIGHT_PAGE, lightHover);
    // Opened in a tab of its own, the panel describes the tab the user was on before.
    await article.bringToFront();
    const panel = await session.browser.newPage();
    await panel.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
    await waitFor(() => panel.evaluate(() => document.querySelectorAll('.nc-passage-text').length), (n) => n > 0);
    expectClean(await axeAudit(panel));

    await panel.evaluate(() => document.querySelector<HTMLElement>('.nc-passage-text')!.click());
    await waitFor(() => panel.evaluate(() => !!document.querySelector('.nc-back')), Boolean);
    expectClean(await axeAudit(panel));

    const tabs = await panel.evaluate(() => [...document.querySelectorAll('[role="tab"]')].map((tab) => tab.id));
    expect(tabs.length).toBeGreaterThan(1);
    for (const id of tabs) {
      await panel.evaluate((tabId) => document.getElementById(tabId)!.click(), id);
      await viewDrawn(panel);
      expectClean(await axeAudit(panel));
    }
    // Reflow (WCAG 1.4.10): a side panel is narrow; at 320 CSS pixels nothing scrolls sideways.
    await panel.setViewport(320, 800);
    await openClaimsList(panel);
    expect(await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await panel.close();
    await article.close();
  });

  it('the options page breaks no rule: as opened, with an import refused, and with an article of the reader\'s listed; nor scrolls sideways at 320 px', async () => {
    const options = await session.browser.newPage();
    await options.goto(`${session.browser.extensionOrigin}/options.html`);
    await waitFor(() => options.evaluate(() => document.querySelectorAll('h2').length), (n) => n > 0);
    expectClean(await axeAudit(options));

    await chooseFile(options, 'broken.ndjson', '{"title": "No text"}\n');
    await waitFor(() => options.evaluate(() => !!document.querySelector('[data-outcome="failed"] li')), Boolean);
    expectClean(await axeAudit(options));

    await chooseFile(options, 'bridge.txt', 'Bridge reopens\n\nThe bridge over the river reopened to traffic on Friday after repairs.\n');
    // The list (with its "Select all on this page" box) and the imported files, each removable whole, are audited too.
    await waitFor(() => options.evaluate(() => !!document.querySelector('.nc-articles li') && !!document.querySelector('.nc-import-files li')), Boolean);
    expectClean(await axeAudit(options));

    // Reflow (WCAG 1.4.10): at 320 CSS pixels wide, nothing makes the reader scroll sideways.
    await options.setViewport(320, 800);
    expect(await options.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await options.close();
  });
});
