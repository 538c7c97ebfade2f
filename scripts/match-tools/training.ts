/**
 * Fitting the claim model on labelled sentence pairs: idf table, pair feature rows,
 * synthetic contradictions, logistic regression and the accuracy-maximising threshold.
 */
import { extractFeatures, isDate, isNumber, type SentenceFeatures } from '../../lib/match/features';
import type { DocumentFrequencies, TermWeight } from '../../lib/match/idf';
import { fitLogistic } from '../../lib/match/logistic';
import { pairEvidence, pairFeatures, PAIR_FEATURE_NAMES } from '../../lib/match/pair-features';
import { probabilityFromFeatures } from '../../lib/match/claim-probability';
// Type only: loading score.ts would check the shipped weights against the current feature list.
import type { ClaimModel } from '../../lib/match/score';
import { ACCURACY, bestThreshold, type ThresholdObjective } from './classification';
import type { SentencePair } from './msrp';

/** L2 penalty on standardised weights. */
const L2_PENALTY = 1;

/** Document frequency of each term over distinct sentences. */
export function documentFrequencies(sentences: Iterable<string>): DocumentFrequencies {
  const df = new Map<string, number>();
  let documents = 0;
  for (const sentence of new Set(sentences)) {
    documents++;
    for (const term of new Set(extractFeatures(sentence).t)) df.set(term, (df.get(term) ?? 0) + 1);
  }
  return { documents, df: Object.fromEntries(df) };
}

export interface FeaturizedPairs {
  rows: number[][];
  labels: number[];
  /** Per row, the index of the labelled pair it comes from (synthetic rows: the pair they were made from). */
  sources: number[];
}

/** The rows `keep` accepts (by row index), with their labels and sources. */
export function subsetPairs(data: FeaturizedPairs, keep: (row: number) => boolean): FeaturizedPairs {
  const kept = data.rows.map((_, k) => k).filter(keep);
  return { rows: kept.map((k) => data.rows[k]), labels: kept.map((k) => data.labels[k]), sources: kept.map((k) => data.sources[k]) };
}

export function featurizePairs(pairs: readonly SentencePair[], weigh: TermWeight): FeaturizedPairs & { sides: [SentenceFeatures, SentenceFeatures][] } {
  const cache = new Map<string, SentenceFeatures>();
  const features = (text: string) => cache.get(text) ?? cache.set(text, extractFeatures(text)).get(text)!;
  const sides = pairs.map((p) => [features(p.sentence1), features(p.sentence2)] as [SentenceFeatures, SentenceFeatures]);
  return {
    sides,
    rows: sides.map(([a, b]) => pairFeatures(a, b, weigh)),
    labels: pairs.map((p) => p.label ?? 0),
    sources: pairs.map((_, i) => i),
  };
}

/**
 * Contradictions made from paraphrase pairs, labelled "different claim": one side negated; a
 * shared month moved to the next month; a shared figure changed where that makes a conflict
 * (same quantity, and not one claim restated with another figure: see RESTATED_CLAIM_COVER). MSRP has too few such
 * pairs for the model to learn what a reversed statement or another month means.
 */
/**
 * Every how many paraphrase pairs one is negated: enough rows to fix the sign and size of a
 * reversal, few enough not to swamp the real pairs (every pair can be negated; few have dates or figures).
 */
const NEGATED_EVERY = 8;

export function contradictionRows(sides: readonly [SentenceFeatures, SentenceFeatures][], labels: readonly number[], weigh: TermWeight): FeaturizedPairs & { sides: [SentenceFeatures, SentenceFeatures][] } {
  const out: FeaturizedPairs & { sides: [SentenceFeatures, SentenceFeatures][] } = { rows: [], labels: [], sources: [], sides: [] };
  const add = (source: number, a: SentenceFeatures, b: SentenceFeatures) => {
    out.sides.push([a, b]);
    out.rows.push(pairFeatures(a, b, weigh));
    out.labels.push(0);
    out.sources.push(source);
  };
  sides.forEach(([a, b], i) => {
    if (labels[i] !== 1) return;
    if (i % NEGATED_EVERY === 0) add(i, a, { ...b, g: b.g ? 0 : 1 });
    const month = a.t.find((t) => isDate(t) && b.t.some((u) => isDate(u) && monthOf(u) === monthOf(t)));
    if (month) add(i, a, { ...b, t: b.t.map((t) => (isDate(t) && monthOf(t) === monthOf(month) ? nextMonth(t) : t)) });
    const figure = a.t.find((t) => isNumber(t) && b.t.includes(t));
    if (figure) {
      const changed = { ...b, t: b.t.map((t) => (t === figure ? otherFigure(t) : t)) };
      if (pairEvidence(a, changed, weigh).values.figureConflict > 0) add(i, a, changed);
    }
  });
  return out;
}

function monthOf(date: string): string {
  return date.split('-')[0];
}

function nextMonth(date: string): string {
  const [month, day] = date.slice(1).split('-');
  return `@${(Number(month) % 12) + 1}${day === undefined ? '' : `-${day}`}`;
}

/** The same kind of figure ("#19%" -> "#27%"), another value. */
function otherFigure(term: string): string {
  const [, value, suffix] = /^#([^%a-z]+)(.*)$/.exec(term) ?? [term, '1', ''];
  return `#${Number(value) * 1.4 + 1}${suffix}`;
}

/**
 * Logistic weights fit on real and synthetic rows; the threshold maximises `objective` on the
 * real ones, accuracy unless told otherwise (the shipped model's rule).
 * `features` names the rows' columns (the pair features, or those and more under study).
 */
export function trainClaimModel(
  real: FeaturizedPairs,
  synthetic: FeaturizedPairs,
  features: readonly string[] = PAIR_FEATURE_NAMES,
  l2 = L2_PENALTY,
  objective: ThresholdObjective = ACCURACY,
): ClaimModel {
  const { weights, bias } = fitLogistic([...real.rows, ...synthetic.rows], [...real.labels, ...synthetic.labels], l2);
  const scores = real.rows.map((x) => probabilityFromFeatures(x, { weights, bias }));
  return { features: [...features], weights, bias, threshold: bestThreshold(scores, real.labels, objective) };
}
