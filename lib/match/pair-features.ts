/**
 * The evidence that two sentences report the same claim, as a fixed-length numeric vector
 * for the logistic model in score.ts. News reports of one claim differ mostly in how much
 * else each sentence says, so the main evidence is containment: how much of the less
 * informative side's idf mass (its claim) is found in the other side. What the more
 * informative side adds is a separate, weaker feature. Salient contradictions (a conflicting
 * figure, another month, negation) are features of their own. Every feature is symmetric.
 *
 * Names the more informative side adds are also counted on their own (extraNameMiss): an added
 * name is often attribution or apposition ("Kremlin spokesman Dmitry Peskov said"), and MSRP's
 * fit weighs it as weaker evidence of another claim than the same idf mass of content words.
 *
 * Negation is one flag per sentence (an odd number of negation words). Reading each term as in
 * or out of a negation's clause, and flipping only on shared terms negated on one side, was
 * tried (Dec 2026, `npm run eval`): MSRP CV 0.722-0.728 against 0.739, seeds recall@1
 * 0.794-0.804 against 0.813, and 11 hard negatives at the link cut against 2, since a
 * negation's reach in a clause is guessed from punctuation and is often wrong. Splitting the
 * flag by side (only the claim side negated, or only the side that adds more, whose negation
 * may lie in what it adds) was fit equal weights (-5.13, -5.01) and changed nothing (Dec 2026).
 *
 * A share of the claim side's figures found on the other side (the blind off-topic pages' misses
 * mostly share one figure and little else) was fit a weight of 0.03: MSRP's fit finds nothing in
 * it beyond what the figures already weigh in claimCover (Dec 2026).
 *
 * A claim term missing from the other side but for a WordNet synonym or related form there
 * (synonyms.ts: "remarks"/"notes", "agree"/"agreement") counts in synonymCover, not in
 * claimCover: crediting it as a partial match there lowered seeds recall (sentences on the
 * same story share loose synonyms too), while a feature of its own lets the fit weigh it.
 */
import { bestMatch, longestCommonSubsequence } from './align';
import { ENTITY_MARK, isDate, isNumber, type SentenceFeatures } from './features';
import { conflictingFigures } from './figures';
import { termWeight, type TermWeight } from './idf';
import { NO_GROUPS, synonymGroups } from './synonyms';

export const PAIR_FEATURE_NAMES = [
  'claimCover',       // idf share of the less informative side found in the other
  'extraInfo',        // log idf mass of the more informative side not found in the other (what it adds)
  'sharedInfo',       // log of the idf mass found on both sides
  'phraseCover',      // share of the less informative side's adjacent term pairs found in the other
  'orderCover',       // longest common term subsequence / the shorter side's term count
  'nameMiss',         // share of the less informative side's names missing from the other
  'figureConflict',   // a number on each side that the other lacks, counting the same thing
  'dateConflict',     // both sides dated, no month in common
  'negationFlip',     // one side negated, the other not, scaled by claimCover (the same statement reversed)
  'extraNameMiss',    // share of the more informative side's names missing from the claim side (see below)
  'synonymCover',     // idf share of the less informative side not found as such but as a synonym in the other
] as const;

export type PairFeatureName = (typeof PAIR_FEATURE_NAMES)[number];

interface SideSummary {
  terms: string[];
  termSet: Set<string>;
  names: Set<string>;
  numbers: Set<string>;
  months: Set<string>;
  bigrams: Set<string>;
  /** Synonym groups of each of `terms`; none for names ("Trump" is no card). */
  termGroups: (readonly number[])[];
  /** All of `termGroups`, gathered when first asked for (synonymsOf). */
  synonyms: Set<number> | null;
  /** idf of each of `terms` under `weighedBy`, kept for the next pair scored with the same weights. */
  weighedBy: TermWeight | null;
  weights: Float64Array;
}

/** Summaries are cached per features object: a page sentence is scored against many candidates. */
const summaries = new WeakMap<SentenceFeatures, SideSummary>();

