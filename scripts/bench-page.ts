/**
 * The extension's cost on a page's main thread: for generated 1k, 5k and 10k-word articles,
 * served under a news hostname to headless Chromium with the built extension, the time from
 * DOMContentLoaded to the highlights being painted (the content script's User Timing mark)
 * and the long tasks (PerformanceObserver 'longtask', over 50 ms) in that time, with those of
 * them whose frame ran extension script (Long Animation Frames attribution).
 *
 * The same for the hostile pages of the browser tests (huge, node-heavy, deep, markup-looking,
 * right-to-left, framed, self-rewriting), in a second table.
 *
 * Usage: npm run build && npm run bench:page   (WXT_OUT_DIR selects another build directory)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type TestPage } from '../test/browser/harness/browsers';
import { FIXTURE_ROOT, startFixtureServer } from '../test/browser/harness/fixture-server';
import { hostilePages } from '../test/browser/harness/hostile-pages';
import { median, table } from './bench-tools/report';

const SIZES = [1_000, 5_000, 10_000];
const RUNS = 3;
const HOST = 'www.apnews.com';
const PAINTED_MARK = 'news-context:painted';
/** Long tasks right after the mark (the browser drawing the new highlights) still count. */
const AFTER_PAINT_MS = 500;

/** Records long tasks and long animation frames (with their scripts) from the start of the page, for measure(). */
const OBSERVER_SCRIPT = `<script>
  window.benchLongTasks = [];
  window.benchFrames = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) benchLongTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        benchFrames.push({ start: e.startTime, duration: e.duration, scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, duration: s.duration })) });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
</script>`;

/** Sentences that report corpus claims, from the hand-written fixtures, and filler no outlet reported. */
function sentencePool(): { reported: string[]; filler: string[] } {
  const wire = JSON.parse(readFileSync(join(FIXTURE_ROOT, 'onpage', 'istanbul-talks-wire.expect.json'), 'utf8')) as {
    reported: string[];
    unreported: string[];
  };
  const places = ['Odesa', 'Kharkiv', 'Lviv', 'Dnipro', 'Poltava', 'Chernihiv', 'Sumy', 'Vinnytsia'];
  const topics = ['the tram network', 'a new school', 'the river port', 'grain storage', 'the city hospital', 'a football stadium'];
  const filler = places.flatMap((place, i) =>
    topics.map(
      (topic, j) =>
        `Officials in ${place} said work on ${topic} would resume in ${['spring', 'summer', 'autumn'][(i + j) % 3]}, after a review of costs that took ${i + j + 2} weeks.`,
    ),
  );
  return { reported: wire.reported, filler: [...wire.unreported, ...filler] };
}

