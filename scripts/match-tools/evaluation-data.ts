/**
 * What the claim model's evaluations read (`npm run eval` and the labs): MSRP train with its
 * own idf, its pairs featurized with the synthetic rows made from them, and the seeds
 * gold with its recall@1 task. Paths from `--eval-dir DIR` (see paths.ts).
 */
import { readFileSync } from 'node:fs';
import { createTermWeight } from '../../lib/match/idf';
import { parsePairFile } from './msrp';
import { evalDir, msrpTrainFile } from './paths';
import { loadSeedsGold } from './seeds-gold';
import { seedsTask } from './seeds-queries';
import { documentFrequencies, featurizePairs, syntheticRows } from './training';

export function loadEvaluationData(argv: readonly string[]) {
  const pairs = parsePairFile(readFileSync(msrpTrainFile(argv), 'utf8'));
  const gold = loadSeedsGold(evalDir(argv));
  const msrpWeigh = createTermWeight(documentFrequencies(pairs.flatMap((p) => [p.sentence1, p.sentence2])));
  const real = featurizePairs(pairs, msrpWeigh);
  const synthetic = syntheticRows(real.sides, real.labels, msrpWeigh);
  return { pairs, gold, task: seedsTask(gold), msrpWeigh, real, synthetic };
}
