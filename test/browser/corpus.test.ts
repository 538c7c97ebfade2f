/**
 * The corpus in real Chromium and Firefox: a few hundred articles imported through the options
 * page are indexed by the background (Chromium's service worker, Firefox's event page), which is
 * stopped in the middle of the build and woken by a message. The finished index must equal an
 * uninterrupted build of the same articles computed in Node with the same lib/ code: counts,
 * claim groups and a query's answer. Then, in a browser of its own, one of two imported files is
 * removed whole from the options page: the index must answer as a Node build of the other alone.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName } from './harness/browsers';
import { askBackground, indexCounts, waitFor, type Evaluator } from './harness/page-probes';
import { click, texts } from './harness/by-text';
import { chooseFiles } from './harness/choose-files';
import { useBrowserSession } from './harness/session';
import { syntheticRecords } from '../../scripts/corpus-tools/synthetic-corpus';
import { loadSeedArticles } from '../../scripts/match-tools/seed-corpus';
import { articleFromRecord } from '../../lib/corpus/import/to-article';
import { parseNdjson } from '../../lib/corpus/import/json-records';
import { matchText } from '../../lib/match/match';
import { claimGroups, freshStore, indexAll } from '../unit/store/store-fixtures';
import type { IndexStatus } from '../../lib/protocol';
import type { PassageMatch } from '../../lib/match/types';

const ARTICLES = 600;
/**
 * The indexer's chunk size (entrypoints/background/indexer.ts): the import takes three chunks, so
 * a stop after the first leaves work queued even if the second commits before the stop lands.
 */
const CHUNK = 250;
const ndjson = [...syntheticRecords({ articles: ARTICLES, seed: 11 })].map(({ sourceFile: _f, ...r }) => JSON.stringify(r)).join('\n');
/** A page reporting some of the corpus's claims: the first paragraphs of one imported article. */
const queryText = parseNdjson('q', ndjson)[40].text.split('\n\n').slice(0, 4).join('\n\n');


/** Claim groups as "articleId#position" lists, read with plain IndexedDB from an extension page. */
function claimGroupsIn(page: Evaluator): Promise<string[][]> {
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
    undefined,
  );
}

const comparable = (passages: PassageMatch[]) => passages.map((p) => ({ text: p.text, claimId: p.claimId, reports: p.reports.map((r) => r.sentenceId).sort() }));

/** The uninterrupted build in Node, once for both browsers: bundled corpus installed first, then the import. */
let nodeBuild: ReturnType<typeof buildInNode> | undefined;
async function buildInNode() {
  const store = freshStore();
  await store.installBundled('node', () => loadSeedArticles());
  await indexAll(store, CHUNK);
  await store.importArticles(parseNdjson('synthetic.ndjson', ndjson).map(articleFromRecord));
  await indexAll(store, CHUNK);
  return { counts: await store.counts(), groups: await claimGroups(store), passages: await matchText(queryText, store.reader) };
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s: index build survives the background being stopped', (name) => {
  const session = useBrowserSession(name);

  it('imports through the options page, resumes after the stop, and equals an uninterrupted build', { timeout: 240_000 }, async () => {
    nodeBuild ??= buildInNode();
    const options = await session.browser.newPage();
    await options.goto(`${session.browser.extensionOrigin}/options.html`);
    const status = () => askBackground<IndexStatus>(options, 'getIndexStatus', {});
    const bundledReady = await waitFor(status, (s) => s.state === 'ready' && s.sentences > 0);

    // Import through the page's file input, as a user choosing a file.
    await chooseFiles(options, [{ name: 'synthetic.ndjson', text: ndjson }]);
    const outcome = await waitFor(
      () => options.evaluate(() => document.querySelector('[data-outcome]')?.textContent ?? ''),
      (text) => text !== '',
    );
    expect(outcome).toMatch(new RegExp(`^Added ${ARTICLES} articles`));

    // Stop the background once a chunk of the import is indexed and more are waiting.
    const midBuild = await waitFor(status, (s) => s.sentences > bundledReady.sentences && s.pending > 0, 60_000);
    await session.browser.stopBackground();
    // Stopped with work left: the queue in IndexedDB still holds articles.
    expect((await indexCounts(options)).queue).toBeGreaterThan(0);

    // Any message wakes it; its start resumes the queue.
    const finished = await waitFor(status, (s) => s.state === 'ready' && s.pending === 0, 120_000);
    expect(midBuild.pending).toBeGreaterThan(0);
    expect(midBuild.pending).toBeLessThan(ARTICLES);

    const expected = await nodeBuild;
    expect({ ...finished, state: undefined }).toEqual({ ...expected.counts, state: undefined });
    expect(await claimGroupsIn(options)).toEqual(expected.groups);

    const { passages } = await askBackground<{ passages: PassageMatch[] }>(options, 'analyzePage', {
      url: 'http://example.org/query',
      title: 'query',
      text: queryText,
      whole: true,
    });
    expect(expected.passages.length).toBeGreaterThan(0);
    expect(comparable(passages)).toEqual(comparable(expected.passages));
    await options.close();
  });
});

