/**
 * Development evaluation of the claim matcher beside a plain BM25 baseline (MiniSearch):
 *  - seeds gold recall@1: each report of a multi-source, unambiguous claim, with its own
 *    article and that article's copies left out, must rank a report of the same claim first.
 *    The matcher takes the product's query path (index candidates, corpus-blended idf); the
 *    share of queries with a report among their candidates is printed as candidate recall;
 *  - hard negatives: how many of the gold negative pairs score at or above the threshold;
 *  - MSRP train, 10-fold cross-validated accuracy and F1 (weights and threshold fit on 9 folds);
 *  - seeds as pages: each gold article matched against the others, as the extension matches a
 *    page: precision, recall and F1 of its highlights (passageFigures);
 *  - hand-labelled pages (labelled-pages.ts): news pages in other words than any seed's, the
 *    highlights' precision, recall and F1 against the labels;
 *  - the same figures with the cut fit for F1 of "same" instead of accuracy (MSRP, pages,
 *    negatives): the shipped cut is fit for accuracy, and this shows what a cut fit for recall
 *    would trade;
 *  - with `--cuts`, the matcher's figures at a row of fixed cuts (MSRP accuracy from the fold
 *    models' held-out scores at that cut): one threshold serves both pairs and pages, and
 *    the table shows what each choice costs the one and gives the other (with `--json`, as
 *    `matcher.cuts`).
 * Usage: npm run eval -- [--json] [--cuts] [--verbose] [--eval-dir DIR]
 */
import { CANDIDATES_PER_SENTENCE } from '../lib/match/candidates';
import { probabilityFromFeatures, SAME_CLAIM_THRESHOLD } from '../lib/match/score';
import { Bm25Sentences } from './match-tools/bm25-baseline';
import { ACCURACY, bestThreshold, classificationReport, crossValidate, SAME_F1, type ClassificationReport, type ThresholdObjective } from './match-tools/classification';
import { loadEvaluationData } from './match-tools/evaluation-data';
import { labelledPageFigures, loadLabelledPages } from './match-tools/labelled-pages';
import type { GoldClaim, SeedsGold } from './match-tools/seeds-gold';
import { matcherRanker, matcherSeedsFigures, passageFigures, recallAt1, type PassageFigures } from './match-tools/seeds-queries';
import { subsetPairs, trainClaimModel } from './match-tools/training';

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
  /** Seeds as pages: the highlights' precision, recall and F1. */
  pages: PassageFigures;
  /** The same on the hand-labelled pages. */
  labelledPages: PassageFigures;
  /** The MSRP CV, pages and negatives figures with the cut fit for F1 of "same" instead. */
  atF1Cut: CutFigures & { threshold: number };
}

interface CutFigures {
  msrp: ClassificationReport;
  pages: PassageFigures;
  labelledPages: PassageFigures;
  negativesMatched: number;
}

const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
const FIXED_CUTS = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const log = (line: string) => { if (verbose) console.error(line); };

const { pairs, gold, task, real, synthetic } = loadEvaluationData(argv);
const msrpLabels = pairs.map((p) => p.label ?? 0);
const labelledPages = loadLabelledPages();

const { corpus, queries } = task;

/**
 * MSRP 10-fold CV: each pair's score under the model fit on the other nine folds, and that
 * fold model's cuts fit there for accuracy and for F1 of "same" (the weights do not depend on
 * the objective, only the cut).
 */
function msrpFolds(): { scores: number[]; accuracyCut: number[]; f1Cut: number[] } {
  const { rows } = real;
  const scores = new Array<number>(rows.length);
  const accuracyCut = new Array<number>(rows.length);
  const f1Cut = new Array<number>(rows.length);
  crossValidate(rows.length, 10, (train, test) => {
    const inTrain = new Set(train);
    const model = trainClaimModel(subsetPairs(real, (k) => inTrain.has(k)), subsetPairs(synthetic, (k) => inTrain.has(synthetic.sources[k])));
    const cutForF1 = bestThreshold(train.map((i) => probabilityFromFeatures(rows[i], model)), train.map((i) => msrpLabels[i]), SAME_F1);
    for (const i of test) {
      scores[i] = probabilityFromFeatures(rows[i], model);
      accuracyCut[i] = model.threshold;
      f1Cut[i] = cutForF1;
    }
    return { scores: test.map((i) => scores[i]), threshold: model.threshold };
  });
  return { scores, accuracyCut, f1Cut };
}

