/**
 * Index benchmark in real Chromium with the built extension: for each corpus size, imports
 * synthetic articles (scripts/corpus-tools/synthetic-corpus.ts) through the background's
 * importArticles message, waits for the index to be built, and reports build time, IndexedDB
 * size (navigator.storage.estimate), the time to match a 2,000-word page (analyzePage round
 * trip from an extension tab: the first page, read with nothing kept in the background's cache,
 * then the median and p90 of the later ones) and the service worker's JS heap: live (collected) before, peak while matching, live after
 * (CDP Runtime.getHeapUsage on the worker target), the time to delete one article until the
 * index is ready again, and how long the worker went without answering during the import and
 * build, seen by a timer in it and by a page asking for the index status
 * (bench-tools/worker-stalls.ts). Results print per size as they come. A kept profile (below)
 * loses that article, and the next run imports it again.
 * Usage: npm run build && npm run bench:index -- [--sizes 1000,10000,100000] [--pages 15] [--profile DIR] [--cpu-profile]
 * (reads the build from WXT_OUT_DIR, default .output). `--profile DIR` (one size only) keeps the
 * browser profile in DIR, and a later run with the same DIR and size reuses its corpus instead of
 * importing it again: a 100,000-article index is built once, then matched with newer builds.
 * `--cpu-profile` also records the service worker's CPU profile over the pages and prints where
 * their time went in the worker: running JavaScript (scoring, decoding rows), garbage
 * collection, the engine's own work, or idle, waiting for IndexedDB to answer; and the time
 * under the busiest functions, which have their names in a build made with WXT_NO_MINIFY=1
 * (`WXT_NO_MINIFY=1 npx wxt build`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { BROWSER_PATHS, BUILD_DIRS } from '../test/browser/harness/browsers';
import { askBackground } from '../test/browser/harness/page-probes';
import { syntheticRecords } from './corpus-tools/synthetic-corpus';
import { mixedPages } from './corpus-tools/mixed-pages';
import { stallsText, watchStalls } from './bench-tools/worker-stalls';
import type { IndexStatus } from '../lib/protocol';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    pages: { type: 'string', default: '15' },
    profile: { type: 'string' },
    'cpu-profile': { type: 'boolean', default: false },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const PAGES = Number(values.pages);
if (values.profile && SIZES.length > 1) throw new Error('--profile keeps one corpus: give one size');
const IMPORT_BATCH = 2_000;
const PAGE_WORDS = 2_000;


const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function benchSize(size: number): Promise<void> {
  const userDataDir = values.profile ?? mkdtempSync(join(tmpdir(), 'nc-bench-'));
  const dir = BUILD_DIRS.chromium;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: BROWSER_PATHS.chromium.executable,
    headless: true,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--remote-debugging-port=0'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`${worker.url().split('/').slice(0, 3).join('/')}/options.html`);
    const status = () => askBackground<IndexStatus>(page, 'getIndexStatus', {});
    while ((await status()).state !== 'ready') await sleep(500);

    const records = [...syntheticRecords({ articles: size, seed: 1 })];
    const stalls = await watchStalls(worker, page);
    const start = performance.now();
    // A kept profile that already holds the corpus is matched as it is.
    const reused = (await status()).userArticles >= size;
    let added = reused ? size : 0;
    for (let i = 0; !reused && i < records.length; i += IMPORT_BATCH) {
      const result = await askBackground<{ added: string[] }>(page, 'importArticles', { importId: `bench-${size}-${i}`, records: records.slice(i, i + IMPORT_BATCH) });
      added += result.added.length;
    }
    const imported = performance.now();
    let last = 0;
    let done: IndexStatus;
    for (;;) {
      done = await status();
      if (done.state === 'ready') break;
      if (done.state === 'error') throw new Error(`indexing failed: ${done.error}`);
      if (performance.now() - last > 30_000) {
        last = performance.now();
        console.log(`  ${size}: ${seconds(last - start)} in, ${done.pending} articles waiting, ${done.sentences} sentences`);
      }
      await sleep(1_000);
    }
    const built = performance.now();
    const stalled = await stalls.stop();
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

    // The service worker's heap, over CDP (Playwright gives no CDP session on workers).
    // Port 0 lets Chromium pick a free port (two benchmarks can run at once); it writes the port here.
    const debugPort = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const cdpBrowser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${debugPort}` });
    const target = await cdpBrowser.waitForTarget((t) => t.type() === 'service_worker');
    const cdp = await target.createCDPSession();
    // A worker that is stopped or crashes while matching closes its target: reported, not fatal.
    let workerClosed = false;
    const heap = async () => {
      try {
        return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
      } catch {
        workerClosed = true;
        return 0;
      }
    };
    // Live heap, collected first: a used size read after a build is mostly garbage not yet swept.
    const liveHeap = async () => {
      await cdp.send('HeapProfiler.collectGarbage').catch(() => (workerClosed = true));
      return heap();
    };
    const heapBefore = await liveHeap();
    let heapPeak = heapBefore;
    let sampling = true;
    const sampler = (async () => {
      while (sampling && !workerClosed) {
        heapPeak = Math.max(heapPeak, await heap());
        await sleep(10);
      }
    })();

    if (values['cpu-profile']) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const pages = mixedPages(records, PAGES + 1, PAGE_WORDS);
    const times: number[] = [];
    let firstPage = 0;
    let passages = 0;
    for (const [index, text] of pages.entries()) {
      const { ms, found } = await page.evaluate(async (text) => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime;
        const t0 = performance.now();
        const answer = (await runtime.sendMessage({ type: 'analyzePage', payload: { url: 'https://bench.example/page', title: 'bench', text, whole: true } })) as {
          ok: boolean;
          value?: { passages: unknown[] };
          error?: string;
        };
        if (!answer.ok) throw new Error(answer.error);
        return { ms: performance.now() - t0, found: answer.value!.passages.length };
      }, text);
      // The first page also warms up the worker's code; the later ones find what it read kept.
      if (index > 0) times.push(ms);
      else firstPage = ms;
      passages += found;
      console.log(`  ${size}: page ${index} matched in ${ms.toFixed(0)} ms, ${found} passages`);
    }
    sampling = false;
    await sampler;
    if (values['cpu-profile']) printWorkerTime(((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile, pages.length);
    // What the background still holds after the pages: its read cache, above all.
    const heapAfter = await liveHeap();
    await cdpBrowser.disconnect();

    // A deletion mends the index in place (lib/store/index-removal.ts): the time until it is ready again.
    const [newest] = (await askBackground<{ articles: { id: string }[] }>(page, 'listUserArticles', { offset: 0, limit: 1 })).articles;
    const deleteStart = performance.now();
    await askBackground(page, 'deleteArticles', { ids: [newest.id] });
    while ((await status()).state !== 'ready') await sleep(50);
    const deleted = performance.now() - deleteStart;

    console.log(
      [
        `| ${size.toLocaleString('en')} | ${added.toLocaleString('en')} | ${done.sentences.toLocaleString('en')} | ${done.claims.toLocaleString('en')}`,
        `${reused ? 'reused | reused' : `${seconds(imported - start)} | ${seconds(built - start)}`} | ${mb(usage)}`,
        `${firstPage.toFixed(0)} ms | ${percentile(times, 0.5).toFixed(0)} ms | ${percentile(times, 0.9).toFixed(0)} ms | ${(passages / pages.length).toFixed(0)}`,
        `${mb(heapBefore)} → ${mb(heapPeak)} → ${mb(heapAfter)}${workerClosed ? ' (worker target closed while matching)' : ''}`,
        `${deleted.toFixed(0)} ms`,
        `${stallsText(stalled.timer)} | ${stallsText(stalled.answers)} |`,
      ].join(' | '),
    );
  } finally {
    await context.close();
    if (!values.profile) rmSync(userDataDir, { recursive: true, force: true });
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The engine's own profile nodes, by name; every other node is JavaScript. */
const ENGINE_KINDS: Record<string, string> = { '(idle)': 'idle', '(garbage collector)': 'garbage collection', '(program)': 'engine (program)' };

