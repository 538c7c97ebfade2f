/**
 * Whether two sentences whose figures conflict (countedConflicts: another number for the same
 * counted thing) tell one fact with another figure, in whatever words: "Ukraine said it shot
 * down four drones overnight" / "Two drones were downed during the night, Kyiv said". Sentences
 * on one story share the counted thing far more often than they share the fact ("a record 8,150
 * drones in May" / "5,438 drones in June"; "killed 3 people in Kharkiv" / "5 people in Odesa"),
 * so every other sign of the same fact must be there:
 *
 * - no other time: both dated and no month, weekday or year in common is another fact;
 * - no other people or places: a name told on one side (outside its attribution,
 *   lib/text/attribution.ts) that the other lacks is another fact ("in Odesa") or another scope
 *   of the count (a region's share of a national total). Who said it may differ ("Ukraine
 *   said" / "Kyiv said"): sources disputing a figure are what the reader is shown;
 * - the same polarity (one side negated is the fact denied);
 * - what one side tells, its attribution and the figures aside, found in the other: as much of
 *   its idf mass as the matcher asks of a claim restated with another figure
 *   (RESTATED_CLAIM_COVER), most of what the other side tells too (TOLD_BY_BOTH), and as much
 *   shared information as the matcher asks of any claim (MIN_CLAIM_INFORMATION). Rewording is read more loosely than the matcher reads it, as only
 *   pairs with a conflicting figure get here: a WordNet synonym counts (synonyms.ts), so does a
 *   word the other side's analysis dropped as a stop word (a verb's particle: "shot down" /
 *   "downed"), and the head of a closed compound ("overnight" / "night").
 *
 * The claim model's score with the figure conflict set aside was tried instead: the reworded
 * drone pair scores 0.17 and "killed 3 people in Kharkiv" / "5 people in Odesa" 0.74, since the
 * model, fit on MSRP, weighs a missing name little (nameMiss) and paraphrase much.
 */
import { namesMissing, namesSide, type NamesSide } from '../compare/names';
import { bestMatch } from '../match/align';
import { MIN_CLAIM_INFORMATION } from '../match/claim-probability';
import { isDate, type SentenceFeatures } from '../match/features';
import { countedConflicts } from '../match/figures';
import { termWeight } from '../match/idf';
import { RESTATED_CLAIM_COVER } from '../match/pair-features';
import { synonymGroups } from '../match/synonyms';
import { analyzeSentence, wordKey, type Term } from '../text/analyze';
import { withoutAttribution } from '../text/attribution';
import { WEEKDAYS } from '../text/tables/numbers';

/**
 * Share of what the side that tells more tells that the other must have too: what it adds can
 * make its figure another one ("had forecast adding 4.5 million subscribers, a target…" /
 * "added 6.1 million subscribers"; "revenue from its consumer banking division fell 3% as
 * customers moved savings into…" / "revenue from its markets division jumped 23%"). The share
 * of the longer sentence's words the check asked both sides to keep, before it read rewording.
 */
const TOLD_BY_BOTH = 0.6;

/** A year as news writes one: four digits, no thousands separator. */
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
/** Letters the head of a closed compound has at least: shorter endings are suffixes or chance ("fire" in "ceasefire"). */
const COMPOUND_HEAD_LETTERS = 5;
const WEEKDAY_WORDS = new Set(WEEKDAYS);

/** A sentence prepared once for the pairs it is checked in. */
export interface FactSide {
  keys: readonly string[];
  negated: boolean;
  termSet: Set<string>;
  nameKeys: Set<string>;
  /** Names of the whole sentence, attribution included: what it gives. */
  names: NamesSide;
  /** Names of what it tells, its attribution aside. */
  toldNames: NamesSide;
  /** Distinct terms of what it tells. */
  told: Term[];
  /** Every word's key, stop words included. */
  words: Set<string>;
  /** Synonym groups of its terms but names. */
  groups: Set<number>;
  months: Set<string>;
  weekdays: Set<string>;
  years: Set<string>;
}

export function factSide(text: string, features: SentenceFeatures): FactSide {
  const { terms } = analyzeSentence(text);
  const toldText = withoutAttribution(text);
  const told = analyzeSentence(toldText).terms;
  const names = terms.filter((t) => t.entity);
  const plain = terms.filter((t) => !t.entity);
  return {
    keys: features.t,
    negated: features.g === 1,
    termSet: new Set(features.t),
    nameKeys: new Set(names.map((t) => t.key)),
    names: namesSide(text, terms),
    toldNames: namesSide(toldText, told),
    told: [...new Map(told.map((t) => [t.key, t])).values()],
    words: new Set((text.toLowerCase().match(WORD) ?? []).map(wordKey)),
    groups: new Set(plain.flatMap((t) => synonymGroups(t.key))),
    months: new Set(features.t.filter(isDate).map((t) => t.split('-')[0])),
    weekdays: new Set(terms.map((t) => t.raw.toLowerCase()).filter((w) => WEEKDAY_WORDS.has(w))),
    years: new Set(text.match(YEAR) ?? []),
  };
}

/** Whether the two sentences tell one fact, one of its figures other (see the top of this file). */
export function tellSameFact(a: FactSide, b: FactSide): boolean {
  if (a.negated !== b.negated) return false;
  if (otherTime(a.months, b.months) || otherTime(a.weekdays, b.weekdays) || otherTime(a.years, b.years)) return false;
  const conflicts = countedConflicts(a.keys, b.keys);
  if (conflicts.length === 0) return false;
  if (namesMissing(a.toldNames, b.names).length > 0 || namesMissing(b.toldNames, a.names).length > 0) return false;
  const figures = new Set(conflicts.flat());
  const [ab, ba] = [cover(a, b, figures), cover(b, a, figures)];
  const share = ({ matched, total }: Cover) => (total > 0 ? matched / total : 0);
  const [claim, more] = share(ab) >= share(ba) ? [share(ab), share(ba)] : [share(ba), share(ab)];
  return (ab.matched + ba.matched) / 2 >= MIN_CLAIM_INFORMATION && claim >= RESTATED_CLAIM_COVER && more >= TOLD_BY_BOTH;
}

/** Both sides say when, and never alike. */
function otherTime(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}

interface Cover {
  /** Idf mass of what `from` tells, and how much of it `to` has. */
  total: number;
  matched: number;
}

/** How much of what `from` tells, `skip` aside, is found in `to`. */
function cover(from: FactSide, to: FactSide, skip: ReadonlySet<string>): Cover {
  const result: Cover = { total: 0, matched: 0 };
  for (const term of from.told) {
    if (skip.has(term.key)) continue;
    const weight = termWeight(term.key);
    result.total += weight;
    result.matched += weight * found(term, to);
  }
  return result;
}

/** Similarity 0..1 of a term to `to`: as the matcher finds it, or for a word reworded (see the top of this file). */
function found(term: Term, to: FactSide): number {
  const similarity = bestMatch(term.key, to.termSet, term.entity, to.nameKeys);
  if (similarity > 0 || term.entity) return similarity;
  if (to.words.has(term.key) || synonymGroups(term.key).some((group) => to.groups.has(group))) return 1;
  return [...to.termSet].some((other) => compounded(term.key, other)) ? 1 : 0;
}

/** One word is the other's head as a closed compound ("overnight" / "night"). */
function compounded(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= COMPOUND_HEAD_LETTERS && longer.length > shorter.length
    && LETTERS_ONLY.test(longer) && longer.endsWith(shorter);
}
