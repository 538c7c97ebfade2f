/**
 * Fits the claim model on MSRP train (with contradictions made from its paraphrases) and writes lib/match/idf.json and lib/match/weights.json.
 * Usage: npm run train [-- --eval-dir DIR]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { probabilityFromFeatures } from '../lib/match/claim-probability';
import { createTermWeight } from '../lib/match/idf';
import { PAIR_FEATURE_NAMES } from '../lib/match/pair-features';
import { ACCURACY, cutSpread, SAME_F1, type ThresholdObjective } from './match-tools/classification';
import { parsePairFile } from './match-tools/msrp';
import { msrpTrainFile, REPO_ROOT } from './match-tools/paths';
import { documentFrequencies, featurizePairs, syntheticRows, trainClaimModel } from './match-tools/training';

const pairs = parsePairFile(readFileSync(msrpTrainFile(process.argv), 'utf8'));
const frequencies = documentFrequencies(pairs.flatMap((p) => [p.sentence1, p.sentence2]));
// Terms seen once get the default weight anyway; leaving them out keeps the table small.
const shippedDf = Object.fromEntries(Object.entries(frequencies.df).filter(([, n]) => n > 1).sort(([a], [b]) => (a < b ? -1 : 1)));
const weigh = createTermWeight(frequencies);
const real = featurizePairs(pairs, weigh);
const synthetic = syntheticRows(real.sides, real.labels, weigh);
const model = trainClaimModel(real, synthetic);

const matchDir = path.join(REPO_ROOT, 'lib', 'match');
writeFileSync(path.join(matchDir, 'idf.json'), `${JSON.stringify({ documents: frequencies.documents, df: shippedDf })}\n`);
writeFileSync(path.join(matchDir, 'weights.json'), `${JSON.stringify({
  trainedOn: `MSRP train (${pairs.length} pairs, ${synthetic.rows.length} synthetic pairs: contradictions and longer reports)`,
  features: model.features,
  weights: model.weights.map((w) => Number(w.toFixed(6))),
  bias: Number(model.bias.toFixed(6)),
  threshold: Number(model.threshold.toFixed(4)),
  linkThreshold: Number(model.linkThreshold.toFixed(4)),
}, null, 2)}\n`);

console.log(`trained on ${pairs.length} pairs and ${synthetic.rows.length} synthetic pairs, ${frequencies.documents} sentences, ${Object.keys(shippedDf).length} idf terms`);
PAIR_FEATURE_NAMES.forEach((name, i) => console.log(`  ${name.padEnd(18)} ${model.weights[i].toFixed(3)}`));
console.log(`  bias ${model.bias.toFixed(3)}  threshold ${model.threshold.toFixed(4)}  link threshold ${model.linkThreshold.toFixed(4)}`);
// How firmly the training pairs fix each cut (the link cut's objective is nearly flat).
const scores = real.rows.map((row) => probabilityFromFeatures(row, model));
const spread = (objective: ThresholdObjective) => {
  const { low, median, high } = cutSpread(scores, real.labels, objective);
  return `median ${median.toFixed(3)}, 10-90% ${low.toFixed(3)}-${high.toFixed(3)}`;
};
console.log(`  bootstrap of the cuts over the MSRP pairs: pair cut ${spread(ACCURACY)}; link cut ${spread(SAME_F1)}`);
