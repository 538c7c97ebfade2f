/**
 * The background stopped while a query is in flight, in real Chromium (its service worker
 * stopped over CDP). A few hundred user articles make a long article's analysis take seconds,
 * and the stop is sent once the background has marked the tab as being analyzed. The content
 * script's request is repeated once and the page gets its highlights; a caller without a retry
 * (a raw runtime.sendMessage) gets the browser's error, never a hang; the next query answers as an
 * uninterrupted one, and the index and the user's articles are exactly as before.
 *
 * Chromium only. Firefox terminates an event page (stopBackground) without interrupting the
 * script running in it: a terminated analysis runs on, slowly, in the extension process, and
 * the options page and side panel, which share that process, answer nothing until it ends.
 * Depending on where the stop lands that took from under a second to over three minutes here,
 * so a Firefox run of this test would pass or time out by chance. Firefox's stop mid-build
 * is tested in corpus.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers';
import { askBackground, highlightedTexts, waitFor } from './harness/page-probes';
import { useBrowserSession } from './harness/session';
import { syntheticRecords } from '../../scripts/corpus-tools/synthetic-corpus';
import type { IndexStatus, TabState } from '../../lib/protocol';
import type { PassageMatch } from '../../lib/match/types';

const records = [...syntheticRecords({ articles: 400, seed: 5 })];
/** Paragraphs of 100 imported articles (under the content script's 400,000 characters): an analysis of several seconds. */
const LONG_ARTICLE = records.slice(0, 100).flatMap((r) => r.text.split('\n\n'));
/** A short query: the first paragraphs of one imported article. */
const SHORT_QUERY = records[300].text.split('\n\n').slice(0, 4).join('\n\n');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const root = mkdtempSync(join(tmpdir(), 'nc-query-stop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'world'));
writeFileSync(
  join(root, 'world', 'long-report.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report</title>
<meta property="og:type" content="article"></head><body><main><article><h1>A long report</h1>
${LONG_ARTICLE.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main></body></html>`,
);
const PAGE_URL = 'http://www.apnews.com/world/long-report';
/** The URL the options page analyzes under when it asks directly, without a retry. */
const DIRECT_URL = 'http://example.org/direct-query';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const comparable = (passages: PassageMatch[]) => passages.map((p) => ({ text: p.text, claimId: p.claimId, reports: p.reports.map((r) => r.sentenceId).sort() }));

/** The background's per-tab states for `url`, read from storage.session (its mirror) without messaging it. */
function tabStatesAt(page: TestPage, url: string): Promise<TabState[]> {
  return page.evaluate((u) => {
    type Session = { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
    const scope = globalThis as unknown as { browser?: Session; chrome?: Session };
    return (scope.browser ?? scope.chrome)!.storage.session
      .get(null)
      .then((all) => Object.values(all).filter((s) => (s as TabState).url === u) as TabState[]);
  }, url);
}

/** Starts a request from the page without waiting; `directOutcome` reads how it ended. */
function sendDirect(page: TestPage, message: unknown): Promise<void> {
  return page.evaluate((m) => {
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime; outcome?: unknown };
    scope.outcome = null;
    (scope.browser ?? scope.chrome)!.runtime.sendMessage(m).then(
      (answer) => (scope.outcome = { answer }),
      (error: Error) => (scope.outcome = { error: String(error?.message ?? error) }),
    );
  }, message);
}

const directOutcome = (page: TestPage) =>
  page.evaluate(() => (globalThis as unknown as { outcome: { answer?: unknown; error?: string } | null }).outcome);

describe('chromium', () => {
  const session = useBrowserSession('chromium', root);

  it('answers, or fails with a message, when the background stops mid-query; nothing is lost', { timeout: 240_000 }, async () => {
    const options = await session.browser.newPage();
    await options.goto(`${session.browser.extensionOrigin}/options.html`);
    const status = () => askBackground<IndexStatus>(options, 'getIndexStatus', {});
    await waitFor(status, (s) => s.state === 'ready' && s.sentences > 0);
    await askBackground(options, 'importArticles', { importId: 'long-corpus', records });
    const before = await waitFor(status, (s) => s.state === 'ready' && s.pending === 0 && s.userArticles === records.length, 120_000);
    const usersBefore = await askBackground(options, 'listUserArticles', { offset: 0, limit: 500 });
    const shortQuery = () => askBackground<{ passages: PassageMatch[] }>(options, 'analyzePage', { url: 'http://example.org/short', title: 'short', text: SHORT_QUERY, whole: true });
    const shortBefore = await shortQuery();

    // The content script's request: stopped once the background has begun analyzing the page.
    const article = await session.browser.newPage();
    await article.goto(PAGE_URL);
    await waitFor(() => tabStatesAt(options, PAGE_URL), (states) => states.some((s) => s.status === 'analyzing'), 60_000);
    await session.browser.stopBackground();
    // Stopped mid-query: the first request never finished (it would have marked the tab done).
    expect((await tabStatesAt(options, PAGE_URL)).map((s) => s.status)).toEqual(['analyzing']);
    // Its one retry wakes the background, which analyzes the page and keeps the answer for the panel.
    const [done] = await waitFor(() => tabStatesAt(options, PAGE_URL), (states) => states.some((s) => s.status === 'done'), 120_000);
    const painted = await waitFor(() => highlightedTexts(article), (texts) => texts.length > 0);
    expect(done.passages.length).toBeGreaterThan(0);
    // A passage across inline markup may be painted as several ranges: each lies in a passage, each passage is painted.
    const passageTexts = done.passages.map((p) => collapse(p.text));
    expect(painted.filter((t) => !passageTexts.some((p) => p.includes(t)))).toEqual([]);
    expect(passageTexts.filter((p) => !painted.some((t) => p.includes(t)))).toEqual([]);
    expect(article.errors).toEqual([]);

    // A request without a retry, stopped the same way, ends in an error with a message.
    await sendDirect(options, { type: 'analyzePage', payload: { url: DIRECT_URL, title: 'direct', text: done.text, whole: true } });
    await waitFor(() => tabStatesAt(options, DIRECT_URL), (states) => states.some((s) => s.status === 'analyzing'), 60_000);
    await session.browser.stopBackground();
    const outcome = await waitFor(() => directOutcome(options), (o) => o !== null, 60_000);
    expect(outcome).toEqual({ error: expect.stringMatching(/message channel closed before a response was received/) });

    // The next query answers as an uninterrupted one: the same text gives what the page was given.
    const again = await askBackground<{ passages: PassageMatch[] }>(options, 'analyzePage', { url: DIRECT_URL, title: 'direct', text: done.text, whole: true });
    expect(comparable(again.passages)).toEqual(comparable(done.passages));
    expect(comparable((await shortQuery()).passages)).toEqual(comparable(shortBefore.passages));
    const userIds = new Set((usersBefore as { articles: { id: string }[] }).articles.map((a) => a.id));
    expect(shortBefore.passages.some((p) => p.reports.some((r) => userIds.has(r.articleId)))).toBe(true);

    // Nothing lost or half-written: the same index and the same user articles.
    expect(await waitFor(status, (s) => s.state === 'ready')).toEqual(before);
    expect(await askBackground(options, 'listUserArticles', { offset: 0, limit: 500 })).toEqual(usersBefore);
    await article.close();
    await options.close();
  });
});
