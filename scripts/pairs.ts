/**
 * Scores sentence pairs from a file in MSRP format (header line, tab-separated
 * Quality, #1 ID, #2 ID, #1 String, #2 String; optional BOM; CRLF; no quoting).
 * Usage: npm run pairs -- [--json] FILE.tsv
 */
import { readFileSync } from 'node:fs';
import { extractFeatures } from '../lib/match/features';
import { corpusTermWeight } from '../lib/match/idf';
import { SAME_CLAIM_THRESHOLD, scorePair } from '../lib/match/score';
import { classificationReport } from './match-tools/classification';
import { parsePairFile } from './match-tools/msrp';
import { exitQuietlyOnClosedPipe } from './match-tools/closed-pipe';

exitQuietlyOnClosedPipe();
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run pairs -- [--json] FILE.tsv');
  process.exit(2);
}
const pairs = parsePairFile(readFileSync(file, 'utf8'));
// The file's sentences are the corpus here: their frequencies are blended into the idf, as matchText does.
const features = new Map([...new Set(pairs.flatMap((p) => [p.sentence1, p.sentence2]))].map((text) => [text, extractFeatures(text)]));
const df = new Map<string, number>();
for (const f of features.values()) for (const term of new Set(f.t)) df.set(term, (df.get(term) ?? 0) + 1);
const weigh = corpusTermWeight({ documents: features.size, df });
const scored = pairs.map((p) => {
  const score = scorePair(features.get(p.sentence1)!, features.get(p.sentence2)!, weigh);
  return { id1: p.id1, id2: p.id2, score, same: score >= SAME_CLAIM_THRESHOLD };
});
const labelled = pairs.every((p) => p.label !== null);
const report = labelled ? classificationReport(scored.map((s) => s.same), pairs.map((p) => p.label!)) : null;

if (args.includes('--json')) {
  console.log(JSON.stringify({ accuracy: report?.accuracy ?? null, f1: report?.f1 ?? null, pairs: scored }));
} else {
  for (const s of scored) console.log(`${s.id1}\t${s.id2}\t${s.score.toFixed(4)}\t${s.same ? 'same' : 'different'}`);
  if (report) {
    console.log(`\n${pairs.length} pairs, threshold ${SAME_CLAIM_THRESHOLD}`);
    console.log(`accuracy ${report.accuracy.toFixed(3)}  F1 ${report.f1.toFixed(3)}`);
    console.log(`recall: same ${report.recallSame.toFixed(3)}, different ${report.recallDifferent.toFixed(3)}`);
  }
}
