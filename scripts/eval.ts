/**
 * Development evaluation of the claim matcher beside a plain BM25 baseline (MiniSearch):
 *  - seeds gold recall@1: each report of a multi-source, unambiguous claim, with its own
 *    article and that article's copies left out, must rank a report of the same claim first.
 *    The matcher takes the product's query path (index candidates, corpus-blended idf); the
 *    share of queries with a report among their candidates is printed as candidate recall;
 *  - the pair decision, at the cut fit for accuracy (`npm run pairs`, and how corpus sentences
 *    are grouped into claims): how many of the gold hard negative pairs score at or above it,
 *    and MSRP train 10-fold cross-validated accuracy and F1 (weights and cut fit on 9 folds);
 *  - highlights, at the link cut fit for F1 of "same" (the product's rule for a page passage):
 *    - seeds as pages: each gold article matched against the others, as the extension matches
 *      a page: precision, recall and F1 of its highlights (passageFigures);
 *    - hand-labelled pages (labelled-pages.ts): news pages in other words than any seed's, the
 *      highlights' precision, recall and F1 against the labels;
 *    - the negatives and MSRP CV accuracy at that cut;
 *  - the page figures had highlights taken the pair cut, to show what the second cut buys;
 *  - with `--cuts`, the matcher's figures at a row of fixed cuts (MSRP accuracy from the fold
 *    models' held-out scores at that cut): what each choice of cut costs the pairs and gives
 *    the pages (with `--json`, as `matcher.cuts`).
 * Usage: npm run eval -- [--json] [--cuts] [--verbose] [--eval-dir DIR]
 */
import { CANDIDATES_PER_SENTENCE } from '../lib/match/candidates';
import { extractFeatures } from '../lib/match/features';
import { LINK_THRESHOLD, linkThresholdFor, probabilityFromFeatures, SAME_CLAIM_THRESHOLD } from '../lib/match/score';
import { bm25PairScores, Bm25Sentences } from './match-tools/bm25-baseline';
import { ACCURACY, bestThreshold, classificationReport, crossValidate, SAME_F1, type ClassificationReport, type ThresholdObjective } from './match-tools/classification';
import { loadEvaluationData } from './match-tools/evaluation-data';
import { labelledPageFigures, loadLabelledPages } from './match-tools/labelled-pages';
import { loadNewsClaimPairs } from './match-tools/news-pairs';
import { loadOfftopicSet } from './match-tools/offtopic';
import { scoreSentencePairs } from './match-tools/pair-scores';
import type { GoldClaim, SeedsGold } from './match-tools/seeds-gold';
import { matcherRanker, matcherSeedsFigures, passageFigures, recallAt1, type PassageCut, type PassageFigures } from './match-tools/seeds-queries';
import { subsetPairs, trainClaimModel } from './match-tools/training';

interface SystemResult {
  /** The top sentence reports one of the (multi-source, unambiguous) claims the query sentence reports. */
  seedsRecallAt1: number;
  /** Stricter: the top sentence reports the very claim the query was listed under. */
  seedsRecallAt1Strict: number;
  /** A report of one of the query's claims is among its retrieval candidates (matcher only). */
  candidateRecall?: number;
  /** The pair decision, at the cut fit for accuracy: gold negatives at or above it, MSRP CV. */
  negativesMatched: number;
  msrpCvAccuracy: number;
  msrpCvF1: number;
  msrp: ClassificationReport;
  /**
   * Highlights, at the cut fit for F1 of "same" (the matcher's shipped link cut): seeds as
   * pages and the hand-labelled pages, with the negatives and MSRP CV at that cut.
   */
  atLinkCut: CutFigures & { threshold: number; blindPages: PassageFigures };
  /** The page figures had highlights taken the pair cut instead. */
  pagesAtPairCut: { threshold: number; pages: PassageFigures; labelledPages: PassageFigures };
  /** The blind off-topic set (offtopic.ts): its pages' highlights at the link cut, its pairs at both cuts. */
  offtopic: { pages: PassageFigures; pairs: PairSetFigures };
  /** The hard news claim pairs (news-pairs.ts), at both cuts. */
  newsPairs: PairSetFigures;
}

