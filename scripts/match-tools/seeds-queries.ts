/**
 * The seeds recall@1 task, shared by `npm run eval` and the miss diagnostic: corpus sentences
 * of the gold articles (with the gold claims each reports), the query reports, and the
 * matcher's ranking of candidates for a query along the product's path (index candidates,
 * corpus-blended idf).
 */
import { rankCandidates } from '../../lib/match/candidates';
import { SAME_CLAIM_THRESHOLD } from '../../lib/match/score';
import { extractFeatures, indexedTerms, indexTerms, type SentenceFeatures } from '../../lib/match/features';
import { corpusTermWeight, postingFrequencies, type TermWeight } from '../../lib/match/idf';
import { appendPostings, EMPTY_POSTINGS, idsByTerm, type PostingList } from '../../lib/match/postings';
import { prepareSentences } from '../../lib/match/prepare';
import { scorePair } from '../../lib/match/score';
import type { GoldClaim, GoldNegative, GoldReport, SeedsGold } from './seeds-gold';

export interface GoldSentence {
  articleId: string;
  text: string;
  features: SentenceFeatures;
  /** Ids of the gold claims this sentence reports. */
  claims: Set<string>;
}

export interface SeedsQuery {
  claim: GoldClaim;
  report: GoldReport;
  /** The query's own article and its copies: their sentences may not answer it. */
  excluded: Set<string>;
  /** Every multi-source, unambiguous claim the query sentence reports (a sentence can report several). */
  wanted: Set<string>;
}

export interface SeedsTask {
  corpus: GoldSentence[];
  queries: SeedsQuery[];
}

export function seedsTask(gold: SeedsGold): SeedsTask {
  const claimsOf = (articleId: string, text: string) => new Set(gold.claims
    .filter((c) => c.reports.some((r) => r.article_id === articleId && (r.sentence.includes(text) || text.includes(r.sentence))))
    .map((c) => c.id));
  const corpus = gold.articles.flatMap(prepareSentences).map((s) => ({ ...s, claims: claimsOf(s.articleId, s.text) }));
  const listed = gold.claims
    .filter((c) => !c.single_source && !c.ambiguous)
    .flatMap((claim) => claim.reports.map((report) => ({ claim, report })));
  const wantedBySentence = new Map<string, Set<string>>();
  for (const { claim, report } of listed) {
    const key = `${report.article_id}\u0000${report.sentence}`;
    wantedBySentence.set(key, new Set([...(wantedBySentence.get(key) ?? []), claim.id]));
  }
  const queries = listed.map(({ claim, report }) => ({
    claim,
    report,
    excluded: new Set([report.article_id, ...(gold.copiesOf.get(report.article_id) ?? [])]),
    wanted: wantedBySentence.get(`${report.article_id}\u0000${report.sentence}`)!,
  }));
  return { corpus, queries };
}

export interface RankedCandidate {
  index: number;
  score: number;
}

export interface MatcherRanking {
  features: SentenceFeatures;
  /** The weights its pairs were scored with: the corpus counts of its terms and its candidates'. */
  weigh: TermWeight;
  /** Index candidates from other articles, best score first. */
  ranked: RankedCandidate[];
}

/** Scores a pair under given term weights: the product's scorePair, or a model under study. */
export type PairScorer = (a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight) => number;

/** Ranks a query's index candidates by the matcher's score (or `score`), as the product does. */
export function matcherRanker(corpus: readonly GoldSentence[], score: PairScorer = scorePair) {
  const postings = new Map<string, PostingList>();
  for (const [term, ids] of idsByTerm(corpus.map((s, id) => [id, indexTerms(s.features)] as const))) postings.set(term, appendPostings(EMPTY_POSTINGS, ids));
  const weightsFor = (terms: string[]) => corpusTermWeight(postingFrequencies(terms, postings, corpus.length));
  return {
    weightsFor,
    rank(query: string, excluded: ReadonlySet<string>): MatcherRanking {
      const features = extractFeatures(query);
      const terms = indexTerms(features);
      const [candidates] = rankCandidates([terms], postings, (_, id) => !excluded.has(corpus[id].articleId), weightsFor(terms));
      // Each pair weighed by the corpus counts of both its sentences' terms, as the product weighs it (corpus-weights.ts).
      const weigh = weightsFor([...terms, ...candidates.flatMap((index) => indexedTerms(corpus[index].features))]);
      const ranked = candidates
        .map((index) => ({ index, score: score(features, corpus[index].features, weigh) }))
        // Stable on ties, so the candidate order decides as in the product (first best wins).
        .sort((x, y) => y.score - x.score);
      return { features, weigh, ranked };
    },
  };
}

