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
import { commandLine, parseInput, readInput } from './match-tools/tool-input';
import { decodeFile } from '../lib/corpus/import/decode-file';

exitQuietlyOnClosedPipe();
const { file, flags } = commandLine('npm run pairs -- [--json] FILE.tsv', ['--json']);
// As an import reads a text: a UTF-16 byte-order mark decides, else UTF-8.
const contents = decodeFile(readInput('pairs', file), false);
const pairs = parseInput('pairs', file, () => parsePairFile(contents));
const scored = scoreSentencePairs(pairs).map((score, i) => ({ id1: pairs[i].id1, id2: pairs[i].id2, score, same: score >= SAME_CLAIM_THRESHOLD }));
// Figures need labels: none are given for a file without pairs or with an unlabelled one.
const labelled = pairs.length > 0 && pairs.every((p) => p.label !== null);
const report = labelled ? classificationReport(scored.map((s) => s.same), pairs.map((p) => p.label!)) : null;
// A figure over no case is none: a recall of a class no pair has, an F1 with no "same" label or decision.
const [sameLabels, differentLabels] = [1, 0].map((label) => pairs.filter((p) => p.label === label).length);
const f1 = report && (sameLabels > 0 || scored.some((s) => s.same)) ? report.f1 : null;
const figure = (value: number | null) => (value === null ? 'n/a' : value.toFixed(3));

const recall = report && { same: sameLabels ? report.recallSame : null, different: differentLabels ? report.recallDifferent : null };

if (flags.has('--json')) {
  console.log(JSON.stringify({ accuracy: report?.accuracy ?? null, f1, recall, pairs: scored }));
} else {
  for (const s of scored) console.log(`${s.id1}\t${s.id2}\t${s.score.toFixed(4)}\t${s.same ? 'same' : 'different'}`);
  console.log(`\n${pairs.length} pair${pairs.length === 1 ? '' : 's'}, threshold ${SAME_CLAIM_THRESHOLD}`);
  if (report) {
    console.log(`accuracy ${figure(report.accuracy)}  F1 ${figure(f1)}`);
    console.log(`recall: same ${figure(recall!.same)}, different ${figure(recall!.different)}`);
  } else if (pairs.length) {
    console.log('no labels: accuracy, F1 and recall need a Quality of 0 or 1 on every pair');
  }
}