/** A labelled pair set's decisions at the pair cut and at the link cut. */
interface PairSetFigures {
  atPairCut: ClassificationReport;
  atLinkCut: ClassificationReport;
}

function pairSetFigures(scores: readonly number[], labels: readonly number[], pairCut: number, linkCut: number): PairSetFigures {
  return { atPairCut: classificationReport(scores.map((s) => s >= pairCut), labels), atLinkCut: classificationReport(scores.map((s) => s >= linkCut), labels) };
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
// The labelled pages written blind (labelled-pages.ts), also counted on their own.
const blindPages = labelledPages.map((page) => page.filter((sentence) => sentence.blind)).filter((page) => page.length > 0);

const { corpus, queries } = task;
const offtopic = loadOfftopicSet();
const offtopicLabels = offtopic.pairs.map((p) => p.label ?? 0);
const newsPairs = loadNewsClaimPairs();
const newsLabels = newsPairs.map((p) => p.label ?? 0);

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
    for (const i of test) {
      scores[i] = probabilityFromFeatures(rows[i], model);
      accuracyCut[i] = model.threshold;
      f1Cut[i] = model.linkThreshold;
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
  const pagesAt = (cutOf: PassageCut) => passageFigures(task, seeds.copiesOf, (sentence) => pageTops.get(sentence)!, cutOf);
  const labelledAt = (cutOf: PassageCut, pages = labelledPages) => labelledPageFigures(pages, (text) => labelledTops.get(text)!, cutOf);
  const negativesAt = (threshold: number) => matcherSeedsFigures(task, seeds.negatives, { threshold }).negativesMatched;
  // The product's rule: the link cut, or the pair cut for a passage too short to be a sentence.
  const productCut: PassageCut = (text) => linkThresholdFor(extractFeatures(text));
  const offtopicRanker = matcherRanker(offtopic.corpus);
  const offtopicTops = new Map(offtopic.pages.flat().map(({ text }) => [text, offtopicRanker.rank(text, new Set()).ranked[0]?.score ?? 0]));
  const atCut = (threshold: number): CutFigures => ({
    msrp: msrpAt(() => threshold), pages: pagesAt(() => threshold), labelledPages: labelledAt(() => threshold), negativesMatched: negativesAt(threshold),
  });
  return {
    seedsRecallAt1, seedsRecallAt1Strict, candidateRecall,
    negativesMatched, msrpCvAccuracy: msrp.accuracy, msrpCvF1: msrp.f1, msrp,
    atLinkCut: {
      threshold: LINK_THRESHOLD, msrp: msrpAt((i) => folds.f1Cut[i]),
      pages: pagesAt(productCut), labelledPages: labelledAt(productCut), negativesMatched: negativesAt(LINK_THRESHOLD),
      blindPages: labelledAt(productCut, blindPages),
    },
    pagesAtPairCut: { threshold: SAME_CLAIM_THRESHOLD, pages: pagesAt(() => SAME_CLAIM_THRESHOLD), labelledPages: labelledAt(() => SAME_CLAIM_THRESHOLD) },
    offtopic: {
      pages: labelledPageFigures(offtopic.pages, (text) => offtopicTops.get(text)!, productCut),
      pairs: pairSetFigures(scoreSentencePairs(offtopic.pairs), offtopicLabels, SAME_CLAIM_THRESHOLD, LINK_THRESHOLD),
    },
    newsPairs: pairSetFigures(scoreSentencePairs(newsPairs), newsLabels, SAME_CLAIM_THRESHOLD, LINK_THRESHOLD),
    atCut,
  };
}

function evaluateBaseline(seeds: SeedsGold): SystemResult {
  const seedIndex = new Bm25Sentences();
  corpus.forEach((s) => seedIndex.add(s.text, s.articleId));
  const { lenient: seedsRecallAt1, strict: seedsRecallAt1Strict } = recallAt1(task, ({ report, excluded }) => seedIndex.search(report.sentence, excluded)[0]?.id ?? null,
    ({ claim, report }, top) => log(`[baseline] miss ${claim.id} ${report.article_id}: ${report.sentence.slice(0, 90)}\n    top: ${top === null ? '-' : corpus[top].text.slice(0, 90)}`));

  const scores = bm25PairScores(pairs);
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
  }, () => threshold);
  const labelledAt = (threshold: number, pages = labelledPages) => labelledPageFigures(pages, (text) => {
    const top = seedIndex.search(text)[0];
    return top ? pagePairs.pairScore(text, corpus[top.id].text) : 0;
  }, () => threshold);
  const [accuracyCut, f1Cut] = [bestThreshold(scores, msrpLabels, ACCURACY), bestThreshold(scores, msrpLabels, SAME_F1)];

  // The off-topic set as the seeds above: its corpus searched, the top result's pair score cut.
  const offtopicIndex = new Bm25Sentences();
  const offtopicText = new Map(offtopic.corpus.map((s) => [offtopicIndex.add(s.text, s.articleId), s.text]));
  const offtopicPagePairs = new Bm25Sentences();
  for (const text of [...offtopicText.values(), ...offtopic.pages.flat().map((s) => s.text)]) offtopicPagePairs.add(text);
  const offtopicPageScore = (text: string) => {
    const top = offtopicIndex.search(text)[0];
    return top ? offtopicPagePairs.pairScore(text, offtopicText.get(top.id)!) : 0;
  };
  return {
    seedsRecallAt1, seedsRecallAt1Strict, negativesMatched: negativesAt(accuracyCut), msrpCvAccuracy: msrp.accuracy, msrpCvF1: msrp.f1, msrp,
    atLinkCut: {
      threshold: f1Cut, msrp: crossValidated(SAME_F1), pages: pagesAt(f1Cut), labelledPages: labelledAt(f1Cut), negativesMatched: negativesAt(f1Cut),
      blindPages: labelledAt(f1Cut, blindPages),
    },
    pagesAtPairCut: { threshold: accuracyCut, pages: pagesAt(accuracyCut), labelledPages: labelledAt(accuracyCut) },
    offtopic: {
      pages: labelledPageFigures(offtopic.pages, offtopicPageScore, () => f1Cut),
      pairs: pairSetFigures(bm25PairScores(offtopic.pairs), offtopicLabels, accuracyCut, f1Cut),
    },
    newsPairs: pairSetFigures(bm25PairScores(newsPairs), newsLabels, accuracyCut, f1Cut),
  };
}

