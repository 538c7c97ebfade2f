/**
 * Writes a synthetic corpus in the import format (NDJSON), for scale tests and the index
 * benchmark. See scripts/corpus-tools/synthetic-corpus.ts for what it holds.
 * Usage: npm run corpus:synth -- --articles 10000 [--seed 1] [--out file.ndjson]
 */
import { createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';
import { syntheticRecords } from './corpus-tools/synthetic-corpus';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) throw new Error('--articles must be a positive integer');
const out = values.out ?? `synthetic-${articles}.ndjson`;

const stream = createWriteStream(out);
for (const { sourceFile: _file, ...record } of syntheticRecords({ articles, seed: Number(values.seed) })) {
  if (!stream.write(`${JSON.stringify(record)}\n`)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}
await new Promise<void>((resolve) => stream.end(() => resolve()));
console.log(`wrote ${articles} articles to ${out}`);
