/**
 * The names each of two sentences gives that the other does not, for the claim view: the
 * same words about other people or places ("Zelensky will meet Putin in Istanbul" against
 * "…meet Trump in Washington") are the matcher's commonest mistake, and one the reader
 * should see at a glance. Spelling variants count as one name (Zelenskiy, Zelenskyy; Kiev,
 * Kyiv), as the matcher counts them.
 *
 * A capital letter alone does not make a name here: a machine translation capitalises common
 * words mid-sentence ("at Briefing", "Special Military Operation", "The Government of
 * Ukraine"). The matcher's entity mark (analyze.ts) stays as it is; this view asks more of a
 * capitalised word, from evidence of how it is written, since the shipped idf table carries no
 * case (it counts "briefing" in news about as often as "Putin"):
 *  - that neither sentence writes it lowercase ("the Ukraine War … to end the war"), every
 *    word of a name of several, so that "member states" leaves "United States" a name;
 *  - that it is not a common noun (tables/common-nouns, WordNet's nouns never capitalised)
 *    capitalised straight after a preposition in a sentence written in sentence case ("said
 *    in Moscow at Briefing"): the capital is a translation's, where the sentence writes its
 *    other words lowercase. A known name (tables/known-names) stays one;
 *  - that the framing table (compare/framing) does not write it lowercase: a framing term
 *    ("special military operation", "people's republic") is a wording, which the framing
 *    table compares, unless a name is in it ("Kiev regime", "Maidan revolution");
 *  - that it is not joined to a name both give ("Dmitry Peskov", "Government of Ukraine");
 *  - that it is not a wire story's dateline or credit ("ISTANBUL, July 23 (Reuters) -"): where
 *    a report was filed from and who sent it are not what it is about.
 *
 * A capital or a seat of power standing for its country's government ("Moscow said", "the
 * Kremlin rejected") names the country (tables/stand-ins): "Kiev accused Moscow" and "Ukraine
 * accused Russia" name the same actors. Not where it is a place ("talks in Moscow").
 */
import type { DifferingNames } from '../match/types';
import { termForDisplay } from './framing';
import { analyzeSentence, type Term } from '../text/analyze';
import { foldText } from '../text/normalize';
import { isKnownName } from '../text/tables/known-names';
import { countryStoodFor } from '../text/tables/stand-ins';
import { outletByName } from '../corpus/outlets';
import { TIME_WORDS } from '../text/tables/numbers';
import commonNouns from '../text/tables/common-nouns.json';
import { LruCache } from '../lru-cache';

/**
 * Capitalised titles around names: "President" on one side and not the other says nothing
 * about who is meant.
 */
const TITLES = new Set([
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'general', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'deputy', 'senator', 'governor', 'mayor', 'chancellor', 'envoy', 'special', 'former',
]);

/** Keys of words WordNet knows only as common nouns (scripts/common-nouns.ts). */
const COMMON_NOUNS: ReadonlySet<string> = new Set(commonNouns.keys);

/** A preposition right before a word: where a translation's stray capital sits ("at Briefing", "on Television"). */
const AFTER_PREPOSITION = /\b(?:at|in|on|of|to|for|from|with|by|into|during|after|before|about|under|over|via)\s+$/i;

/** Capitalised days ("Tuesday") say when, not who or where. */
const NOT_NAMES = new Set([...TITLES, ...TIME_WORDS]);

/**
 * Compares one page sentence with many reports, analysing the page sentence once (as
 * relatorFor does). Null unless each side gives a name the other lacks: a report that only
 * adds a name (its source) differs in nothing named.
 */
export function namesComparedWith(page: string): (report: string) => DifferingNames | null {
  const pageSide = namesSide(page);
  return (report) => {
    const reportSide = reportSideOf(report);
    const [onlyPage, onlyReport] = [namesMissing(pageSide, reportSide), namesMissing(reportSide, pageSide)];
    return onlyPage.length && onlyReport.length ? { page: onlyPage, report: onlyReport } : null;
  };
}

/**
 * Report sentences read for their names, kept: the background compares every page passage with
 * its reports, and a corpus sentence is a report of many passages and pages (bench:match: 2-3 ms
 * of a 2,000-word page's 20 without it). Read-only once made, so one side can serve them all.
 */
const REPORT_SIDES_KEPT = 2_000;
const reportSides = new LruCache<string, NamesSide>(REPORT_SIDES_KEPT);

function reportSideOf(report: string): NamesSide {
  let side = reportSides.get(report);
  if (!side) reportSides.set(report, (side = namesSide(report)));
  return side;
}

/** A sentence read for its names. */
export interface NamesSide {
  /** The sentence's names, once each, in order. A first word counts only if it is a known name
   *  (lib/text/tables/known-names), as in matching: any first word is capitalised. */
  names: Term[];
  keys: Set<string>;
  /**
   * Keys of words the sentence treats as common words: written lowercase somewhere, or a common
   * noun it capitalises after a preposition while writing its other words lowercase.
   */
  lowercase: Set<string>;
  /** The keys of the actors it names: each term's own, and the country a stand-in names. */
  actors: Set<string>;
  /** Folded as the terms' raw words are (curly apostrophes straightened), to find them in it. */
  text: string;
}

