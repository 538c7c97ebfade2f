/**
 * Lab: TF-KLD (Ji & Eisenstein 2013) on top of the claim model. Each variant adds pair
 * features (or reweighs terms) from KLD weights fit on labelled pairs; it is measured in the
 * same 10-fold CV as `npm run eval` (KLD weights, SVD and logistic fit on the 9 training folds'
 * labels; the SVD may use every MSRP sentence, unlabelled) and on seeds with everything fit
 * on all of MSRP train, as the product would ship it.
 * Usage: npx tsx scripts/match-tools/tfkld-lab.ts [--variants prefix,prefix] [--no-crossfit] [--eval-dir DIR]
 *
 * The findings below were taken when the model trained with synthetic contradictions only;
 * it now also trains with longer reports (training.ts), which moves the base figures.
 *
 * Findings (Dec 2026; base = the shipped 11 features: CV accuracy 0.740, seeds recall@1 0.785,
 * 0/40 negatives): no variant gains. KLD cover/cosine features 0.726-0.735; the signed (naive
 * Bayes) counterpart 0.739 with more not-paraphrase recall (0.58 vs 0.50) and seeds 0.794;
 * idf*KLD inside the features 0.716-0.732 and seeds 0.68-0.69 (the seeds' war vocabulary is
 * mostly unseen in MSRP, so gets the default weight); latent SVD cosine 0.735 (seeds 0.776),
 * with |u-v| and u*v 0.730 (seeds 0.710); the paper's setting (uni+bigrams, K 100, cosine,
 * |u-v|, u*v) 0.725 (seeds 0.748). Without cross-fitting every variant loses more
 * (latent cosine 0.714). MSRP's false positives are mostly pairs where one side adds a clause
 * or a detail, which a discriminative weight on shared terms cannot see.
 */
import { probabilityFromFeatures } from '../../lib/match/claim-probability';
import type { SentenceFeatures } from '../../lib/match/features';
import type { TermWeight } from '../../lib/match/idf';
import { pairFeatures, PAIR_FEATURE_NAMES } from '../../lib/match/pair-features';
import { classificationReport, crossValidate } from './classification';
import { loadEvaluationData } from './evaluation-data';
import { matcherSeedsFigures } from './seeds-queries';
import { randomizedSvd, type SparseRow } from './svd';
import { fitKldWeights, kldWeigher, sentenceKeys, type KldWeights } from './tfkld';
import { trainClaimModel, type FeaturizedPairs } from './training';

const argv = process.argv.slice(2);
const { gold, task, msrpWeigh, real, synthetic } = loadEvaluationData(argv);
const allSides = [...real.sides, ...synthetic.sides];
const allLabels = [...real.labels, ...synthetic.labels];
const allSources = [...real.sources, ...synthetic.sources];
/** Distinct MSRP sentences (unlabelled), for the SVD. */
const sentences = [...new Set(real.sides.flat())];

/** What a variant fit on some labelled pairs adds to the claim model. */
interface Fitted {
  /** Term weights the 11 pair features are computed with, from the idf weights given. */
  reweigh?: (weigh: TermWeight) => TermWeight;
  /** Extra features of a pair, appended to the 11. */
  extra: (a: SentenceFeatures, b: SentenceFeatures) => number[];
}

interface Variant {
  name: string;
  extraNames: string[];
  l2?: number;
  fit: (train: number[]) => Fitted;
}

const keyCache = new Map<boolean, WeakMap<SentenceFeatures, string[]>>();
function keysOf(f: SentenceFeatures, bigrams: boolean): string[] {
  let cache = keyCache.get(bigrams);
  if (!cache) keyCache.set(bigrams, (cache = new WeakMap()));
  let keys = cache.get(f);
  if (!keys) cache.set(f, (keys = sentenceKeys(f, bigrams)));
  return keys;
}

function fitKld(train: readonly number[], bigrams: boolean, prior: number): KldWeights {
  return fitKldWeights(train.map((i) => [keysOf(real.sides[i][0], bigrams), keysOf(real.sides[i][1], bigrams)] as const), train.map((i) => real.labels[i]), prior);
}

