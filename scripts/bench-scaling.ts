/**
 * How the text pipeline's time grows with its input, on news text and on hostile shapes that
 * trip backtracking regular expressions or quadratic loops (one endless sentence, endless
 * abbreviations, digits, quotes, markup). For each shape and step (segmentation, features of
 * every sentence, a full match against the bundled corpus) it prints the time per 1,000
 * characters at 10k, 100k and 1M characters: a linear step keeps that figure flat.
 * The property tests check correctness on random input; this measures the "time bounded in
 * proportion to input size" half without putting a clock in a test.
 * Usage: npm run bench:scaling
 */
import { performance } from 'node:perf_hooks';
import { extractFeatures } from '../lib/match/features';
import { matchText } from '../lib/match/match';
import { segmentSentences } from '../lib/text/segment';
import { loadSeedArticles, loadSeedIndex } from './match-tools/seed-corpus';

const SIZES = (process.env.SIZES ?? '10000,100000,1000000').split(',').map(Number);

const seedArticles = loadSeedArticles();
const index = await loadSeedIndex(seedArticles);
const newsParagraph = seedArticles.flatMap((a) => a.paragraphs).join('\n\n');

/** Each shape repeats its unit up to the wanted length. */
const SHAPES: Record<string, string> = {
  'news (bundled articles)': `${newsParagraph}\n\n`,
  'one endless sentence': 'and the talks went on ',
  'abbreviations': 'Mr. U.S. Dr. J. K. St. ',
  'digits and separators': '1,234.5 19% 26,700 ',
  'nested quotes': '"\u201C\u2018\'(',
  'markup look-alikes': '<script>alert(1)</script>&amp;<b> ',
  'no spaces': 'Kyivkremlinceasefire',
  'dots': '....\u2026 ',
};

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

const perThousand = (ms: number, size: number) => ((ms / size) * 1000).toFixed(3);

console.log(`ms per 1,000 characters at ${SIZES.map((s) => s.toLocaleString('en')).join(' / ')} characters`);
console.log('| input | segment | features | match |');
console.log('|---|---|---|---|');
for (const [name, unit] of Object.entries(SHAPES)) {
  const cells: string[][] = [[], [], []];
  for (const size of SIZES) {
    const text = repeat(unit, size);
    const spans = segmentSentences(text); // warm-up and the spans for the features step
    cells[0].push(perThousand(await timed(() => segmentSentences(text)), size));
    cells[1].push(perThousand(await timed(() => spans.forEach((span) => extractFeatures(span.text))), size));
    cells[2].push(perThousand(await timed(() => matchText(text, index)), size));
  }
  console.log(`| ${name} | ${cells.map((c) => c.join(' / ')).join(' | ')} |`);
}
