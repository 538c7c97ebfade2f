/**
 * Scores sentence pairs from a file in MSRP format (header line, tab-separated
 * Quality, #1 ID, #2 ID, #1 String, #2 String; optional BOM; CRLF; no quoting).
 * Usage: npm run pairs -- [--json] FILE.tsv
 */
import { SAME_CLAIM_THRESHOLD } from '../lib/match/score';
import { classificationReport } from './match-tools/classification';
import { parsePairFile } from './match-tools/msrp';
import { scoreSentencePairs } from './match-tools/pair-scores';
import { exitQuietlyOnClosedPipe } from './match-tools/closed-pipe';
import { parseInput, readInput } from './match-tools/tool-input';

exitQuietlyOnClosedPipe();
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run pairs -- [--json] FILE.tsv');
  process.exit(2);
}
const contents = readInput('pairs', file).toString('utf8');
const pairs = parseInput('pairs', file, () => parsePairFile(contents));
const scored = scoreSentencePairs(pairs).map((score, i) => ({ id1: pairs[i].id1, id2: pairs[i].id2, score, same: score >= SAME_CLAIM_THRESHOLD }));
// Figures need labels: none are given for a file without pairs or with an unlabelled one.
const labelled = pairs.length > 0 && pairs.every((p) => p.label !== null);
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