function summarise(f: SentenceFeatures): SideSummary {
  const cached = summaries.get(f);
  if (cached) return cached;
  const side: SideSummary = { terms: [], termSet: new Set(), names: new Set(), numbers: new Set(), months: new Set(), bigrams: new Set(), termGroups: [], synonyms: null, weighedBy: null, weights: new Float64Array(0) };
  f.t.forEach((term, i) => {
    if (!side.termSet.has(term)) side.terms.push(term);
    side.termSet.add(term);
    if (Number(f.m[i]) & ENTITY_MARK) side.names.add(term);
    if (isNumber(term)) side.numbers.add(term);
    if (isDate(term)) side.months.add(term.split('-')[0]);
    if (i > 0) side.bigrams.add(`${f.t[i - 1]} ${term}`);
  });
  side.termGroups = side.terms.map((term) => (side.names.has(term) ? NO_GROUPS : synonymGroups(term)));
  summaries.set(f, side);
  return side;
}

/** Gathered only for a side whose partner has a term left unmatched that has synonyms at all. */
function synonymsOf(side: SideSummary): Set<number> {
  return (side.synonyms ??= new Set(side.termGroups.flat()));
}

/** One of a term's synonym groups is among `side`'s; a plain loop, as coverage runs it for every unmatched term. */
function hasSynonym(groups: readonly number[], side: SideSummary): boolean {
  if (groups.length === 0) return false;
  const synonyms = synonymsOf(side);
  for (const group of groups) if (synonyms.has(group)) return true;
  return false;
}

/** Numbers of one side that the other lacks. */
function missingNumbers(from: SideSummary, to: SideSummary): string[] {
  return [...from.numbers].filter((n) => !to.numbers.has(n));
}

interface Coverage {
  total: number;
  matched: number;
  missedNames: number;
  /** Idf mass of the terms not found as such whose synonym is (not counted in `matched`). */
  synonymMatched: number;
}

function weightsOf(side: SideSummary, weigh: TermWeight): Float64Array {
  if (side.weighedBy !== weigh) {
    side.weights = Float64Array.from(side.terms, weigh);
    side.weighedBy = weigh;
  }
  return side.weights;
}

/** Idf mass of `from`'s distinct terms, and how much of it is found in `to`. `skip` terms count on neither side. */
function coverage(from: SideSummary, to: SideSummary, weigh: TermWeight, skip?: ReadonlySet<string>): Coverage {
  const weights = weightsOf(from, weigh);
  const result: Coverage = { total: 0, matched: 0, missedNames: 0, synonymMatched: 0 };
  for (let i = 0; i < from.terms.length; i++) {
    const term = from.terms[i];
    if (skip?.has(term)) continue;
    const isName = from.names.has(term);
    const similarity = bestMatch(term, to.termSet, isName, to.names);
    if (similarity === 0 && hasSynonym(from.termGroups[i], to)) result.synonymMatched += weights[i];
    result.total += weights[i];
    result.matched += weights[i] * similarity;
    if (isName && similarity === 0) result.missedNames++;
  }
  return result;
}

