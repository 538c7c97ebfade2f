/**
 * Faults in real browsers: the extension's database deleted from under it while the panel is
 * open (as "clear site data" does) ends in a consistent state, with the bundled corpus back and
 * pages analyzed again, never a hang.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { askBackground, highlightedTexts, waitFor } from './harness/page-probes';
import { useBrowserSession } from './harness/session';

const ARTICLE_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const session = useBrowserSession(name);

  it('recovers when the database is deleted while the panel is open', async () => {
    const panel = await session.browser.newPage();
    await panel.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
    const status = () => askBackground<{ articles: number; state: string }>(panel, 'getIndexStatus', {}).catch((e: Error) => ({ articles: -1, state: e.message }));
    await waitFor(status, (s) => s.state === 'ready' && s.articles > 0);

    const deleted = await panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.deleteDatabase('news-context');
          request.onsuccess = () => resolve('deleted');
          request.onerror = () => resolve(`error: ${request.error}`);
          request.onblocked = () => resolve('blocked');
        }),
      undefined,
    );
    expect(deleted).toBe('deleted');

    const recovered = await waitFor(status, (s) => s.state === 'ready' && s.articles > 0);
    expect(recovered.articles).toBeGreaterThanOrEqual(12);

    const article = await session.browser.newPage();
    await article.goto(ARTICLE_URL);
    expect((await waitFor(() => highlightedTexts(article), (t) => t.length > 0)).length).toBeGreaterThan(3);
    await article.close();
    await panel.close();
  });
});
