/**
 * Times matchText on 2,000-word articles against the bundled corpus, beside MiniSearch (BM25)
 * answering the same sentences. Each test page is a run of bundled articles in shuffled order
 * (fixed seed) up to 2,000 words, matched with those articles excluded, as the extension does
 * when the page is itself in the corpus. A second line shows the worst case: nothing excluded,
 * so every sentence matches itself and gets full reports. Each line times ROUNDS passes over the
 * pages after one untimed pass (JIT tiers and lazy tables), so one busy moment on a shared
 * machine moves the median less.
 * Usage: npm run bench:match
 */
import { performance } from 'node:perf_hooks';
import { matchText } from '../lib/match/match';
import { segmentSentences } from '../lib/text/segment';
import { median } from './bench-tools/report';
import { Bm25Sentences } from './match-tools/bm25-baseline';
import { loadSeedArticles, loadSeedIndex } from './match-tools/seed-corpus';
// Deterministic (mulberry32), so runs are comparable.
import { random } from './corpus-tools/synthetic-corpus';

const PAGES = 30;
const ROUNDS = 3;
const WORDS_PER_PAGE = 2000;

const seedArticles = loadSeedArticles();
const index = await loadSeedIndex(seedArticles);
const corpusSentences = index.allSentences();
const bm25 = new Bm25Sentences();
for (const s of corpusSentences) bm25.add(s.text, s.articleId);

const next = random(42);
const pages = Array.from({ length: PAGES }, () => {
  const paragraphs: string[] = [];
  const articleIds = new Set<string>();
  let words = 0;
  while (words < WORDS_PER_PAGE) {
    const article = seedArticles[Math.floor(next() * seedArticles.length)];
    articleIds.add(article.id);
    for (const paragraph of article.paragraphs) {
      paragraphs.push(paragraph);
      words += paragraph.split(/\s+/).length;
    }
  }
  const excluded = new Set([...articleIds, ...seedArticles.filter((a) => a.copyOf && articleIds.has(a.copyOf)).map((a) => a.id)]);
  for (const a of seedArticles) if (a.copyOf && articleIds.has(a.id)) excluded.add(a.copyOf);
  return { text: paragraphs.join('\n\n'), excluded };
});

async function time(run: (page: (typeof pages)[number]) => Promise<number> | number): Promise<{ times: number[]; count: number }> {
  for (const page of pages) await run(page);
  const times: number[] = [];
  let count = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of pages) {
      const start = performance.now();
      count += await run(page);
      times.push(performance.now() - start);
    }
  }
  return { times, count: count / ROUNDS };
}

const line = (name: string, { times, count }: { times: number[]; count: number }, what: string) =>
  console.log(`${name.padEnd(24)} median ${median(times).toFixed(2).padStart(6)} ms   max ${Math.max(...times).toFixed(2).padStart(6)} ms   (${(count / PAGES).toFixed(1)} ${what} per page)`);

const words = pages.reduce((n, p) => n + p.text.split(/\s+/).length, 0) / PAGES;
console.log(`corpus: ${seedArticles.length} articles, ${corpusSentences.length} sentences; ${PAGES} pages of ${words.toFixed(0)} words on average`);
line('matchText', await time(async (p) => (await matchText(p.text, index, { excludeArticleIds: p.excluded })).length), 'passages');
line('matchText, worst case', await time(async (p) => (await matchText(p.text, index)).length), 'passages');
line('MiniSearch BM25', await time((p) => segmentSentences(p.text).map((s) => bm25.search(s.text, p.excluded)).length), 'sentences searched');