/** KLD-weighted share of the lighter side found in the other, and the cosine of the two KLD vectors. */
function kldOverlap(a: readonly string[], b: readonly string[], w: (key: string) => number): [number, number] {
  const inB = new Set(b);
  let massA = 0, massB = 0, sharedMass = 0, sqA = 0, sqB = 0, sqShared = 0;
  for (const k of a) { const x = w(k); massA += x; sqA += x * x; if (inB.has(k)) { sharedMass += x; sqShared += x * x; } }
  for (const k of b) { const x = w(k); massB += x; sqB += x * x; }
  const cover = Math.min(massA, massB) > 0 ? sharedMass / Math.min(massA, massB) : 0;
  const cosine = sqA > 0 && sqB > 0 ? sqShared / Math.sqrt(sqA * sqB) : 0;
  return [Math.min(1, cover), cosine];
}

function overlapVariant(name: string, bigrams: boolean, prior = 2): Variant {
  return {
    name,
    extraNames: ['kldCover', 'kldCosine'],
    fit(train) {
      const w = kldWeigher(fitKld(train, bigrams, prior));
      return { extra: (a, b) => kldOverlap(keysOf(a, bigrams), keysOf(b, bigrams), w) };
    },
  };
}

/**
 * The signed counterpart of the KLD weight: the log-likelihood ratio, paraphrase against not,
 * of each feature being shared or not (naive Bayes), averaged over the union of both sides'
 * features or over the lighter side's (`claimSide`: what another report adds is not held against it).
 */
function evidenceVariant(name: string, claimSide: boolean): Variant {
  return {
    name,
    extraNames: ['sharedEvidence'],
    fit(train) {
      const { rates, pooled } = fitKld(train, false, 2);
      const ratio = (key: string, shared: boolean) => {
        const [p, q] = rates.get(key) ?? pooled;
        return shared ? Math.log(p / q) : Math.log((1 - p) / (1 - q));
      };
      return {
        extra(a, b) {
          const [ka, kb] = [keysOf(a, false), keysOf(b, false)];
          const [inA, inB] = [new Set(ka), new Set(kb)];
          /** Summed evidence of `from`'s features. */
          const of = (from: readonly string[], other: ReadonlySet<string>) => from.reduce((s, k) => s + ratio(k, other.has(k)), 0);
          const mean = (sum: number, n: number) => (n ? sum / n : 0);
          if (!claimSide) return [mean(of(ka, inB) + kb.filter((k) => !inA.has(k)).reduce((s, k) => s + ratio(k, false), 0), new Set([...ka, ...kb]).size)];
          const [ea, eb] = [mean(of(ka, inB), ka.length), mean(of(kb, inA), kb.length)];
          // The side with fewer features is the claim; on a tie both count, so the order of the pair cannot matter.
          return [ka.length < kb.length ? ea : kb.length < ka.length ? eb : (ea + eb) / 2];
        },
      };
    },
  };
}

/** Idf times (KLD / its mean over the training vocabulary)^power, inside the existing features. */
function reweighVariant(name: string, power: number, withOverlap: boolean): Variant {
  return {
    name,
    extraNames: withOverlap ? ['kldCover', 'kldCosine'] : [],
    fit(train) {
      const kld = fitKld(train, false, 2);
      const mean = [...kld.weights.values()].reduce((s, x) => s + x, 0) / Math.max(1, kld.weights.size);
      const w = kldWeigher(kld);
      const composed = new WeakMap<TermWeight, TermWeight>();
      return {
        reweigh(weigh) {
          let out = composed.get(weigh);
          if (!out) {
            const cache = new Map<string, number>();
            out = (t) => cache.get(t) ?? cache.set(t, weigh(t) * (w(t) / mean) ** power).get(t)!;
            composed.set(weigh, out);
          }
          return out;
        },
        extra: withOverlap ? (a, b) => kldOverlap(keysOf(a, false), keysOf(b, false), w) : () => [],
      };
    },
  };
}