/** An article of about `words` words: nested boxes, inline links, an ad every few paragraphs. */
function articlePage(words: number): string {
  const { reported, filler } = sentencePool();
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    // One paragraph in four carries a reported sentence.
    const sentences = [filler[i % filler.length], filler[(i * 7 + 3) % filler.length], filler[(i * 5 + 1) % filler.length]];
    if (i % 4 === 0) sentences[1] = reported[(i / 4) % reported.length];
    const text = sentences.join(' ');
    count += text.split(/\s+/).length;
    const linked = text.replace(/\b(Istanbul|Kyiv|Odesa)\b/, '<a href="/hub/$1">$1</a>');
    paragraphs.push(`<div class="para-wrap"><p>${linked}</p></div>`);
    if (i % 6 === 5) paragraphs.push('<div class="Advertisement"><div class="ad-frame"></div>Advertisement</div>');
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Benchmark article of ${words} words</title>
<meta property="og:type" content="article">
${OBSERVER_SCRIPT}
<style>body{font:18px/1.6 Georgia,serif;max-width:720px;margin:24px auto}.Advertisement{height:90px;background:#eee}</style>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><div class="Page-content"><h1>Benchmark article of ${words} words</h1><div class="RichTextStoryBody">
${paragraphs.join('\n')}
</div></div></main><footer>Generated for scripts/bench-page.ts</footer></body></html>`;
}

interface Measure {
  msToPainted: number;
  passages: number;
  longTasks: number;
  longestTaskMs: number;
  extensionLongFrames: number;
}

async function measure(page: TestPage, url: string): Promise<Measure> {
  await page.goto(url);
  const deadline = Date.now() + 120_000;
  for (;;) {
    const result = await page.evaluate(
      ({ mark, after }) => {
        const painted = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
        if (!painted || performance.now() < painted.startTime + after) return null;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const from = nav.domContentLoadedEventStart;
        const to = painted.startTime + after;
        const w = window as unknown as {
          benchLongTasks: { start: number; duration: number }[];
          benchFrames: { start: number; duration: number; scripts: { url: string; duration: number }[] }[];
        };
        const tasks = w.benchLongTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
        const extensionFrames = w.benchFrames.filter(
          (f) => f.duration > 50 && f.start + f.duration >= from && f.start <= to && f.scripts.some((s) => /^(chrome|moz)-extension:/.test(s.url)),
        );
        return {
          msToPainted: painted.startTime - from,
          passages: (painted.detail as { passages: number }).passages,
          longTasks: tasks.length,
          longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
          extensionLongFrames: extensionFrames.length,
        };
      },
      { mark: PAINTED_MARK, after: AFTER_PAINT_MS },
    );
    if (result) return result;
    if (Date.now() > deadline) throw new Error(`${url}: no highlights painted`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A row's measured cells: median time to painted, passages, and the worst run's long tasks and frames. */
const summarize = (runs: Measure[]): string[] => [
  `${Math.round(median(runs.map((r) => r.msToPainted)))}`,
  `${runs[0].passages}`,
  `${Math.max(...runs.map((r) => r.longTasks))}`,
  `${Math.round(Math.max(...runs.map((r) => r.longestTaskMs)))}`,
  `${Math.max(...runs.map((r) => r.extensionLongFrames))}`,
];

const root = mkdtempSync(join(tmpdir(), 'nc-bench-page-'));
for (const words of SIZES) writeFileSync(join(root, `article-${words}.html`), articlePage(words));
const HOSTILE = hostilePages();
mkdirSync(join(root, 'hostile'));
for (const [name, html] of Object.entries(HOSTILE)) {
  // The observers must run before anything else on the page, as they do in the generated articles.
  if (!html.includes('<head>')) throw new Error(`hostile page ${name} has no <head>`);
  writeFileSync(join(root, 'hostile', `${name}.html`), html.replace('<head>', `<head>${OBSERVER_SCRIPT}`));
}
const server = await startFixtureServer(root);
const browser = await launch('chromium', server.port);
try {
  const page = await browser.newPage();
  await page.setViewport(1200, 900);
  // Once first, so the bundled corpus is indexed before anything is timed.
  await measure(page, `http://${HOST}/article-${SIZES[0]}`);
  const rows: string[][] = [];
  for (const words of SIZES) {
    const runs: Measure[] = [];
    for (let run = 0; run < RUNS; run++) runs.push(await measure(page, `http://${HOST}/article-${words}?run=${run}`));
    rows.push([`${words}`, ...summarize(runs)]);
  }
  const columns = ['DCL→painted ms (median)', 'passages', 'long tasks (max)', 'longest task ms', 'long frames with extension script (max)'];
  console.log(`Chromium headless, ${RUNS} runs per page (after one warm-up load)\n`);
  console.log(table(['words', ...columns], rows));

  const hostileRows: string[][] = [];
  for (const name of Object.keys(HOSTILE)) {
    const runs: Measure[] = [];
    try {
      for (let run = 0; run < RUNS; run++) runs.push(await measure(page, `http://${HOST}/hostile/${name}?run=${run}`));
      hostileRows.push([name, ...summarize(runs)]);
    } catch (error) {
      // One page that never paints must not hide the others' numbers.
      hostileRows.push([name, `failed: ${(error as Error).message.split('\n')[0]}`, '', '', '', '']);
    }
  }
  console.log(`\nHostile pages (test/browser/harness/hostile-pages.ts)\n`);
  console.log(table(['page', ...columns], hostileRows));
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