const matcher = evaluateMatcher(gold);
const baseline = evaluateBaseline(gold);

if (argv.includes('--json')) {
  const pick = ({ seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy, msrpCvF1, atLinkCut, offtopic, newsPairs }: SystemResult) => ({
    seedsRecallAt1, seedsRecallAt1Strict, negativesMatched, msrpCvAccuracy, msrpCvF1,
    negativesMatchedAtLinkCut: atLinkCut.negativesMatched, pagesF1: atLinkCut.pages.f1, labelledPagesF1: atLinkCut.labelledPages.f1,
    blindPagesF1: atLinkCut.blindPages.f1, offtopicPagesF1: offtopic.pages.f1, offtopicPairsAccuracy: offtopic.pairs.atPairCut.accuracy,
    newsPairsAccuracy: newsPairs.atPairCut.accuracy,
  });
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
  row(`negatives >= pair cut (of ${gold.negatives.length})`, (r) => String(r.negativesMatched));
  row(`MSRP 10-fold CV accuracy (${pairs.length})`, (r) => r.msrpCvAccuracy.toFixed(3));
  row('MSRP 10-fold CV F1', (r) => r.msrpCvF1.toFixed(3));
  row('MSRP recall, paraphrase', (r) => r.msrp.recallSame.toFixed(3));
  row('MSRP recall, not paraphrase', (r) => r.msrp.recallDifferent.toFixed(3));
  const pagesRows = (label: string, pick: (r: SystemResult) => PassageFigures) => {
    row(`${label}: precision`, (r) => pick(r).precision.toFixed(3));
    row(`${label}: recall`, (r) => pick(r).recall.toFixed(3));
    row(`${label}: F1`, (r) => pick(r).f1.toFixed(3));
  };
  console.log(`highlights, at the link cut (fit for F1 of "same"; matcher ${LINK_THRESHOLD}):`);
  pagesRows('  seeds as pages', (r) => r.atLinkCut.pages);
  pagesRows('  labelled pages', (r) => r.atLinkCut.labelledPages);
  pagesRows('  blind-labelled pages', (r) => r.atLinkCut.blindPages);
  row('  negatives >= link cut', (r) => String(r.atLinkCut.negativesMatched));
  row('  MSRP 10-fold CV accuracy at it', (r) => r.atLinkCut.msrp.accuracy.toFixed(3));
  console.log(`highlights had they taken the pair cut (matcher ${SAME_CLAIM_THRESHOLD}):`);
  pagesRows('  seeds as pages', (r) => r.pagesAtPairCut.pages);
  pagesRows('  labelled pages', (r) => r.pagesAtPairCut.labelledPages);
  console.log(`off-topic set (blind: ${offtopic.pages.length} pages and ${offtopic.pairs.length} pairs on other stories, own corpus):`);
  pagesRows('  pages at the link cut', (r) => r.offtopic.pages);
  const pairSetRows = (label: string, pick: (r: SystemResult) => PairSetFigures) => {
    row(`${label}: accuracy at the pair cut`, (r) => pick(r).atPairCut.accuracy.toFixed(3));
    row(`${label}: recall of "same" at it`, (r) => pick(r).atPairCut.recallSame.toFixed(3));
    row(`${label}: F1 of "same" at the link cut`, (r) => pick(r).atLinkCut.f1.toFixed(3));
    row(`${label}: recall of "different" at it`, (r) => pick(r).atLinkCut.recallDifferent.toFixed(3));
  };
  pairSetRows('  pairs', (r) => r.offtopic.pairs);
  console.log(`hard news claim pairs (blind: ${newsPairs.length}, the negatives sharing more words than the positives):`);
  pairSetRows('  pairs', (r) => r.newsPairs);
  if (argv.includes('--cuts')) {
    console.log(`\nmatcher at fixed cuts (MSRP: fold models' held-out scores at the cut)\n${'cut'.padStart(6)}${'MSRP acc'.padStart(10)}${'seeds pages P/R/F1'.padStart(22)}${'labelled P/R/F1'.padStart(20)}${'negatives'.padStart(11)}`);
    const prf = ({ precision, recall, f1 }: PassageFigures) => `${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(3)}`;
    for (const cut of FIXED_CUTS) {
      const at = matcher.atCut(cut);
      console.log(`${cut.toFixed(2).padStart(6)}${at.msrp.accuracy.toFixed(3).padStart(10)}${prf(at.pages).padStart(22)}${prf(at.labelledPages).padStart(20)}${String(at.negativesMatched).padStart(11)}`);
    }
  }
  console.log(`matcher pair cut ${SAME_CLAIM_THRESHOLD}, link cut ${LINK_THRESHOLD}; seeds as pages: ${matcher.atLinkCut.pages.reported} of ${corpus.length} sentences reported by another article; labelled pages: ${labelledPages.length} pages, ${matcher.atLinkCut.labelledPages.reported} of ${labelledPages.flat().length} labelled sentences reported, ${blindPages.length} of them labelled blind (${matcher.atLinkCut.blindPages.reported} of ${blindPages.flat().length})`);
}