/**
 * The SVD's columns: keys of at least two MSRP sentences. A key of one sentence says nothing
 * about which sentences are alike, and leaving those out halves the matrix.
 */
const vocabularies = new Map<boolean, Map<string, number>>();
function vocabulary(bigrams: boolean): Map<string, number> {
  let columns = vocabularies.get(bigrams);
  if (!columns) {
    const df = new Map<string, number>();
    for (const s of sentences) for (const key of keysOf(s, bigrams)) df.set(key, (df.get(key) ?? 0) + 1);
    columns = new Map([...df].filter(([, n]) => n >= 2).map(([key], c) => [key, c]));
    vocabularies.set(bigrams, columns);
  }
  return columns;
}

/**
 * Latent TF-KLD: sentence vectors from a truncated SVD of the sentence × feature matrix with
 * entries tf × KLD weight; pair features their cosine and, with `elementwise`, |u − v| and u ∘ v.
 */
function latentVariant(name: string, k: number, bigrams: boolean, elementwise: boolean, l2: number): Variant {
  const dims = [...Array(k).keys()];
  return {
    name,
    l2,
    extraNames: ['latentCosine', ...(elementwise ? [...dims.map((d) => `absDiff${d}`), ...dims.map((d) => `product${d}`)] : [])],
    fit(train) {
      const w = kldWeigher(fitKld(train, bigrams, 2));
      const column = vocabulary(bigrams);
      const rowOf = (f: SentenceFeatures): SparseRow => {
        const tf = new Map<string, number>();
        f.t.forEach((t) => tf.set(t, (tf.get(t) ?? 0) + 1));
        if (bigrams) for (let i = 1; i < f.t.length; i++) { const key = `${f.t[i - 1]} ${f.t[i]}`; tf.set(key, (tf.get(key) ?? 0) + 1); }
        const cols: number[] = [];
        const vals: number[] = [];
        for (const [key, n] of tf) {
          const c = column.get(key);
          if (c !== undefined) { cols.push(c); vals.push(n * w(key)); }
        }
        return { cols, vals };
      };
      const rows = sentences.map(rowOf);
      const { v } = randomizedSvd(rows, column.size, k);
      const vectors = new WeakMap<SentenceFeatures, Float64Array>();
      const project = (f: SentenceFeatures) => {
        let u = vectors.get(f);
        if (!u) {
          u = new Float64Array(k);
          const { cols, vals } = rowOf(f);
          cols.forEach((c, j) => { for (let d = 0; d < k; d++) u![d] += vals[j] * v[c][d]; });
          vectors.set(f, u);
        }
        return u;
      };
      return {
        extra(a, b) {
          const [u, x] = [project(a), project(b)];
          let dot = 0, nu = 0, nx = 0;
          for (let d = 0; d < k; d++) { dot += u[d] * x[d]; nu += u[d] ** 2; nx += x[d] ** 2; }
          const cosine = nu > 0 && nx > 0 ? dot / Math.sqrt(nu * nx) : 0;
          if (!elementwise) return [cosine];
          return [cosine, ...dims.map((d) => Math.abs(u[d] - x[d])), ...dims.map((d) => u[d] * x[d])];
        },
      };
    },
  };
}

const VARIANTS: Variant[] = [
  { name: 'base', extraNames: [], fit: () => ({ extra: () => [] }) },
  overlapVariant('a1 kld cover+cos, unigrams', false),
  overlapVariant('a2 kld cover+cos, uni+bigrams', true),
  overlapVariant('a3 kld cover+cos, uni, prior 0.5', false, 0.5),
  evidenceVariant('d1 NB shared-feature evidence, union', false),
  evidenceVariant('d2 NB shared-feature evidence, claim side', true),
  reweighVariant('c1 idf*kld inside features', 1, false),
  reweighVariant('c2 idf*sqrt(kld) inside features', 0.5, false),
  reweighVariant('c3 c1 + kld cover+cos', 1, true),
  latentVariant('b1 svd100 cosine, uni', 100, false, false, 1),
  latentVariant('b2 svd100 cosine, uni+bi', 100, true, false, 1),
  latentVariant('b3 svd50 cos+|u-v|+u*v, uni, L2 30', 50, false, true, 30),
  latentVariant('b4 svd100 cos+|u-v|+u*v, uni+bi, L2 30', 100, true, true, 30),
];

