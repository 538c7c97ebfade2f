/**
 * Lab: a page sentence scored against a corpus sentence's coordinate clauses too (lib/text/
 * clauses.ts), its score the best of the whole's and the clauses' (times `--discount`), on the
 * product's page task: seeds recall@1 and hard negatives, and the highlights at the product's
 * cut on the seeds as pages, the labelled and blind-labelled pages and the blind off-topic pages.
 * Usage: npx tsx scripts/match-tools/clause-lab.ts [--discount 0.9] [--eval-dir DIR]
 *
 * Findings (Dec 2026; base = the shipped matcher: r@1 0.813, 0 negatives, F1 seeds pages
 * 0.549, labelled 0.883, blind 0.820, off-topic 0.768). Clauses at full score: r@1 0.804, seeds
 * pages 0.524 (precision 0.750 -> 0.688), labelled 0.892, blind 0.825, off-topic 0.804.
 * Discounted by 0.9: r@1 0.813, seeds pages 0.539 (precision 0.714), labelled 0.897, blind
 * 0.839, off-topic 0.804; by 0.8 off-topic 0.780. The page's own clauses add nothing. Not
 * shipped: the development set (the seeds as pages) loses precision at every discount, the gains
 * are on the blind sets, which may not choose a discount, and the product would pay a clause's
 * features per candidate (at query time, or a new index format).
 */
import { extractFeatures, type SentenceFeatures } from '../../lib/match/features';
import type { TermWeight } from '../../lib/match/idf';
import { linkThresholdFor, scorePair } from '../../lib/match/score';
import { coordinateClauses } from '../../lib/text/clauses';
import { loadEvaluationData } from './evaluation-data';
import { labelledPageFigures, loadLabelledPages } from './labelled-pages';
import { loadOfftopicSet } from './offtopic';
import { matcherRanker, matcherSeedsFigures, passageFigures, type PairScorer, type PassageFigures } from './seeds-queries';

const argv = process.argv.slice(2);
const discountAt = argv.indexOf('--discount');
const discount = discountAt >= 0 ? Number(argv[discountAt + 1]) : 1;
const { gold, task } = loadEvaluationData(argv);
const labelledPages = loadLabelledPages();
const blindPages = labelledPages.map((page) => page.filter((s) => s.blind)).filter((page) => page.length > 0);
const offtopic = loadOfftopicSet();

/** Each corpus sentence's clauses' features, by its features (what a PairScorer is given). */
const clausesOf = new WeakMap<SentenceFeatures, SentenceFeatures[]>();
for (const { text, features } of [...task.corpus, ...offtopic.corpus]) {
  const clauses = coordinateClauses(text);
  clausesOf.set(features, clauses.length > 1 ? clauses.map(extractFeatures) : []);
}

const withClauses: PairScorer = (a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight) =>
  Math.max(scorePair(a, b, weigh), ...(clausesOf.get(b) ?? []).map((clause) => discount * scorePair(a, clause, weigh)));

const productCut = (text: string) => linkThresholdFor(extractFeatures(text));
const figures = (x: PassageFigures) => `${x.precision.toFixed(3)}/${x.recall.toFixed(3)}/${x.f1.toFixed(3)}`;
console.log(`variant   r@1    neg | P/R/F1: seeds as pages | labelled | blind | off-topic`);
for (const [name, score] of [['base', scorePair], [`clauses ×${discount}`, withClauses]] as const) {
  const seeds = matcherSeedsFigures(task, gold.negatives, { score });
  const ranker = matcherRanker(task.corpus, score);
  const pages = passageFigures(task, gold.copiesOf, (s, excluded) => ranker.rank(s.text, excluded).ranked[0] ?? null, productCut);
  const top = (text: string) => ranker.rank(text, new Set()).ranked[0]?.score ?? 0;
  const offtopicRanker = matcherRanker(offtopic.corpus, score);
  const off = labelledPageFigures(offtopic.pages, (text) => offtopicRanker.rank(text, new Set()).ranked[0]?.score ?? 0, productCut);
  console.log(`${name.padEnd(9)} ${seeds.lenient.toFixed(3)}  ${seeds.negativesMatched}  | ${figures(pages)} | ${figures(labelledPageFigures(labelledPages, top, productCut))} | ${figures(labelledPageFigures(blindPages, top, productCut))} | ${figures(off)}`);
}