function evaluateMatcher(seeds: SeedsGold): SystemResult & { atCut: (threshold: number) => CutFigures } {
  const { lenient: seedsRecallAt1, strict: seedsRecallAt1Strict, candidateRecall, negativesMatched } = matcherSeedsFigures(task, seeds.negatives, { log });

  const folds = msrpFolds();
  const msrpAt = (cutOf: (i: number) => number) => classificationReport(folds.scores.map((score, i) => score >= cutOf(i)), msrpLabels);
  const msrp = msrpAt((i) => folds.accuracyCut[i]);
  const ranker = matcherRanker(corpus);
  // A sentence's top candidate does not depend on the cut: ranked once, judged at every cut.
  const pageTops = new Map(corpus.map((sentence) => [sentence, ranker.rank(sentence.text, new Set([sentence.articleId, ...(seeds.copiesOf.get(sentence.articleId) ?? [])])).ranked[0] ?? null]));
  const labelledTops = new Map(labelledPages.flat().map(({ text }) => [text, ranker.rank(text, new Set()).ranked[0]?.score ?? 0]));
  const pagesAt = (threshold: number) => passageFigures(task, seeds.copiesOf, (sentence) => pageTops.get(sentence)!, threshold);
  const labelledAt = (threshold: number) => labelledPageFigures(labelledPages, (text) => labelledTops.get(text)!, threshold);
  const pagesAndNegativesAt = (threshold: number) => ({
    pages: pagesAt(threshold), labelledPages: labelledAt(threshold),
    negativesMatched: matcherSeedsFigures(task, seeds.negatives, { threshold }).negativesMatched,
  });
  const atCut = (threshold: number): CutFigures => ({ msrp: msrpAt(() => threshold), ...pagesAndNegativesAt(threshold) });
  const f1Cut = trainClaimModel(real, synthetic, undefined, undefined, SAME_F1).threshold;
  return {
    seedsRecallAt1, seedsRecallAt1Strict, candidateRecall,
    negativesMatched, msrpCvAccuracy: msrp.accuracy, msrpCvF1: msrp.f1, msrp,
    pages: pagesAt(SAME_CLAIM_THRESHOLD), labelledPages: labelledAt(SAME_CLAIM_THRESHOLD),
    atF1Cut: { threshold: f1Cut, msrp: msrpAt((i) => folds.f1Cut[i]), ...pagesAndNegativesAt(f1Cut) },
    atCut,
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
  // The same rules as the matcher's: the cut fit for accuracy, and the one fit for F1 of "same" beside it.
  const crossValidated = (objective: ThresholdObjective) => classificationReport(crossValidate(scores.length, 10, (train, test) => ({
    scores: test.map((i) => scores[i]),
    threshold: bestThreshold(train.map((i) => scores[i]), train.map((i) => msrpLabels[i]), objective),
  })).decisions, msrpLabels);
  const msrp = crossValidated(ACCURACY);

  const negativeIndex = new Bm25Sentences();
  for (const n of seeds.negatives) { negativeIndex.add(n.a.sentence); negativeIndex.add(n.b.sentence); }
  const negativesAt = (threshold: number) => seeds.negatives.filter((n) => negativeIndex.pairScore(n.a.sentence, n.b.sentence) >= threshold).length;
  // pairScore compares sentences added without a group: the seeds again, beside seedIndex's grouped copies.
  const pagePairs = new Bm25Sentences();
  corpus.forEach((s) => pagePairs.add(s.text));
  for (const { text } of labelledPages.flat()) pagePairs.add(text);
  const pagesAt = (threshold: number) => passageFigures(task, seeds.copiesOf, (sentence, excluded) => {
    const top = seedIndex.search(sentence.text, excluded)[0];
    return top ? { index: top.id, score: pagePairs.pairScore(sentence.text, corpus[top.id].text) } : null;
  }, threshold);
  const labelledAt = (threshold: number) => labelledPageFigures(labelledPages, (text) => {
    const top = seedIndex.search(text)[0];
    return top ? pagePairs.pairScore(text, corpus[top.id].text) : 0;
  }, threshold);
  const [accuracyCut, f1Cut] = [bestThreshold(scores, msrpLabels, ACCURACY), bestThreshold(scores, msrpLabels, SAME_F1)];
  return {
    seedsRecallAt1, seedsRecallAt1Strict, negativesMatched: negativesAt(accuracyCut), msrpCvAccuracy: msrp.accuracy, msrpCvF1: msrp.f1, msrp,
    pages: pagesAt(accuracyCut), labelledPages: labelledAt(accuracyCut),
    atF1Cut: { threshold: f1Cut, msrp: crossValidated(SAME_F1), pages: pagesAt(f1Cut), labelledPages: labelledAt(f1Cut), negativesMatched: negativesAt(f1Cut) },
  };
}

const matcher = evaluateMatcher(gold);
const baseline = evaluateBaseline(gold);

if (argv.includes('--json')) {
  const pick = ({ seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy, msrpCvF1, pages, labelledPages }: SystemResult) =>
    ({ seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy, msrpCvF1, pagesF1: pages.f1, labelledPagesF1: labelledPages.f1 });
  const cuts = argv.includes('--cuts')
    ? FIXED_CUTS.map((cut) => {
      const { msrp, pages, labelledPages, negativesMatched } = matcher.atCut(cut);
      const prf = ({ precision, recall, f1 }: PassageFigures) => ({ precision, recall, f1 });
      return { cut, msrpAccuracy: msrp.accuracy, pages: prf(pages), labelledPages: prf(labelledPages), negativesMatched };
    })
    : undefined;
  console.log(JSON.stringify({ matcher: { ...pick(matcher), cuts }, baseline: pick(baseline) }));
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
  const pagesRows = (label: string, pick: (r: SystemResult) => PassageFigures) => {
    row(`${label}: precision`, (r) => pick(r).precision.toFixed(3));
    row(`${label}: recall`, (r) => pick(r).recall.toFixed(3));
    row(`${label}: F1`, (r) => pick(r).f1.toFixed(3));
  };
  pagesRows('seeds as pages', (r) => r.pages);
  pagesRows('labelled pages', (r) => r.labelledPages);
  console.log(`cut fit for F1 of "same" instead (matcher ${matcher.atF1Cut.threshold.toFixed(4)}):`);
  row('  MSRP 10-fold CV accuracy', (r) => r.atF1Cut.msrp.accuracy.toFixed(3));
  row('  MSRP recall, not paraphrase', (r) => r.atF1Cut.msrp.recallDifferent.toFixed(3));
  pagesRows('  seeds as pages', (r) => r.atF1Cut.pages);
  pagesRows('  labelled pages', (r) => r.atF1Cut.labelledPages);
  row('  negatives >= threshold', (r) => String(r.atF1Cut.negativesMatched));
  if (argv.includes('--cuts')) {
    console.log(`\nmatcher at fixed cuts (MSRP: fold models' held-out scores at the cut)\n${'cut'.padStart(6)}${'MSRP acc'.padStart(10)}${'seeds pages P/R/F1'.padStart(22)}${'labelled P/R/F1'.padStart(20)}${'negatives'.padStart(11)}`);
    const prf = ({ precision, recall, f1 }: PassageFigures) => `${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(3)}`;
    for (const cut of FIXED_CUTS) {
      const at = matcher.atCut(cut);
      console.log(`${cut.toFixed(2).padStart(6)}${at.msrp.accuracy.toFixed(3).padStart(10)}${prf(at.pages).padStart(22)}${prf(at.labelledPages).padStart(20)}${String(at.negativesMatched).padStart(11)}`);
    }
  }
  console.log(`matcher threshold ${SAME_CLAIM_THRESHOLD}; seeds as pages: ${matcher.pages.reported} of ${corpus.length} sentences reported by another article; labelled pages: ${labelledPages.length} pages, ${matcher.labelledPages.reported} of ${labelledPages.flat().length} labelled sentences reported`);
}
