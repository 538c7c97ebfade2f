/** Accuracy, F1 and per-class recall of binary decisions, and the threshold that maximises one of them. */
import { random } from '../corpus-tools/synthetic-corpus';

export interface ClassificationReport {
  accuracy: number;
  f1: number;
  recallSame: number;
  recallDifferent: number;
}

export function classificationReport(decisions: readonly boolean[], labels: readonly number[]): ClassificationReport {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  decisions.forEach((predicted, i) => {
    if (predicted && labels[i] === 1) tp++;
    else if (predicted) fp++;
    else if (labels[i] === 1) fn++;
    else tn++;
  });
  return {
    accuracy: (tp + tn) / Math.max(1, decisions.length),
    f1: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
    recallSame: tp / Math.max(1, tp + fn),
    recallDifferent: tn / Math.max(1, tn + fp),
  };
}

/** Decision counts at one cut. */
export interface DecisionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** What a threshold is chosen to maximise. */
export type ThresholdObjective = (counts: DecisionCounts) => number;

export const ACCURACY: ThresholdObjective = ({ tp, fp, tn, fn }) => (tp + tn) / Math.max(1, tp + fp + tn + fn);

/**
 * F1 of "same": weighs a missed report as much as a wrong one, where accuracy on MSRP (two
 * thirds positive, and "not a paraphrase" for a sentence that adds a detail) sets a cut that
 * misses most reports adding a detail. `npm run eval` shows both cuts.
 */
export const SAME_F1: ThresholdObjective = ({ tp, fp, fn }) => (2 * tp) / Math.max(1, 2 * tp + fp + fn);

/** The cut (midpoint between adjacent scores) that maximises `objective` on these examples. */
export function bestThreshold(scores: readonly number[], labels: readonly number[], objective: ThresholdObjective = ACCURACY): number {
  const order = scores.map((s, i) => [s, labels[i]] as const).sort((a, b) => a[0] - b[0]);
  // Everything predicted "same" first; each example then falls below the cut in turn.
  const counts: DecisionCounts = { tp: order.filter(([, y]) => y === 1).length, fp: order.filter(([, y]) => y !== 1).length, tn: 0, fn: 0 };
  let best = { value: objective(counts), threshold: order.length ? order[0][0] : 0.5 };
  order.forEach(([score, label], i) => {
    if (label === 1) { counts.tp--; counts.fn++; } else { counts.fp--; counts.tn++; }
    const next = order[i + 1]?.[0];
    if (next !== undefined && next === score) return;
    const threshold = next === undefined ? score + 1e-9 : (score + next) / 2;
    const value = objective(counts);
    if (value > best.value) best = { value, threshold };
  });
  return best.threshold;
}

/** How far a fitted cut moves under resampling: its 10th, 50th and 90th percentiles. */
export interface CutSpread {
  low: number;
  median: number;
  high: number;
}

/**
 * The cut `objective` picks on bootstrap resamples of the examples (seeded, so a run repeats):
 * where the objective is flat around its best, the cut is weakly determined and the spread
 * shows it, as it does for the link cut (F1 of "same" on MSRP varies by about 0.005 over a
 * wide range of cuts). The scores stay those of the model fit once; refitting the model on
 * each resample would move the cuts further, so the spread is a lower bound.
 */
export function cutSpread(scores: readonly number[], labels: readonly number[], objective: ThresholdObjective, resamples = 100, seed = 1): CutSpread {
  const next = random(seed);
  const cuts: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const picks = scores.map(() => Math.floor(next() * scores.length));
    cuts.push(bestThreshold(picks.map((i) => scores[i]), picks.map((i) => labels[i]), objective));
  }
  cuts.sort((a, b) => a - b);
  const at = (q: number) => cuts[Math.min(cuts.length - 1, Math.floor(q * cuts.length))];
  return { low: at(0.1), median: at(0.5), high: at(0.9) };
}

/** k-fold cross-validation by position (example i is in fold i mod k): decisions on held-out folds. */
export function crossValidate(
  count: number,
  folds: number,
  evaluateFold: (train: number[], test: number[]) => { scores: number[]; threshold: number },
): { thresholds: number[]; decisions: boolean[] } {
  const decisions = new Array<boolean>(count);
  const thresholds: number[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const test = [...Array(count).keys()].filter((i) => i % folds === fold);
    const train = [...Array(count).keys()].filter((i) => i % folds !== fold);
    const result = evaluateFold(train, test);
    thresholds.push(result.threshold);
    test.forEach((i, k) => (decisions[i] = result.scores[k] >= result.threshold));
  }
  return { thresholds, decisions };
}
