/**
 * The evidence that two sentences report the same claim, as a fixed-length numeric vector
 * for the logistic model in score.ts. Every feature is symmetric in the two sentences.
 */
import { bestMatch, longestCommonSubsequence } from './align';
import { ENTITY_MARK, isFigure, QUOTED_MARK, type SentenceFeatures } from './features';
import { termWeight, type TermWeight } from './idf';

export const PAIR_FEATURE_NAMES = [
  'alignedShare',       // idf-weighted share of terms aligned, the less covered side
  'alignedShareMax',    // the same, the better covered side
  'termDice',           // unweighted Dice overlap of distinct terms
  'bigramDice',         // Dice overlap of adjacent-term pairs (word order, phrasing)
  'orderedShare',       // longest common term subsequence / longer sequence
  'figureConflict',     // both sides have a number or date the other lacks: contradiction
  'figureUnmatched',    // share of all numbers and dates left unmatched
  'figureShared',       // at least one number or date in common
  'entityConflict',     // both sides name entities the other does not
  'entityShare',        // share of named entities aligned, the less covered side
  'negationMismatch',   // one side negated, the other not
  'lengthRatio',        // shorter / longer word count
  'shortLength',        // log of the shorter side's term count
  'unmatchedWeight',    // log idf mass left unaligned on the side with more
  'sharedWeight',       // log idf mass aligned (how much information is shared)
  'quoteOverlap',       // Dice overlap of quoted terms when both sides quote
] as const;

export type PairFeatureName = (typeof PAIR_FEATURE_NAMES)[number];

interface SideSummary {
  terms: Set<string>;
  entities: Set<string>;
  figures: Set<string>;
  quoted: Set<string>;
  bigrams: Set<string>;
}

/** Summaries are cached per features object: a page sentence is scored against many candidates. */
const summaries = new WeakMap<SentenceFeatures, SideSummary>();

function summarise(f: SentenceFeatures): SideSummary {
  const cached = summaries.get(f);
  if (cached) return cached;
  const side: SideSummary = { terms: new Set(), entities: new Set(), figures: new Set(), quoted: new Set(), bigrams: new Set() };
  f.t.forEach((term, i) => {
    side.terms.add(term);
    const mark = Number(f.m[i]);
    if (mark & ENTITY_MARK) side.entities.add(term);
    if (mark & QUOTED_MARK) side.quoted.add(term);
    if (isFigure(term)) side.figures.add(term);
    if (i > 0) side.bigrams.add(`${f.t[i - 1]} ${term}`);
  });
  summaries.set(f, side);
  return side;
}

interface Coverage {
  share: number;
  matchedWeight: number;
  unmatchedWeight: number;
  unmatchedFigures: number;
  unmatchedEntities: number;
}

/** How much of `from` is aligned in `to`, by idf weight, and which figures and names are left over. */
function coverage(from: SideSummary, to: SideSummary, weigh: TermWeight): Coverage {
  const result: Coverage = { share: 0, matchedWeight: 0, unmatchedWeight: 0, unmatchedFigures: 0, unmatchedEntities: 0 };
  for (const term of from.terms) {
    const weight = weigh(term);
    const isName = from.entities.has(term);
    const similarity = bestMatch(term, to.terms, isName, to.entities);
    result.matchedWeight += weight * similarity;
    result.unmatchedWeight += weight * (1 - similarity);
    if (similarity === 0 && from.figures.has(term)) result.unmatchedFigures++;
    if (similarity === 0 && isName) result.unmatchedEntities++;
  }
  const total = result.matchedWeight + result.unmatchedWeight;
  result.share = total > 0 ? result.matchedWeight / total : 0;
  return result;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** The feature vector, in PAIR_FEATURE_NAMES order. `weigh` is replaceable for training. */
export function pairFeatures(a: SentenceFeatures, b: SentenceFeatures, weigh: TermWeight = termWeight): number[] {
  const sa = summarise(a);
  const sb = summarise(b);
  const ab = coverage(sa, sb, weigh);
  const ba = coverage(sb, sa, weigh);
  const figuresOnlyA = ab.unmatchedFigures;
  const figuresOnlyB = ba.unmatchedFigures;
  const figureTotal = sa.figures.size + sb.figures.size;
  const entitiesOnlyA = ab.unmatchedEntities;
  const entitiesOnlyB = ba.unmatchedEntities;
  const entityShareA = sa.entities.size ? 1 - entitiesOnlyA / sa.entities.size : 1;
  const entityShareB = sb.entities.size ? 1 - entitiesOnlyB / sb.entities.size : 1;
  const longer = Math.max(a.t.length, b.t.length);

  const values: Record<PairFeatureName, number> = {
    alignedShare: Math.min(ab.share, ba.share),
    alignedShareMax: Math.max(ab.share, ba.share),
    termDice: dice(sa.terms, sb.terms),
    bigramDice: dice(sa.bigrams, sb.bigrams),
    orderedShare: longer ? longestCommonSubsequence(a.t, b.t) / longer : 0,
    figureConflict: figuresOnlyA > 0 && figuresOnlyB > 0 ? 1 : 0,
    figureUnmatched: figureTotal ? (figuresOnlyA + figuresOnlyB) / figureTotal : 0,
    figureShared: figuresOnlyA < sa.figures.size ? 1 : 0,
    entityConflict: Math.min(entitiesOnlyA, entitiesOnlyB, 3) / 3,
    entityShare: Math.min(entityShareA, entityShareB),
    negationMismatch: a.g !== b.g ? 1 : 0,
    lengthRatio: Math.max(a.w, b.w) ? Math.min(a.w, b.w) / Math.max(a.w, b.w) : 0,
    shortLength: Math.log1p(Math.min(a.t.length, b.t.length)),
    unmatchedWeight: Math.log1p(Math.max(ab.unmatchedWeight, ba.unmatchedWeight)),
    sharedWeight: Math.log1p((ab.matchedWeight + ba.matchedWeight) / 2),
    quoteOverlap: sa.quoted.size && sb.quoted.size ? dice(sa.quoted, sb.quoted) : 0,
  };
  return PAIR_FEATURE_NAMES.map((name) => values[name]);
}
