/**
 * Privacy over a whole session in each browser: install and index, analyze several articles,
 * open the panel and go through its views, add an article on the options page, export the
 * corpus. Every request the browser makes passes through the test proxy and is recorded; none
 * may come from the extension: only the pages the test itself opened (and the browser's own
 * service hosts) appear.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { isBrowserServiceHost } from './harness/browser-services';
import { askBackground, highlightedTexts, waitFor } from './harness/page-probes';
import { useBrowserSession } from './harness/session';

const ARTICLES = [
  'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge',
  'http://www.apnews.com/onpage/istanbul-talks-wire',
  'http://www.mirror.co.uk/onpage/kremlin-denies-stalling',
];

const PASTED = [
  'Harbour ferries resume after storm',
  'Ferries between the two harbours resumed on Monday after a three-day storm closed the crossing.',
  'The operator said 14 sailings would run each day until the end of the month.',
].join('\n\n');

/** Types into a field the way Preact sees it (an input event) and returns. */
const fill = (page: TestPage, selector: string, value: string) =>
  page.evaluate(
    ({ selector, value }) => {
      const field = document.querySelector(selector) as HTMLTextAreaElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const session = useBrowserSession(name);

  it('makes no network request of its own over a full session', async () => {
    const { browser, server } = session;

    for (const url of ARTICLES) {
      const article = await browser.newPage();
      await article.goto(url);
      await waitFor(() => highlightedTexts(article), (texts) => texts.length > 0);
    }

    const panel = await browser.newPage();
    await panel.goto(`${browser.extensionOrigin}/sidepanel.html`);
    for (const tab of ['Coverage', 'Framing', 'Corpus', 'Export', 'Claims']) {
      await panel.evaluate((label) => {
        const button = [...document.querySelectorAll('[role="tab"]')].find((b) => b.textContent?.startsWith(label));
        (button as HTMLElement | undefined)?.click();
      }, tab);
    }

    const options = await browser.newPage();
    await options.goto(`${browser.extensionOrigin}/options.html`);
    await fill(options, '.nc-paste textarea', PASTED);
    await waitFor(() => options.evaluate(() => !(document.querySelector('.nc-paste button[type="submit"]') as HTMLButtonElement).disabled), (enabled) => enabled);
    await options.evaluate(() => (document.querySelector('.nc-paste') as HTMLFormElement).requestSubmit());
    const outcome = await waitFor(
      () => options.evaluate(() => document.querySelector('[data-outcome]')?.getAttribute('data-outcome') ?? ''),
      (value) => value !== '',
    );
    expect(outcome).toBe('done');
    const exported = await askBackground<{ lines: string[] }>(options, 'exportCorpus', { after: null, limit: 1000 });
    expect(exported.lines.some((line) => line.includes('Harbour ferries resume after storm'))).toBe(true);

    const opened = new Set(ARTICLES);
    const foreign = server.requests.filter(
      (r) => !opened.has(r.url) && !r.url.endsWith('/favicon.ico') && !isBrowserServiceHost(r.host),
    );
    expect(foreign).toEqual([]);
    expect(server.requests.filter((r) => opened.has(r.url)).length).toBeGreaterThanOrEqual(ARTICLES.length);
  });
});
