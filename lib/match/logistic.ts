/**
 * Logistic regression: fitting by Newton's method (IRLS) with an L2 penalty, and prediction.
 * Inputs are standardised while fitting; the returned model works on raw feature values.
 */
export interface LogisticModel {
  weights: number[];
  bias: number;
}

export function predictProbability(model: LogisticModel, x: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], l2 = 1, iterations = 30): LogisticModel {
  const dims = rows[0].length;
  const mean = new Array<number>(dims).fill(0);
  const scale = new Array<number>(dims).fill(0);
  for (const row of rows) row.forEach((v, j) => (mean[j] += v / rows.length));
  for (const row of rows) row.forEach((v, j) => (scale[j] += (v - mean[j]) ** 2 / rows.length));
  for (let j = 0; j < dims; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const standardised = rows.map((row) => [1, ...row.map((v, j) => (v - mean[j]) / scale[j])]);

  const beta = new Array<number>(dims + 1).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const gradient = beta.map((b, j) => (j === 0 ? 0 : l2 * b));
    const hessian = beta.map((_, j) => beta.map((__, k) => (j === k && j > 0 ? l2 : 0)));
    standardised.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-dot(beta, x)));
      const residual = p - labels[i];
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= dims; j++) {
        gradient[j] += residual * x[j];
        for (let k = 0; k <= dims; k++) hessian[j][k] += curvature * x[j] * x[k];
      }
    });
    const step = solveLinear(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= dims; j++) { beta[j] -= step[j]; change += Math.abs(step[j]); }
    if (change < 1e-8) break;
  }
  const weights = mean.map((_, j) => beta[j + 1] / scale[j]);
  const bias = beta[0] - mean.reduce((sum, m, j) => sum + (beta[j + 1] * m) / scale[j], 0);
  return { weights, bias };
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Gaussian elimination with partial pivoting; `a` is square and well conditioned (L2 > 0). */
function solveLinear(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col || m[col][col] === 0) continue;
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}
