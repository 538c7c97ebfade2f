/**
 * The corpus in real Chromium: a few hundred articles imported through the options page are
 * indexed by the background service worker, which is stopped (CDP) in the middle of the build
 * and woken by a message. The finished index must equal an uninterrupted build of the same
 * articles computed in Node with the same lib/ code: counts, claim groups and a query's answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { assertAvailable, BROWSER_PATHS, BUILD_DIRS } from './harness/browsers';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server';
import { askBackground, waitFor } from './harness/page-probes';
import { syntheticRecords } from '../../scripts/corpus-tools/synthetic-corpus';
import { loadSeedArticles } from '../../scripts/match-tools/seed-corpus';
import { articleFromRecord } from '../../lib/corpus/import/to-article';
import { parseNdjson } from '../../lib/corpus/import/json-records';
import { matchText } from '../../lib/match/match';
import { claimGroups, freshStore, indexAll } from '../unit/store/store-fixtures';
import type { IndexStatus } from '../../lib/protocol';
import type { PassageMatch } from '../../lib/match/types';

const ARTICLES = 400;
/** The indexer's chunk size (entrypoints/background/indexer.ts): the Node build uses the same boundaries. */
const CHUNK = 100;
const ndjson = [...syntheticRecords({ articles: ARTICLES, seed: 11 })].map(({ sourceFile: _f, ...r }) => JSON.stringify(r)).join('\n');
/** A page reporting some of the corpus's claims: the first paragraphs of one imported article. */
const queryText = parseNdjson('q', ndjson)[40].text.split('\n\n').slice(0, 4).join('\n\n');


/** Claim groups as "articleId#position" lists, read with plain IndexedDB from an extension page. */
function claimGroupsIn(page: Page): Promise<string[][]> {
  return page.evaluate(
    () =>
      new Promise<string[][]>((resolve, reject) => {
        const open = indexedDB.open('news-context');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('sentences').objectStore('sentences').getAll();
          request.onsuccess = () => {
            const groups = new Map<number, string[]>();
            for (const s of request.result as { claimId: number; articleId: string; position: number }[]) {
              groups.set(s.claimId, [...(groups.get(s.claimId) ?? []), `${s.articleId}#${s.position}`]);
            }
            open.result.close();
            resolve([...groups.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0])));
          };
        };
      }),
  );
}

function queueLength(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('news-context');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('queue').objectStore('queue').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

const comparable = (passages: PassageMatch[]) => passages.map((p) => ({ text: p.text, claimId: p.claimId, reports: p.reports.map((r) => r.sentenceId).sort() }));

describe('chromium: index build survives the service worker being stopped', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let userDataDir: string;
  let options: Page;

  beforeAll(async () => {
    assertAvailable('chromium');
    server = await startFixtureServer();
    userDataDir = mkdtempSync(join(tmpdir(), 'nc-corpus-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: BROWSER_PATHS.chromium.executable,
      headless: true,
      args: [
        `--disable-extensions-except=${BUILD_DIRS.chromium}`,
        `--load-extension=${BUILD_DIRS.chromium}`,
        `--proxy-server=http://127.0.0.1:${server.port}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    options = await context.newPage();
    await options.goto(`${worker.url().split('/').slice(0, 3).join('/')}/options.html`);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it('imports through the options page, resumes after the stop, and equals an uninterrupted build', { timeout: 240_000 }, async () => {
    const status = () => askBackground<IndexStatus>(options, 'getIndexStatus', {});
    const bundledReady = await waitFor(status, (s) => s.state === 'ready' && s.sentences > 0);

    // Import through the page's file input, as a user choosing a file.
    await options.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'synthetic.ndjson'));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, ndjson);
    const outcome = await waitFor(
      () => options.evaluate(() => document.querySelector('[data-outcome]')?.textContent ?? ''),
      (text) => text !== '',
    );
    expect(outcome).toMatch(new RegExp(`^Added ${ARTICLES} articles`));

    // Stop the worker once a chunk of the import is indexed and more are waiting.
    const midBuild = await waitFor(status, (s) => s.sentences > bundledReady.sentences && s.pending > 0, 60_000);
    const cdp = await context.newCDPSession(options);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => versions.some((v) => v.runningStatus === 'stopped') && resolve()),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    // Stopped with work left: the queue in IndexedDB still holds articles.
    expect(await queueLength(options)).toBeGreaterThan(0);

    // Any message wakes it; its start resumes the queue.
    const finished = await waitFor(status, (s) => s.state === 'ready' && s.pending === 0, 120_000);
    expect(midBuild.pending).toBeGreaterThan(0);
    expect(midBuild.pending).toBeLessThan(ARTICLES);

    // The same build in Node, uninterrupted: bundled corpus installed first, then the import.
    const store = freshStore();
    await store.installBundled('node', () => loadSeedArticles());
    await indexAll(store, CHUNK);
    await store.importArticles(parseNdjson('synthetic.ndjson', ndjson).map(articleFromRecord));
    await indexAll(store, CHUNK);
    const expected = await store.counts();
    expect({ ...finished, state: undefined }).toEqual({ ...expected, state: undefined });
    expect(await claimGroupsIn(options)).toEqual(await claimGroups(store));

    const { passages } = await askBackground<{ passages: PassageMatch[] }>(options, 'analyzePage', {
      url: 'http://example.org/query',
      title: 'query',
      text: queryText,
    });
    const fromNode = await matchText(queryText, store.reader);
    expect(fromNode.length).toBeGreaterThan(0);
    expect(comparable(passages)).toEqual(comparable(fromNode));
  });
});
