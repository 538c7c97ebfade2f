/**
 * Only the extension's own contexts are answered, and every answer to a malformed message is a
 * readable error: sent from an extension page to the real background, and from a web page,
 * which can neither reach the background nor steer the content script with postMessage or DOM
 * events.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { useBrowserSession } from './harness/session';
import { highlightedTexts, sendFromExtensionPage, waitFor } from './harness/page-probes';

const ARTICLE_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const session = useBrowserSession(name);
  let extensionPage: TestPage;

  beforeAll(async () => {
    extensionPage = await session.browser.newPage();
    await extensionPage.goto(`${session.browser.extensionOrigin}/sidepanel.html`);
  });

  const send = (message: unknown) => sendFromExtensionPage(extensionPage, message);

  it.each([
    [{ type: 'dropDatabase', payload: {} }, 'unknown message type: dropDatabase'],
    [{ type: 'getTabState', payload: { tabId: 'all' } }, 'getTabState: tabId: must be a non-negative integer'],
    [{ type: 'getTabState' }, 'getTabState: payload must be an object'],
    ['analyzePage', 'message must be an object'],
    [{ type: 'analyzePage', payload: { url: 1, title: 't', text: 'x' } }, 'analyzePage: url: must be a string'],
  ])('answers %j with an error', async (message, error) => {
    await expect(send(message)).resolves.toEqual({ ok: false, error });
  });

  it('still answers well-formed requests after the malformed ones', async () => {
    // The bundled corpus may still be installing on a fresh profile: asked again until it is there.
    const answer = await waitFor(
      () => send({ type: 'getIndexStatus', payload: {} }) as Promise<{ ok: boolean; value?: { articles: number } }>,
      (a) => !a.ok || (a.value?.articles ?? 0) > 0,
    );
    expect(answer.ok).toBe(true);
    expect(answer.value!.articles).toBeGreaterThan(0);
  });

  it('gives a web page no way in', async () => {
    const article = await session.browser.newPage();
    await article.goto(ARTICLE_URL);
    const before = await waitFor(() => highlightedTexts(article), (t) => t.length > 0);
    const reachable = await article.evaluate(() => {
      // Pretend to be the extension: postMessage and DOM events carrying protocol messages.
      window.postMessage({ type: 'revealPassage', payload: { passageIndex: 0 } }, '*');
      window.postMessage({ type: 'analyzeNow', payload: {} }, '*');
      document.dispatchEvent(new CustomEvent('news-context', { detail: { type: 'analyzeNow', payload: {} } }));
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage === 'function';
    });
    expect(reachable).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await highlightedTexts(article)).toEqual(before);
    await article.close();
  });
});