/** Two files of one import sharing events (the synthetic outlets report the same ones): the first is removed whole, the second kept. */
const FILE_ARTICLES = 40;
const [removedRecords, keptRecords] = (() => {
  const records = [...syntheticRecords({ articles: 2 * FILE_ARTICLES, seed: 23 })].map(({ sourceFile: _f, ...r }) => r);
  return [records.slice(0, FILE_ARTICLES), records.slice(FILE_ARTICLES)];
})();
const REMOVED_FILE = 'mistake.ndjson';
const KEPT_FILE = 'keep.ndjson';
const asNdjson = (records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');
/** A page quoting an article of each file: before the removal both report it; after it, only what the kept file holds. */
const twoFileQuery = [removedRecords[3], keptRecords[3]].flatMap((r) => r.text.split('\n\n').slice(0, 3)).join('\n\n');

/** The store the removal must leave, built in Node once for both browsers: the bundled corpus, then only the kept file. */
let keptOnlyBuild: ReturnType<typeof buildKeptOnly> | undefined;
async function buildKeptOnly() {
  const store = freshStore();
  await store.installBundled('node', () => loadSeedArticles());
  await indexAll(store, CHUNK);
  await store.importArticles(parseNdjson(KEPT_FILE, asNdjson(keptRecords)).map(articleFromRecord));
  await indexAll(store, CHUNK);
  const removedIds = new Set(parseNdjson(REMOVED_FILE, asNdjson(removedRecords)).map((r) => articleFromRecord(r).id));
  return { counts: await store.counts(), passages: await matchText(twoFileQuery, store.reader), removedIds };
}

/** What a page is answered, as the deletion tests compare it: each passage's text and score, and which articles report it. */
const answered = (passages: PassageMatch[]) => passages.map((p) => ({ text: p.text, score: p.score }));
const reporters = (passages: PassageMatch[]) => new Set(passages.flatMap((p) => p.reports.map((r) => r.articleId)));

describe.each<BrowserName>(['chromium', 'firefox'])('%s: removing an imported file', (name) => {
  const session = useBrowserSession(name);

  it('removes every article of one file from the options page; the other file stays, and the index answers as if the removed one was never imported', { timeout: 180_000 }, async () => {
    keptOnlyBuild ??= buildKeptOnly();
    const options = await session.browser.newPage();
    await options.goto(`${session.browser.extensionOrigin}/options.html`);
    const status = () => askBackground<IndexStatus>(options, 'getIndexStatus', {});
    await waitFor(status, (s) => s.state === 'ready' && s.sentences > 0);

    // Both files chosen at once, as one import.
    await chooseFiles(options, [{ name: REMOVED_FILE, text: asNdjson(removedRecords) }, { name: KEPT_FILE, text: asNdjson(keptRecords) }]);
    await waitFor(status, (s) => s.state === 'ready' && s.pending === 0 && s.userArticles > 0, 120_000);
    const query = () => askBackground<{ passages: PassageMatch[] }>(options, 'analyzePage', { url: 'http://example.org/two-files', title: 'query', text: twoFileQuery, whole: true });
    const { removedIds, counts: expected, passages: expectedPassages } = await keptOnlyBuild;
    // The removed file's articles report the page while they are stored: the removal has something to change.
    expect([...reporters((await query()).passages)].some((id) => removedIds.has(id))).toBe(true);

    // The files listed with their counts; the removed one's button, confirmed, as a reader clicks it.
    const fileRows = () => texts(options, '.nc-import-files li');
    // Every record of both files is an article of its own (no duplicates between them), so each file counts all of its records.
    expect([removedIds.size, expected.userArticles]).toEqual([FILE_ARTICLES, FILE_ARTICLES]);
    const rows = await waitFor(fileRows, (listed) => listed.length === 2);
    expect(rows).toEqual([
      `${REMOVED_FILE} ${FILE_ARTICLES} articles Remove all ${FILE_ARTICLES}`,
      `${KEPT_FILE} ${FILE_ARTICLES} articles Remove all ${FILE_ARTICLES}`,
    ]);
    await options.evaluate(() => {
      const asked: string[] = [];
      (window as unknown as { asked: string[] }).asked = asked;
      window.confirm = (message?: string) => (asked.push(message ?? ''), true);
    });
    // Pressed from the keyboard: focused first.
    await options.evaluate((file) => document.querySelector<HTMLElement>(`.nc-import-files button[aria-label$="of ${file}"]`)!.focus(), REMOVED_FILE);
    await click(options, `.nc-import-files button[aria-label$="of ${REMOVED_FILE}"]`, 'Remove all');
    const said = await waitFor(() => texts(options, '[aria-labelledby="nc-imports"] [role=status]'), ([text]) => text?.startsWith('Deleted') ?? false);
    expect(said).toEqual([`Deleted ${FILE_ARTICLES} articles imported from ${REMOVED_FILE}.`]);
    expect(await options.evaluate(() => (window as unknown as { asked: string[] }).asked)).toEqual([
      expect.stringMatching(new RegExp(`^Delete all ${FILE_ARTICLES} articles imported from ${REMOVED_FILE.replace('.', '\\.')}\\?`)),
    ]);
    expect(await waitFor(fileRows, (listed) => listed.length === 1)).toEqual([`${KEPT_FILE} ${FILE_ARTICLES} articles Remove all ${FILE_ARTICLES}`]);
    // Focus went with the removed row's button to the row now in its place, not to the page.
    const focused = () => options.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? '');
    expect(await waitFor(focused, (label) => label.startsWith('Remove'))).toBe(`Remove all ${FILE_ARTICLES} articles of ${KEPT_FILE}`);

    // The index mended in place, not rebuilt: nothing queued, and counted as a store that never held the file.
    const after = await waitFor(status, (s) => s.userArticles === expected.userArticles);
    expect({ articles: after.articles, userArticles: after.userArticles, sentences: after.sentences, pending: after.pending }).toEqual({
      articles: expected.articles, userArticles: expected.userArticles, sentences: expected.sentences, pending: 0,
    });
    const { passages } = await query();
    expect(expectedPassages.length).toBeGreaterThan(0);
    expect(answered(passages)).toEqual(answered(expectedPassages));
    expect([...reporters(passages)].some((id) => removedIds.has(id))).toBe(false);
    await options.close();
  });
});