export interface RecallAt1 {
  /** The top sentence reports one of the (multi-source, unambiguous) claims the query sentence reports. */
  lenient: number;
  /** Stricter: the top sentence reports the very claim the query was listed under. */
  strict: number;
}

/** Recall@1 of a system whose `topOf` names a query's top corpus sentence; `onMiss` hears of each lenient miss. */
export function recallAt1(
  { corpus, queries }: SeedsTask,
  topOf: (query: SeedsQuery) => number | null,
  onMiss: (query: SeedsQuery, top: number | null) => void = () => {},
): RecallAt1 {
  let hits = 0;
  let strictHits = 0;
  for (const query of queries) {
    const top = topOf(query);
    const topClaims = top === null ? new Set<string>() : corpus[top].claims;
    if (topClaims.has(query.claim.id)) strictHits++;
    if ([...query.wanted].some((id) => topClaims.has(id))) hits++;
    else onMiss(query, top);
  }
  return { lenient: hits / queries.length, strict: strictHits / queries.length };
}

export interface MatcherSeedsFigures extends RecallAt1 {
  /** A report of one of the query's claims is among its retrieval candidates. */
  candidateRecall: number;
  /** Gold negative pairs scoring at or above the threshold. */
  negativesMatched: number;
}

/** The matcher's seeds figures under `score` (default: the product's) and its threshold. */
export function matcherSeedsFigures(
  task: SeedsTask,
  negatives: readonly GoldNegative[],
  options: { score?: PairScorer; threshold?: number; log?: (line: string) => void } = {},
): MatcherSeedsFigures {
  const { score = scorePair, threshold = SAME_CLAIM_THRESHOLD, log = () => {} } = options;
  const { corpus } = task;
  const ranker = matcherRanker(corpus, score);
  let candidateHits = 0;
  const recall = recallAt1(task, ({ report, excluded, wanted }) => {
    const { ranked } = ranker.rank(report.sentence, excluded);
    if (ranked.some(({ index }) => [...wanted].some((claim) => corpus[index].claims.has(claim)))) candidateHits++;
    return ranked[0]?.index ?? null;
  }, ({ claim, report }, top) => log(`[matcher] miss ${claim.id} ${report.article_id}: ${report.sentence.slice(0, 90)}\n    top: ${top === null ? '-' : corpus[top].text.slice(0, 90)}`));
  const negativesMatched = negatives.filter((n) => {
    const [a, b] = [extractFeatures(n.a.sentence), extractFeatures(n.b.sentence)];
    const value = score(a, b, ranker.weightsFor([...indexTerms(a), ...indexTerms(b)]));
    if (value >= threshold) log(`[matcher] negative ${n.id} matched (${value.toFixed(3)})`);
    return value >= threshold;
  }).length;
  return { ...recall, candidateRecall: candidateHits / task.queries.length, negativesMatched };
}

/** The score a page sentence's top report must reach for a highlight: one cut, or the product's rule (linkThresholdFor). */
export type PassageCut = (text: string) => number;

export interface PassageFigures {
  /** Sentences another (not a copy) article reports a claim of. */
  reported: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * The product's task on the seeds: each gold article is a page matched against the others (its
 * copies and originals left out). A sentence is highlighted when its top corpus sentence scores
 * at or above its cut (`cutOf`); a highlight is right when that sentence reports one of its claims. A
 * reported sentence left unhighlighted, or highlighted with a wrong report, is missed.
 * `topOf` gives a sentence's top corpus sentence and its score, or null.
 */
export function passageFigures(
  { corpus }: SeedsTask,
  copiesOf: ReadonlyMap<string, ReadonlySet<string>>,
  topOf: (sentence: GoldSentence, excluded: ReadonlySet<string>) => RankedCandidate | null,
  cutOf: PassageCut,
): PassageFigures {
  let reported = 0, right = 0, wrong = 0;
  for (const sentence of corpus) {
    const excluded = new Set([sentence.articleId, ...(copiesOf.get(sentence.articleId) ?? [])]);
    const sharesClaim = (other: GoldSentence) => [...sentence.claims].some((claim) => other.claims.has(claim));
    if (corpus.some((other) => !excluded.has(other.articleId) && sharesClaim(other))) reported++;
    const top = topOf(sentence, excluded);
    if (!top || top.score < cutOf(sentence.text)) continue;
    if (sharesClaim(corpus[top.index])) right++;
    else wrong++;
  }
  return figuresOfHighlights(reported, right, wrong);
}

/** Precision, recall and F1 of highlights: `right` and `wrong` highlights, `reported` sentences that should be. */
export function figuresOfHighlights(reported: number, right: number, wrong: number): PassageFigures {
  return { reported, precision: right / Math.max(1, right + wrong), recall: right / Math.max(1, reported), f1: (2 * right) / Math.max(1, right + wrong + reported) };
}
