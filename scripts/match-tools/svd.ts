/**
 * Truncated SVD of a sparse matrix by the randomized range finder (Halko, Martinsson & Tropp
 * 2011): a few products with a random block, power iterations for the slowly decaying spectra
 * of text, then an exact eigendecomposition of a small (k + oversample)² matrix. Enough for
 * the latent sentence vectors of TF-KLD, where k is about 100 and the matrix a few thousand
 * sentences by ten thousand features.
 */
import { random } from '../corpus-tools/synthetic-corpus';

/** One matrix row: column indices and their values. */
export interface SparseRow {
  cols: readonly number[];
  vals: readonly number[];
}

export interface TruncatedSvd {
  /** Singular values, largest first. */
  sigma: number[];
  /** Right singular vectors: v[column] is that column's k coordinates. */
  v: Float64Array[];
}

export interface SvdOptions {
  oversample?: number;
  powerIterations?: number;
  seed?: number;
}

export function randomizedSvd(rows: readonly SparseRow[], columns: number, k: number, options: SvdOptions = {}): TruncatedSvd {
  const { oversample = 10, powerIterations = 1, seed = 1 } = options;
  const l = Math.min(k + oversample, columns, rows.length);
  const gaussian = normalSource(seed);
  let omega: Float64Array[] = Array.from({ length: columns }, () => Float64Array.from({ length: l }, gaussian));
  let q = orthonormalise(times(rows, omega, l));
  // Intermediate bases only keep the columns from collapsing onto the top vector: one pass will do.
  for (let i = 0; i < powerIterations; i++) {
    omega = orthonormalise(transposeTimes(rows, q, columns, l), 1);
    q = orthonormalise(times(rows, omega, l), i + 1 < powerIterations ? 1 : 2);
  }
  // B = Qᵀ X, kept as its transpose (one l-vector per column); B Bᵀ = U Λ Uᵀ gives B's SVD.
  const bt = transposeTimes(rows, q, columns, l);
  const gram = Array.from({ length: l }, () => new Float64Array(l));
  for (const col of bt) for (let i = 0; i < l; i++) for (let j = 0; j < l; j++) gram[i][j] += col[i] * col[j];
  const { values, vectors } = symmetricEigen(gram);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, Math.min(k, l));
  const sigma = order.map((i) => Math.sqrt(Math.max(0, values[i])));
  // V = Bᵀ U Σ⁻¹
  const v = bt.map((col) => Float64Array.from(order, (e, r) => {
    if (sigma[r] === 0) return 0;
    let sum = 0;
    for (let i = 0; i < l; i++) sum += col[i] * vectors[i][e];
    return sum / sigma[r];
  }));
  return { sigma, v };
}

/** X · M, M given as one l-vector per column of X. */
function times(rows: readonly SparseRow[], m: readonly Float64Array[], l: number): Float64Array[] {
  return rows.map(({ cols, vals }) => {
    const out = new Float64Array(l);
    for (let j = 0; j < cols.length; j++) {
      const vec = m[cols[j]];
      for (let i = 0; i < l; i++) out[i] += vals[j] * vec[i];
    }
    return out;
  });
}

/** Xᵀ · M, M given as one l-vector per row of X; the result has one l-vector per column. */
function transposeTimes(rows: readonly SparseRow[], m: readonly Float64Array[], columns: number, l: number): Float64Array[] {
  const out = Array.from({ length: columns }, () => new Float64Array(l));
  rows.forEach(({ cols, vals }, r) => {
    const vec = m[r];
    for (let j = 0; j < cols.length; j++) {
      const target = out[cols[j]];
      for (let i = 0; i < l; i++) target[i] += vals[j] * vec[i];
    }
  });
  return out;
}

/**
 * Orthonormal columns of a matrix stored by rows (modified Gram-Schmidt, by default twice for stability);
 * in place. Works on a column-major copy: the inner loops then run over contiguous memory,
 * which is what makes the SVD of a 15,000-column matrix take a second, not half a minute.
 * Columns that vanish (the matrix has lower rank) are left as zeros.
 */
function orthonormalise(m: Float64Array[], passes = 2): Float64Array[] {
  const n = m.length;
  const l = m[0]?.length ?? 0;
  const columns = Array.from({ length: l }, (_, j) => Float64Array.from(m, (row) => row[j]));
  for (let pass = 0; pass < passes; pass++) {
    for (let j = 0; j < l; j++) {
      const cj = columns[j];
      for (let i = 0; i < j; i++) {
        const ci = columns[i];
        let r = 0;
        for (let t = 0; t < n; t++) r += ci[t] * cj[t];
        for (let t = 0; t < n; t++) cj[t] -= r * ci[t];
      }
      let norm = 0;
      for (let t = 0; t < n; t++) norm += cj[t] * cj[t];
      norm = Math.sqrt(norm);
      const scale = norm > 1e-10 ? 1 / norm : 0;
      for (let t = 0; t < n; t++) cj[t] *= scale;
    }
  }
  m.forEach((row, t) => { for (let j = 0; j < l; j++) row[j] = columns[j][t]; });
  return m;
}

/** Eigenvalues and eigenvectors (vectors[i][e]: component i of vector e) of a symmetric matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(input: readonly Float64Array[]): { values: number[]; vectors: Float64Array[] } {
  const n = input.length;
  const a = input.map((row) => Float64Array.from(row));
  const vectors = Array.from({ length: n }, (_, i) => Float64Array.from({ length: n }, (__, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i][j] ** 2;
    if (off < 1e-22 * (1 + a.reduce((s, row, i) => s + row[i] ** 2, 0))) break;
    for (let p = 0; p < n; p++) {
      for (let r = p + 1; r < n; r++) {
        if (Math.abs(a[p][r]) < 1e-300) continue;
        const theta = (a[r][r] - a[p][p]) / (2 * a[p][r]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p], akr = a[k][r];
          a[k][p] = c * akp - s * akr;
          a[k][r] = s * akp + c * akr;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k], ark = a[r][k];
          a[p][k] = c * apk - s * ark;
          a[r][k] = s * apk + c * ark;
        }
        for (let k = 0; k < n; k++) {
          const vkp = vectors[k][p], vkr = vectors[k][r];
          vectors[k][p] = c * vkp - s * vkr;
          vectors[k][r] = s * vkp + c * vkr;
        }
      }
    }
  }
  return { values: a.map((row, i) => row[i]), vectors };
}

/** Standard normal numbers from a seeded generator (mulberry32 and Box-Muller), so fits repeat. */
function normalSource(seed: number): () => number {
  const uniform = random(seed);
  return () => Math.sqrt(-2 * Math.log(uniform() || 1e-12)) * Math.cos(2 * Math.PI * uniform());
}