/** `terms`: the sentence's, when it was analysed already. */
export function namesSide(sentence: string, terms: readonly Term[] = analyzeSentence(sentence).terms): NamesSide {
  const text = foldText(sentence);
  const seen = new Set<string>();
  const names = terms.filter((t) => t.entity && !NOT_NAMES.has(t.raw.toLowerCase()) && !isFramingWording(t) && !isWireCredit(t, text) && !seen.has(t.key) && seen.add(t.key));
  const lowercase = new Set(terms.filter((t) => /^\p{Ll}/u.test(t.raw)).map((t) => t.key));
  // In sentence case only: where every word is capitalised (a headline), no capital stands out.
  if (lowercase.size > 0) for (const t of names) if (isCapitalisedCommonNoun(t, text)) lowercase.add(t.key);
  const actors = new Set(terms.map((t) => (t.entity && actorOf(t, text)) || t.key));
  return { names, keys: new Set(terms.map((t) => t.key)), lowercase, actors, text };
}

/** Words before a name that make it a place, not an actor: "in Moscow", "to the Kremlin". */
const PLACE_BEFORE = /\b(?:in|at|to|from|into|near|outside|around|across|visit|visits|visited|visiting)\s+(?:the\s+)?$/i;

/** The country a stand-in names where it acts ("Moscow said"), not where it is a place ("in Moscow"). */
function actorOf(term: Term, text: string): string | undefined {
  const country = countryStoodFor(term.key);
  if (country === undefined) return undefined;
  const at = text.indexOf(term.raw);
  return at >= 0 && PLACE_BEFORE.test(text.slice(0, at)) ? undefined : country;
}

/** A single capitalised word WordNet knows only as a common noun, right after a preposition, and no known name. */
function isCapitalisedCommonNoun(term: Term, text: string): boolean {
  if (!COMMON_NOUNS.has(term.key) || /\s/.test(term.raw) || isKnownName(term.raw.toLowerCase())) return false;
  const at = text.indexOf(term.raw);
  return at >= 0 && AFTER_PREPOSITION.test(text.slice(0, at));
}

/** A dateline's place (in capitals, opening the sentence before a comma) or a news outlet's name: "ISTANBUL, July 23 (Reuters) -". */
function isWireCredit(term: Term, text: string): boolean {
  const dateline = term.raw.length > 1 && term.raw === term.raw.toUpperCase() && text.trimStart().startsWith(`${term.raw},`);
  return dateline || outletByName(term.raw) !== null;
}

/**
 * The names of `side`, as written, that `other` does not give. Terms are single words, so the
 * words of one name written together ("United States") are joined again: shown apart they read
 * as two names ("United, States").
 */
export function namesMissing(side: NamesSide, other: NamesSide): string[] {
  const written = (t: Term) => side.lowercase.has(t.key) || other.lowercase.has(t.key);
  const given = (t: Term) => other.keys.has(t.key) || other.actors.has(actorOf(t, side.text) ?? t.key);
  // A whole name, not each word: "the United States and EU member states" still names the United States.
  const named = runsOf(side.text, side.names, (t) => t.raw).filter((run) => !run.every(written)).flat();
  const missing = partsOfShared(side.text, named.filter(given).map((t) => t.raw), named.filter((t) => !given(t)).map((t) => t.raw));
  return runsOf(side.text, missing, (word) => word).map((run) => run.join(' '));
}

/** Words, in order, grouped as `text` writes them together ("United States"). */
function runsOf<W>(text: string, words: W[], raw: (word: W) => string): W[][] {
  return words.reduce<W[][]>((runs, word) => {
    const last = runs[runs.length - 1];
    if (last && text.includes(`${raw(last[last.length - 1])} ${raw(word)}`)) last.push(word);
    else runs.push([word]);
    return runs;
  }, []);
}

/**
 * `words` less those joined in `text` to a name both sentences give, directly or through
 * another such word: before it ("Dmitry Peskov"), or as what it is of where that is a known
 * place ("Government of Ukraine"). Not after it: after a first name comes a surname, another
 * person ("Sergey Lavrov", "Sergey Ryabkov"). An owner is no part of what it owns: "Ukraine's
 * Umerov" is Umerov, not Ukraine.
 */
function partsOfShared(text: string, shared: string[], words: string[]): string[] {
  const parts = new Set(shared);
  const joined = (word: string, name: string) => !isPossessive(word)
    && (text.includes(`${word} ${name}`) || (isKnownName(name.toLowerCase()) && text.includes(`${word} of ${name}`)));
  let rest = words;
  for (let grew = true; grew; ) {
    const attached = rest.filter((word) => [...parts].some((name) => joined(word, name)));
    attached.forEach((word) => parts.add(word));
    rest = rest.filter((word) => !parts.has(word));
    grew = attached.length > 0;
  }
  return rest;
}

/** A framing term the framing table writes without a capital: "Special Military Operation", not "Kiev". */
function isFramingWording(term: Term): boolean {
  return term.kind === 'concept' && !/\p{Lu}/u.test(termForDisplay(term.raw.toLowerCase()));
}

function isPossessive(word: string): boolean {
  return /'s?$/.test(word);
}
