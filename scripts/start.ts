/**
 * `npm start` (after the builds and zips): runs the built Chrome extension on the bundled demo
 * article, served locally under a news hostname. With a display it opens Chromium for you to
 * try; without one (servers, CI) it runs headless, prints what the extension found and writes a
 * screenshot.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { launch } from '../test/browser/harness/browsers';
import { startFixtureServer } from '../test/browser/harness/fixture-server';
import { askBackground, highlightedTexts, hoverHighlight, readCard, waitFor } from '../test/browser/harness/page-probes';
import type { TabState } from '../lib/protocol';
import { reportSourceLabel } from '../lib/panel/article-info';
import { figureDifferenceWords } from '../lib/panel/wording';

const DEMO_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';
const SCREENSHOT = join(import.meta.dirname, '..', '.output', 'demo.png');

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const server = await startFixtureServer();
const browser = await launch('chromium', server.port, { headless: !headed });

const article = await browser.newPage();
await article.setViewport(1280, 900);
await article.goto(DEMO_URL);
await waitFor(() => highlightedTexts(article), (texts) => texts.length > 0);

if (headed) {
  console.log(`Chromium is open on the demo article: ${DEMO_URL} (served locally).`);
  console.log('Hover a highlighted passage, or click the toolbar button for the side panel. Close the window to stop.');
  await browser.closed;
} else {
  const state = await demoTabState();
  printFindings(state);
  // Show the hover card of the passage with the most sources in the screenshot.
  const busiest = [...state.passages].sort((a, b) => b.reports.length - a.reports.length)[0];
  if (busiest) await hoverHighlight(article, busiest.text.slice(0, 30));
  await waitFor(() => readCard(article), (card) => card.visible || !busiest);
  mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
  await article.screenshot(SCREENSHOT);
  console.log(`\nScreenshot: ${SCREENSHOT}`);
}
await browser.close();
await server.close();

/** Asks the extension's background, from one of its own pages, what it found on the demo tab. */
async function demoTabState(): Promise<TabState> {
  const page = await browser.newPage();
  await page.goto(`${browser.extensionOrigin}/sidepanel.html`);
  const tabIds = await page.evaluate(async () => {
    const scope = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
    return (await scope.chrome.tabs.query({})).map((tab) => tab.id!);
  }, undefined);
  let state: TabState | null = null;
  for (const tabId of tabIds) {
    const found = await askBackground<TabState | null>(page, 'getTabState', { tabId });
    if (found?.url === DEMO_URL) state = found;
  }
  if (!state) throw new Error('the demo tab was not analyzed');
  await page.close();
  return state;
}

function printFindings(state: TabState): void {
  console.log(`\n${state.title}\n${state.url}\n`);
  console.log(`${state.passages.length} passages reported elsewhere:\n`);
  state.passages.forEach((passage, i) => {
    console.log(`${i + 1}. "${passage.text}"${passage.loose ? ' (loose match)' : ''}`);
    for (const report of passage.reports) {
      const copy = report.copyOf ? ', a copy' : '';
      const figures = report.figures.map((figure) => `; ${figureDifferenceWords(figure)}`).join('');
      console.log(`     ${reportSourceLabel(report)} (${report.relation}${copy}${figures}): "${report.sentence}"`);
    }
  });
}
