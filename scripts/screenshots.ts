/**
 * `npm run screenshots` (after `npm run build`): the README's pictures of the side panel on the
 * demo article, in the light and the dark theme, written to docs/. The panel is opened in a
 * tab of its own, sized like a side panel, on the claim view of a wire story and its reprint.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../test/browser/harness/browsers';
import { startFixtureServer } from '../test/browser/harness/fixture-server';
import { highlightedTexts, waitFor } from '../test/browser/harness/page-probes';

const DEMO_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';
const DOCS = join(import.meta.dirname, '..', 'docs');
const CLAIM = 'At a short round of talks';
const PANEL_SIZE = { width: 420, height: 980 };

mkdirSync(DOCS, { recursive: true });
const server = await startFixtureServer();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const browser = await launch('chromium', server.port, { colorScheme });
    try {
      const article = await browser.newPage();
      await article.goto(DEMO_URL);
      await waitFor(() => highlightedTexts(article), (texts) => texts.length > 0);
      // Opened in a tab of its own, the panel describes the tab the user was on before.
      await article.bringToFront();
      const panel = await browser.newPage();
      await panel.setViewport(PANEL_SIZE.width, PANEL_SIZE.height);
      await panel.goto(`${browser.extensionOrigin}/sidepanel.html`);
      await waitFor(() => panel.evaluate(() => document.querySelectorAll('.nc-passage-text').length), (n) => n > 0);
      await panel.evaluate((start) => {
        const claim = [...document.querySelectorAll<HTMLElement>('.nc-passage-text')].find((e) => e.textContent!.startsWith(start));
        claim!.click();
      }, CLAIM);
      // The copy names its original once the comparison has arrived.
      await waitFor(() => panel.evaluate(() => document.querySelector('.nc-flag-copy')?.textContent ?? ''), (t) => t.includes('Reuters'));
      await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const file = join(DOCS, `panel-${colorScheme}.png`);
      await panel.screenshot(file);
      console.log(`Wrote ${file}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
