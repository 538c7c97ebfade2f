/**
 * Cancelling a big import from the options page, in real Chromium and Firefox: the page shows the
 * import's phase and a Cancel button, the background drops the import before its commit point,
 * focus goes back to the file input, and every table of the corpus database (articles and their copy links, sentences and claims,
 * posting lists, queue, counters) reads exactly as before the import, as does the index status.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { askBackground, waitFor } from './harness/page-probes';
import { texts } from './harness/by-text';
import { chooseFiles } from './harness/choose-files';
import { useBrowserSession } from './harness/session';
import { syntheticRecords } from '../../scripts/corpus-tools/synthetic-corpus';
import type { IndexStatus } from '../../lib/protocol';

/** Enough articles (about 7 MB) that checking them for duplicates and reprints takes seconds: Cancel lands within it. */
const ARTICLES = 2_000;
const ndjson = [...syntheticRecords({ articles: ARTICLES, seed: 17 })].map(({ sourceFile: _f, ...r }) => JSON.stringify(r)).join('\n');

/** Every object store of the extension's database, row by row, read with plain IndexedDB from an extension page. */
function everyTable(page: TestPage): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('news-context');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (rows[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(rows);
          };
        };
      }),
    undefined,
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: cancelling an import', (name) => {
  const session = useBrowserSession(name);

  it('shows the import checking its articles, cancels it before its commit point, and leaves every table as it was', { timeout: 180_000 }, async () => {
    const options = await session.browser.newPage();
    await options.goto(`${session.browser.extensionOrigin}/options.html`);
    const status = () => askBackground<IndexStatus>(options, 'getIndexStatus', {});
    const before = await waitFor(status, (s) => s.state === 'ready' && s.sentences > 0, 60_000);
    const tablesBefore = await everyTable(options);
    expect(tablesBefore.articles.length).toBe(before.articles);

    // A reader who clicks Cancel as soon as the page says the articles are being checked; the
    // phases the page announced are kept to compare.
    await options.evaluate(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver(() => {
        const phase = document.querySelector('.nc-import-progress [role=status]')?.textContent ?? '';
        if (phase && heard.at(-1) !== phase) heard.push(phase);
        const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel import');
        if (phase.startsWith('Importing: checking') && cancel && !cancel.disabled) {
          // Pressed from the keyboard: focused first.
          cancel.focus();
          cancel.click();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await chooseFiles(options, [{ name: 'mistake.ndjson', text: ndjson }]);

    const outcome = await waitFor(() => texts(options, '[data-outcome]'), (shown) => shown.length > 0, 120_000);
    expect(outcome).toEqual(['Import cancelled: nothing was added.']);
    expect(await options.evaluate(() => (window as unknown as { heard: string[] }).heard, undefined)).toEqual([
      'Importing: reading the files.',
      `Importing: sending ${ARTICLES.toLocaleString('en')} articles to be stored.`,
      `Importing: checking ${ARTICLES.toLocaleString('en')} articles for duplicates and reprints.`,
    ]);
    // The progress and its button are gone with the import; focus, which was on the button, is back on the file input.
    expect(await texts(options, '.nc-import-progress')).toEqual([]);
    await waitFor(() => options.evaluate(() => document.activeElement?.matches('input[type=file]') ?? false), Boolean);

    expect(await everyTable(options)).toEqual(tablesBefore);
    expect(await status()).toEqual(before);
    await options.close();
  });
});