/** Rows of the claim model for pairs under a fitted variant. */
function rowsFor(fitted: Fitted, sides: readonly [SentenceFeatures, SentenceFeatures][], weigh: TermWeight): number[][] {
  const w = fitted.reweigh?.(weigh) ?? weigh;
  return sides.map(([a, b]) => [...pairFeatures(a, b, w), ...fitted.extra(a, b)]);
}

/**
 * Inner folds for the training rows' extra features. KLD weights fit on a pair's own label
 * make its features look more telling than on unseen pairs (a term shared by one paraphrase
 * pair weighs a lot because of that pair), and the logistic fit then trusts them too much:
 * so each training row is featurised by a fit on the other inner folds (cross-fitting).
 */
const INNER_FOLDS = 5;
const crossFit = !argv.includes('--no-crossfit');

function evaluate(variant: Variant) {
  const names = [...PAIR_FEATURE_NAMES, ...variant.extraNames];
  /** The claim model on these labelled pairs (and the synthetic rows made from them), with the variant fit on all of them. */
  const model = (train: readonly number[]) => {
    const fold = new Map<number, number>();
    train.forEach((i, j) => fold.set(i, crossFit ? j % INNER_FOLDS : 0));
    const rows: number[][] = [];
    const rowIds: number[] = [];
    for (let f = 0; f < (crossFit ? INNER_FOLDS : 1); f++) {
      const fitted = variant.fit(crossFit ? train.filter((i) => fold.get(i) !== f) : [...train]);
      const ids = allSides.map((_, r) => r).filter((r) => fold.get(allSources[r]) === f);
      rows.push(...rowsFor(fitted, ids.map((r) => allSides[r]), msrpWeigh));
      rowIds.push(...ids);
    }
    const split = (synth: boolean): FeaturizedPairs => {
      const at = rowIds.map((r, j) => [r, j]).filter(([r]) => (r >= real.rows.length) === synth);
      return { rows: at.map(([, j]) => rows[j]), labels: at.map(([r]) => allLabels[r]), sources: at.map(([r]) => allSources[r]) };
    };
    return { claim: trainClaimModel(split(false), split(true), names, variant.l2), fitted: variant.fit([...train]) };
  };
  const { decisions } = crossValidate(real.rows.length, 10, (train, test) => {
    const { claim, fitted } = model(train);
    const rows = rowsFor(fitted, test.map((i) => real.sides[i]), msrpWeigh);
    return { scores: rows.map((x) => probabilityFromFeatures(x, claim)), threshold: claim.threshold };
  });
  const msrp = classificationReport(decisions, real.labels);
  const { claim, fitted } = model([...real.rows.keys()]);
  const seeds = matcherSeedsFigures(task, gold.negatives, {
    score: (a, b, weigh) => probabilityFromFeatures(rowsFor(fitted, [[a, b]], weigh)[0], claim),
    threshold: claim.threshold,
  });
  return { msrp, seeds };
}

const wanted = argv.includes('--variants') ? argv[argv.indexOf('--variants') + 1].split(',') : null;
console.log(`${'variant'.padEnd(44)}  acc    F1     rec+   rec-   seeds@1 neg  secs`);
for (const variant of VARIANTS) {
  if (wanted && !wanted.some((w) => variant.name.startsWith(w))) continue;
  const started = Date.now();
  const { msrp, seeds } = evaluate(variant);
  const f = (x: number) => x.toFixed(3);
  console.log(`${variant.name.padEnd(44)}  ${f(msrp.accuracy)}  ${f(msrp.f1)}  ${f(msrp.recallSame)}  ${f(msrp.recallDifferent)}  ${f(seeds.lenient)}   ${String(seeds.negativesMatched).padStart(2)}   ${((Date.now() - started) / 1000).toFixed(0)}`);
}
