/**
 * Development evaluation of the claim matcher beside a plain BM25 baseline (MiniSearch):
 *  - seeds gold recall@1: each report of a multi-source, unambiguous claim, with its own
 *    article and that article's copies left out, must rank a report of the same claim first.
 *    The matcher takes the product's query path (index candidates, corpus-blended idf); the
 *    share of queries with a report among their candidates is printed as candidate recall;
 *  - hard negatives: how many of the gold negative pairs score at or above the threshold;
 *  - MSRP train, 10-fold cross-validated accuracy and F1 (weights and threshold fit on 9 folds).
 * Usage: npm run eval -- [--json] [--verbose] [--eval-dir DIR]
 */
import { readFileSync } from 'node:fs';
import { CANDIDATES_PER_SENTENCE } from '../lib/match/candidates';
import { createTermWeight } from '../lib/match/idf';
import { probabilityFromFeatures, SAME_CLAIM_THRESHOLD } from '../lib/match/score';
import { Bm25Sentences } from './match-tools/bm25-baseline';
import { bestThreshold, classificationReport, crossValidate, type ClassificationReport } from './match-tools/classification';
import { parsePairFile } from './match-tools/msrp';
import { evalDir, msrpTrainFile } from './match-tools/paths';
import { loadSeedsGold, type GoldClaim, type SeedsGold } from './match-tools/seeds-gold';
import { matcherSeedsFigures, recallAt1, seedsTask } from './match-tools/seeds-queries';
import { contradictionRows, documentFrequencies, featurizePairs, subsetPairs, trainClaimModel } from './match-tools/training';

interface SystemResult {
  /** The top sentence reports one of the (multi-source, unambiguous) claims the query sentence reports. */
  seedsRecallAt1: number;
  /** Stricter: the top sentence reports the very claim the query was listed under. */
  seedsRecallAt1Strict: number;
  /** A report of one of the query's claims is among its retrieval candidates (matcher only). */
  candidateRecall?: number;
  negativesMatched: number;
  msrpCvAccuracy: number;
  msrpCvF1: number;
  msrp: ClassificationReport;
}

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const log = (line: string) => { if (verbose) console.error(line); };

const gold = loadSeedsGold(evalDir(argv));
const pairs = parsePairFile(readFileSync(msrpTrainFile(argv), 'utf8'));
const msrpLabels = pairs.map((p) => p.label ?? 0);

const task = seedsTask(gold);
const { corpus, queries } = task;

function evaluateMatcher(seeds: SeedsGold): SystemResult {
  const { lenient: seedsRecallAt1, strict: seedsRecallAt1Strict, candidateRecall, negativesMatched } = matcherSeedsFigures(task, seeds.negatives, { log });

  const weigh = createTermWeight(documentFrequencies(pairs.flatMap((p) => [p.sentence1, p.sentence2])));
  const real = featurizePairs(pairs, weigh);
  const synthetic = contradictionRows(real.sides, real.labels, weigh);
  const { rows } = real;
  const { decisions } = crossValidate(rows.length, 10, (train, test) => {
    const inTrain = new Set(train);
    const model = trainClaimModel(subsetPairs(real, (k) => inTrain.has(k)), subsetPairs(synthetic, (k) => inTrain.has(synthetic.sources[k])));
    return { scores: test.map((i) => probabilityFromFeatures(rows[i], model)), threshold: model.threshold };
  });
  const msrp = classificationReport(decisions, msrpLabels);
  return {
    seedsRecallAt1, seedsRecallAt1Strict, candidateRecall,
    negativesMatched, msrpCvAccuracy: msrp.accuracy, msrpCvF1: msrp.f1, msrp,
  };
}

function evaluateBaseline(seeds: SeedsGold): SystemResult {
  const seedIndex = new Bm25Sentences();
  corpus.forEach((s) => seedIndex.add(s.text, s.articleId));
  const { lenient: seedsRecallAt1, strict: seedsRecallAt1Strict } = recallAt1(task, ({ report, excluded }) => seedIndex.search(report.sentence, excluded)[0]?.id ?? null,
    ({ claim, report }, top) => log(`[baseline] miss ${claim.id} ${report.article_id}: ${report.sentence.slice(0, 90)}\n    top: ${top === null ? '-' : corpus[top].text.slice(0, 90)}`));

  const pairIndex = new Bm25Sentences();
  for (const text of new Set(pairs.flatMap((p) => [p.sentence1, p.sentence2]))) pairIndex.add(text);
  const scores = pairs.map((p) => pairIndex.pairScore(p.sentence1, p.sentence2));
  const { decisions } = crossValidate(scores.length, 10, (train, test) => ({
    scores: test.map((i) => scores[i]),
    threshold: bestThreshold(train.map((i) => scores[i]), train.map((i) => msrpLabels[i])),
  }));
  const msrp = classificationReport(decisions, msrpLabels);

  const negativeIndex = new Bm25Sentences();
  for (const n of seeds.negatives) { negativeIndex.add(n.a.sentence); negativeIndex.add(n.b.sentence); }
  const threshold = bestThreshold(scores, msrpLabels);
  const negativesMatched = seeds.negatives.filter((n) => negativeIndex.pairScore(n.a.sentence, n.b.sentence) >= threshold).length;
  return { seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy: msrp.accuracy, msrpCvF1: msrp.f1, msrp };
}

const matcher = evaluateMatcher(gold);
const baseline = evaluateBaseline(gold);

if (argv.includes('--json')) {
  const pick = ({ seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy, msrpCvF1 }: SystemResult) =>
    ({ seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy, msrpCvF1 });
  console.log(JSON.stringify({ matcher: pick(matcher), baseline: pick(baseline) }));
} else {
  const row = (label: string, f: (r: SystemResult) => string) => console.log(`${label.padEnd(36)}${f(matcher).padStart(10)}${f(baseline).padStart(12)}`);
  const multiClaims = new Set(queries.map((q) => (q.claim as GoldClaim).id)).size;
  console.log(`${''.padEnd(36)}${'matcher'.padStart(10)}${'BM25'.padStart(12)}`);
  row(`seeds recall@1 (${queries.length} reports, ${multiClaims} claims)`, (r) => r.seedsRecallAt1.toFixed(3));
  row('seeds recall@1, listed claim only', (r) => r.seedsRecallAt1Strict.toFixed(3));
  row(`seeds candidate recall (top ${CANDIDATES_PER_SENTENCE})`, (r) => r.candidateRecall?.toFixed(3) ?? '-');
  row(`negatives >= threshold (of ${gold.negatives.length})`, (r) => String(r.negativesMatched));
  row(`MSRP 10-fold CV accuracy (${pairs.length})`, (r) => r.msrpCvAccuracy.toFixed(3));
  row('MSRP 10-fold CV F1', (r) => r.msrpCvF1.toFixed(3));
  row('MSRP recall, paraphrase', (r) => r.msrp.recallSame.toFixed(3));
  row('MSRP recall, not paraphrase', (r) => r.msrp.recallDifferent.toFixed(3));
  console.log(`matcher threshold ${SAME_CLAIM_THRESHOLD}`);
}