/** Idf mass of `from`'s distinct terms found in `to`, summed as coverage sums `matched`. */
function matchedMass(from: SideSummary, to: SideSummary, weigh: TermWeight): number {
  const weights = weightsOf(from, weigh);
  let matched = 0;
  for (let i = 0; i < from.terms.length; i++) {
    const term = from.terms[i];
    matched += weights[i] * bestMatch(term, to.termSet, from.names.has(term), to.names);
  }
  return matched;
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

function containedShare(from: Set<string>, to: Set<string>): number {
  let found = 0;
  for (const x of from) if (to.has(x)) found++;
  return share(found, from.size);
}

/**
 * Longest common subsequence of two term sequences, computed on the terms both sides carry:
 * the others cannot be in it, and dropping them first shrinks the quadratic table to the overlap.
 */
function sharedOrder(a: readonly string[], sa: SideSummary, b: readonly string[], sb: SideSummary): number {
  return longestCommonSubsequence(a.filter((t) => sb.termSet.has(t)), b.filter((t) => sa.termSet.has(t)));
}

/**
 * A claim restated with one different figure, everything else found on the other side, no
 * other month, and no name on each side that the other lacks: two reports of one event
 * disagreeing on a number (an updated toll, a recount), not two claims. The figure pair then
 * counts as neither a match nor a conflict. With a name on each side that the other lacks, the
 * same words tell another event, and the figure counts as two conflicts.
 */
export const RESTATED_CLAIM_COVER = 0.8;

/**
 * A fixed order of two sentences' features, for choosing the claim side when both carry the
 * same idf mass (unknown terms all weigh the same): without it the choice, and so the score,
 * would depend on the order of the pair. Equal keys mean equal features.
 */
function canonicalOrder(f: SentenceFeatures): string {
  return `${f.t.join(' ')}\u0000${f.m}`;
}

/** The feature vector, in PAIR_FEATURE_NAMES order. */
export function pairFeatures(a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight = termWeight): number[] {
  const { values } = pairEvidence(a, b, weigh);
  return PAIR_FEATURE_NAMES.map((name) => values[name]);
}

/**
 * The greatest sharedInfo feature the pair can have: its value, unless pairEvidence sets a
 * restated claim's differing figure aside, which only takes mass away. It costs a fraction of
 * pairEvidence (no synonyms, phrases, order or figures), for a caller that only asks whether
 * the pair can reach a cut (score.ts, mayReachScore). matchedMass must keep summing as coverage
 * does: a property test (scoring.property.test.ts) holds every pair's score to the bound.
 */
export function sharedInfoBound(a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight = termWeight): number {
  const sa = summarise(a);
  const sb = summarise(b);
  return Math.log1p((matchedMass(sa, sb, weigh) + matchedMass(sb, sa, weigh)) / 2);
}

export interface PairEvidence {
  values: Record<PairFeatureName, number>;
  /** The sentences give one differing figure for the same quantity of an otherwise shared claim. */
  differentFigure: boolean;
}

export function pairEvidence(a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight = termWeight): PairEvidence {
  const sa = summarise(a);
  const sb = summarise(b);
  const dateConflict = sa.months.size > 0 && sb.months.size > 0 && !containedShare(sa.months, sb.months);
  const conflicts = sa.numbers.size && sb.numbers.size ? conflictingFigures(a.t, b.t).length : 0;

  let ab = coverage(sa, sb, weigh);
  let ba = coverage(sb, sa, weigh);
  let differentFigure = false;
  let otherEvent = false;
  if (conflicts === 1 && !dateConflict) {
    const skip = new Set([...missingNumbers(sa, sb), ...missingNumbers(sb, sa)]);
    const abRest = coverage(sa, sb, weigh, skip);
    const baRest = coverage(sb, sa, weigh, skip);
    // The same claim names the same places and people: a figure that differs beside another name
    // ("three killed in Odesa", "five killed in Kharkiv") is another event told in the same words,
    // and weighs as two conflicts: the figure and the name each say so.
    const namesAgree = abRest.missedNames === 0 || baRest.missedNames === 0;
    if (Math.max(share(abRest.matched, abRest.total), share(baRest.matched, baRest.total)) >= RESTATED_CLAIM_COVER) {
      if (namesAgree) {
        differentFigure = true;
        ab = abRest;
        ba = baRest;
      } else {
        otherEvent = true;
      }
    }
  }
  // The less informative side is the claim; the other may say more around it.
  const aIsClaim = ab.total !== ba.total ? ab.total < ba.total : canonicalOrder(a) <= canonicalOrder(b);
  const [claim, other, claimCover, extraCover] = aIsClaim ? [sa, sb, ab, ba] : [sb, sa, ba, ab];

  const values: Record<PairFeatureName, number> = {
    claimCover: share(claimCover.matched, claimCover.total),
    extraInfo: Math.log1p(extraCover.total - extraCover.matched),
    sharedInfo: Math.log1p((ab.matched + ba.matched) / 2),
    phraseCover: containedShare(claim.bigrams, other.bigrams),
    orderCover: share(sharedOrder(a.t, sa, b.t, sb), Math.min(a.t.length, b.t.length)),
    nameMiss: share(claimCover.missedNames, claim.names.size),
    figureConflict: differentFigure ? 0 : otherEvent ? 2 : Math.min(conflicts, 2),
    dateConflict: dateConflict ? 1 : 0,
    negationFlip: a.g !== b.g ? share(claimCover.matched, claimCover.total) ** 3 : 0,
    extraNameMiss: share(extraCover.missedNames, other.names.size),
    synonymCover: share(claimCover.synonymMatched, claimCover.total),
  };
  return { values, differentFigure };
}
