/**
 * Times the side panel's comparison of a page (getComparison: Coverage, Framing, Export) as the
 * background computes it: the bundled corpus installed and indexed in the extension's own store
 * (lib/store over fake-indexeddb), each page matched through the store's reader as analyzePage
 * does, then compared by the background's comparisonFor. Then the Export tab's Markdown and
 * JSON-LD, which the panel builds from the comparison and the page's passages. Matching is not
 * timed (bench:match times it).
 *
 * Pages: a 2,000-word article, and long pages of 150, 400 and 1,500 paragraphs (a live blog, a
 * long read). One paragraph in four is one of the first paragraphs of a bundled article, so the
 * page reports part of the event and leaves out the rest, whose claims the panel lists and checks
 * for other figures; the other paragraphs come from synthetic articles no corpus holds, with
 * figures of their own (counts, money, percentages). Each page is compared and exported once
 * untimed (JIT tiers, lazy tables), then RUNS times; the table gives the medians.
 * Usage: npm run bench:compare
 */
import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { comparisonFor } from '../entrypoints/background/panel-queries';
import { matchText } from '../lib/match/match';
import { comparisonJsonLd } from '../lib/panel/export-jsonld';
import { comparisonMarkdown } from '../lib/panel/export-markdown';
import { CorpusStore } from '../lib/store/corpus-store';
import { CorpusDatabase } from '../lib/store/schema';
import { median, table } from './bench-tools/report';
import { syntheticRecords } from './corpus-tools/synthetic-corpus';
import { loadSeedArticles } from './match-tools/seed-corpus';

const RUNS = 3;
const LONG_PAGES = [150, 400, 1_500];
const ARTICLE_WORDS = 2_000;
/** Paragraphs of each bundled article the pages report: its lead, as pages quoting a story do. */
const REPORTED_PER_ARTICLE = 3;
const INDEX_CHUNK = 250;

const seedArticles = loadSeedArticles();
const store = new CorpusStore(new CorpusDatabase(new IDBFactory(), IDBKeyRange));
await store.installBundled('bench', () => seedArticles);
while ((await store.indexChunk(INDEX_CHUNK)) > 0);

const reported = seedArticles.flatMap((a) => a.paragraphs.slice(0, REPORTED_PER_ARTICLE));
const unseen = [...syntheticRecords({ articles: 400, seed: 999 })].flatMap((r) => r.text.split('\n\n'));

/** The page's paragraphs in turn, until `enough` says the page is long enough. */
function pageText(enough: (paragraphs: string[]) => boolean): string {
  const paragraphs: string[] = [];
  for (let k = 0; !enough(paragraphs); k++) {
    paragraphs.push(k % 4 === 0 ? reported[(k / 4) % reported.length] : unseen[k % unseen.length]);
  }
  return paragraphs.join('\n\n');
}

const wordCount = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.split(/\s+/).length, 0);
const pages = [
  { name: `article of ${ARTICLE_WORDS.toLocaleString('en')} words`, text: pageText((ps) => wordCount(ps) >= ARTICLE_WORDS) },
  ...LONG_PAGES.map((count) => ({ name: `${count.toLocaleString('en')} paragraphs`, text: pageText((ps) => ps.length >= count) })),
];

/** Milliseconds `run` takes, the median of RUNS after one untimed run. */
async function timed(run: () => unknown): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

const EXPORTED_PAGE = { url: 'https://www.example.com/live', title: 'Benchmark page' };

const header = ['page', 'paragraphs', 'KB', 'passages', 'claims left out', 'compare ms (median)', 'exports ms (median)'];
const rows: string[][] = [];
for (const { name, text } of pages) {
  const passages = await matchText(text, store.reader);
  const comparison = await comparisonFor(store, passages, { ...EXPORTED_PAGE, text });
  const compareMs = await timed(() => comparisonFor(store, passages, { ...EXPORTED_PAGE, text }));
  // As the Export tab builds them.
  const exportMs = await timed(() => [
    comparisonMarkdown(EXPORTED_PAGE, passages, comparison),
    JSON.stringify(comparisonJsonLd(EXPORTED_PAGE, passages, comparison, new Date().toISOString()), null, 2),
  ]);
  const { notOnPage, otherFigures } = comparison.coverage;
  const cells = [text.split('\n\n').length, Math.round(text.length / 1000), passages.length, notOnPage.length + otherFigures.length];
  rows.push([name, ...cells.map(String), `${Math.round(compareMs)}`, `${Math.round(exportMs)}`]);
}

const { articles, sentences } = await store.counts();
console.log(`Bundled corpus: ${articles} articles, ${sentences} sentences; ${RUNS} runs per page after one untimed\n`);
console.log(table(header, rows));