/**
 * The worker's sampled time by kind, then by function (named only in a WXT_NO_MINIFY=1 build).
 * Idle is the worker waiting: for IndexedDB above all, as the page's request and the worker's
 * answer are the only other things it awaits.
 */
function printWorkerTime(profile: CpuProfile, pages: number): void {
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  const kindOf = new Map(profile.nodes.map((node) => [node.id, ENGINE_KINDS[node.callFrame.functionName] ?? 'JavaScript']));
  const byKind = new Map<string, number>();
  profile.samples.forEach((id, i) => byKind.set(kindOf.get(id)!, (byKind.get(kindOf.get(id)!) ?? 0) + profile.timeDeltas[i] / 1000));
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const share = (ms: number) => `${(ms / pages).toFixed(0)} ms (${((100 * ms) / total).toFixed(0)}%)`;
  console.log(`  worker time over the ${pages} pages, ${(total / pages).toFixed(0)} ms a page: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([kind, ms]) => `${kind} ${share(ms)}`).join(', ')}`);
  // Time under each named function (its callees included), each sample counted once per name on its stack.
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const byFunction = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    if (kindOf.get(id) !== 'JavaScript') return;
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) names.add(nodeById.get(at)!.callFrame.functionName);
    for (const name of names) if (name && !name.startsWith('(')) byFunction.set(name, (byFunction.get(name) ?? 0) + profile.timeDeltas[i] / 1000);
  });
  const top = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 16);
  console.log(`  time under each function, callees included (top ${top.length}): ${top.map(([name, ms]) => `${name} ${share(ms)}`).join('; ')}`);
}

console.log(`Chromium ${BROWSER_PATHS.chromium.executable}, build ${BUILD_DIRS.chromium}, ${PAGES} pages of ${PAGE_WORDS} words per size`);
console.log('| articles | imported | sentences | claims | import | build (incl. import) | IndexedDB | first page | match median | match p90 | passages/page | worker heap: live idle → peak while matching → live after | delete one article, until the index is ready | during import and build: longest gap between runs of a timer in the worker | longest wait for a status answer |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const size of SIZES) await benchSize(size);
