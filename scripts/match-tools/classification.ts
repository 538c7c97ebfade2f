/** Accuracy, F1 and per-class recall of binary decisions, and the threshold that maximises accuracy. */
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

/** The cut (midpoint between adjacent scores) with the best accuracy on these examples. */
export function bestThreshold(scores: readonly number[], labels: readonly number[]): number {
  const order = scores.map((s, i) => [s, labels[i]] as const).sort((a, b) => a[0] - b[0]);
  let correct = order.filter(([, y]) => y === 1).length; // everything predicted "same"
  let best = { correct, threshold: order.length ? order[0][0] : 0.5 };
  order.forEach(([score, label], i) => {
    correct += label === 1 ? -1 : 1; // this example now falls below the cut
    const next = order[i + 1]?.[0];
    if (next !== undefined && next === score) return;
    const threshold = next === undefined ? score + 1e-9 : (score + next) / 2;
    if (correct > best.correct) best = { correct, threshold };
  });
  return best.threshold;
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
