/**
 * Turns a sentence into canonical terms: content words (spelling variants, synonyms and
 * framing variants unified, then Porter-stemmed), numbers with their scale and percent sign,
 * dates, units and framing concepts. Stop words, negations and boilerplate phrases are
 * consumed here so that every later stage sees only claim-bearing terms.
 */
import { stemmer } from 'stemmer';
import { FRAMING_CONCEPTS } from '../compare/framing';
import { BOILERPLATE_PHRASES } from './tables/boilerplate';
import { DENYING_WORDS, NEGATED_CONTRACTION_SUFFIX, NEGATION_WORDS, UNMARKED_NEGATED_CONTRACTIONS } from './tables/negation';
import {
  AMBIGUOUS_MONTHS, ATTACHED_SCALES, ATTACHED_UNITS, MONTHS, PERCENT_PHRASES, SCALE_WORDS, SPELLED_NUMBERS,
  SPELLED_ORDINALS, UNIT_PHRASES,
} from './tables/numbers';
import { STOP_WORDS } from './tables/stopwords';
import { SYNONYMS } from './tables/synonyms';
import { isKnownName } from './tables/known-names';
import { canonicalSpelling, IZE_ROOTS } from './tables/variants';
import { PhraseTable } from './phrases';
import { digitValue, tokenize, type Token } from './tokenize';

export type TermKind = 'word' | 'number' | 'date' | 'unit' | 'concept';

export interface Term {
  /** Canonical key: a stem ("negoti"), "#5438", "#19%", "@7-23", "~war". */
  key: string;
  kind: TermKind;
  /** A capitalised name (not merely a capitalised first word). */
  entity: boolean;
  /** Inside a quoted statement (quotesStatement): someone's words, not a term held at a distance. */
  quoted: boolean;
  /** The source words, for display ("5,438", "per cent"). */
  raw: string;
}

export interface SentenceAnalysis {
  terms: Term[];
  /** Number of negation words ("not", "no", "never", "-n't"). */
  negations: number;
  /** Number of denying verbs ("denied", "rejected"). */
  denials: number;
  /** Number of word and number tokens, stop words included. */
  words: number;
}

const boilerplate = new PhraseTable(BOILERPLATE_PHRASES.map((p) => [p, true] as const));
const percentPhrases = new PhraseTable(PERCENT_PHRASES.map((words) => [words.join(' '), true] as const).concat([['%', true]]));
const unitPhrases = new PhraseTable(UNIT_PHRASES.map(([words, unit]) => [words.join(' '), unit] as const));
const framingPhrases = new PhraseTable(FRAMING_CONCEPTS.flatMap((c) => c.terms.map((t) => [t, `~${c.id}`] as const)));

/** One-word framing terms ("kiev", "invasion") -> concept key, also reached through a spelling variant ("luhansko"). */
const framingWords = new Map(FRAMING_CONCEPTS.flatMap((c) => c.terms.filter((t) => /^\p{L}+$/u.test(t)).map((t) => [t, `~${c.id}`] as const)));

const IZE_FORM = /^(\p{L}+?)is(e|ed|es|ing|ation|ations)$/u;

/** Word -> canonical stem, memoised: stemming dominates analysis time and news vocabulary repeats. */
const wordKeys = new Map<string, string>();

/** Canonical stem of one lowercase word. */
export function wordKey(lower: string): string {
  const known = wordKeys.get(lower);
  if (known !== undefined) return known;
  const key = canonicalStem(lower);
  wordKeys.set(lower, key);
  return key;
}

function canonicalStem(lower: string): string {
  const word = spelled(lower);
  const concept = framingWords.get(word);
  if (concept) return concept;
  return stemmer(SYNONYMS.get(word) ?? word);
}

/** One spelling of a lowercase word: variants ("Kiev", "Zelenskiy", "defence") and -ise forms folded. */
function spelled(lower: string): string {
  const word = canonicalSpelling(lower);
  const ize = IZE_FORM.exec(word);
  return ize && IZE_ROOTS.has(ize[1]) ? `${ize[1]}iz${ize[2]}` : word;
}

/**
 * A word's stem with its spelling folded but not its sense: how a quotation is worded.
 * "Kiev" and "Kyiv" are one word in a quote, "stalling" and "delaying" are not, though the
 * matcher's key (wordKey) reads them alike.
 */
export function spellingKey(lower: string): string {
  return stemmer(spelled(lower));
}

export function analyzeSentence(text: string): SentenceAnalysis {
  const tokens = tokenize(text);
  const terms: Term[] = [];
  let negations = 0;
  let denials = 0;
  let words = 0;
  const firstWordIndex = tokens.findIndex((t) => t.kind !== 'quote');
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (token.kind === 'quote') { i++; continue; }
    if (countsAsWord(token)) words++;
    const skip = boilerplate.matchAt(tokens, i);
    if (skip) { words += skip.length - 1; i += skip.length; continue; }
    const number = readNumber(tokens, i);
    if (number) {
      terms.push(...number.terms);
      words += tokens.slice(i + 1, i + number.length).filter(countsAsWord).length;
      i += number.length;
      continue;
    }
    const month = readMonth(tokens, i, i === firstWordIndex);
    if (month) { terms.push(month.term); words += month.length - 1; i += month.length; continue; }
    const concept = framingPhrases.matchAt(tokens, i);
    if (concept) {
      const span = tokens.slice(i, i + concept.length);
      const entity = token.capitalised && (i !== firstWordIndex || isKnownName(token.lower));
      terms.push({ key: concept.value, kind: 'concept', entity, quoted: quotesStatement(token), raw: joinRaw(span) });
      words += concept.length - 1;
      i += concept.length;
      continue;
    }
    i++;
    if (token.kind !== 'word') continue;
    if (isNegation(token, tokens[i])) { negations++; continue; }
    if (DENYING_WORDS.has(token.lower)) denials++;
    if (STOP_WORDS.has(token.lower) || token.lower.length < 2) continue;
    const entity = token.capitalised && (i - 1 !== firstWordIndex || isKnownName(token.lower) || isAllCaps(token.text));
    terms.push({ key: wordKey(token.lower), kind: 'word', entity, quoted: quotesStatement(token), raw: token.text });
  }
  return { terms, negations, denials, words };
}

/**
 * A quotation of fewer words is a term the writer holds at a distance (Gabbard's 'false'
 * narrative, a 'coup', "overwhelming evidence"), not a statement someone made: two sentences
 * quoting different such terms do not quote one statement in different words.
 */
const QUOTED_STATEMENT_WORDS = 3;

function quotesStatement(token: Token): boolean {
  return token.quotationWords >= QUOTED_STATEMENT_WORDS;
}

function isNegation(token: Token, next: Token | undefined): boolean {
  if (next?.hyphenated) return false;
  return NEGATION_WORDS.has(token.lower) || UNMARKED_NEGATED_CONTRACTIONS.has(token.lower) || token.lower.endsWith(NEGATED_CONTRACTION_SUFFIX);
}

/**
 * Source words joined for display: a percent sign, a scale or unit written onto a number and a
 * number after a currency sign stick to it ("19%", "$1.2bn", "42°C"), a hyphen stays ("forty-five").
 */
function joinRaw(tokens: readonly Token[]): string {
  return tokens.map((t, k) => (k === 0 || t.kind === 'percent' || t.attached || tokens[k - 1].kind === 'currency' ? '' : t.hyphenated ? '-' : ' ') + t.text).join('');
}

function isAllCaps(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase();
}

interface Read { terms: Term[]; length: number }

/**
 * A number at `at` with its currency sign, scale, percent sign or unit, or a day-month date
 * ("23 July"). The sign is quoted back with the figure but gives no term: a term for it was
 * tried (Dec 2026, `npm run eval`) and cost the labelled and blind pages a sentence or two,
 * the figure and its scale being what tells two reports' amounts apart. A scale or unit
 * written onto the number counts as when spaced.
 */
function readNumber(tokens: readonly Token[], at: number): Read | null {
  if (tokens[at].kind !== 'currency') return readFigure(tokens, at);
  const figure = tokens[at + 1] && readFigure(tokens, at + 1);
  if (!figure || figure.terms[0].kind !== 'number') return null;
  const [number, ...rest] = figure.terms;
  return { terms: [{ ...number, raw: joinRaw(tokens.slice(at, at + 1 + figure.length)) }, ...rest], length: figure.length + 1 };
}

function readFigure(tokens: readonly Token[], at: number): Read | null {
  const first = tokens[at];
  let value: number;
  let length = 1;
  let ordinal = first.kind === 'ordinal';
  const spelled = SPELLED_NUMBERS.get(first.lower);
  const spelledOrdinal = SPELLED_ORDINALS.get(first.lower);
  if (first.kind === 'number' || first.kind === 'ordinal') {
    value = digitValue(first.lower);
  } else if (spelled !== undefined) {
    value = spelled;
    const units = tokens[at + 1] && SPELLED_NUMBERS.get(tokens[at + 1].lower);
    if (value >= 20 && value % 10 === 0 && units !== undefined && units < 10) { value += units; length++; }
  } else if (spelledOrdinal !== undefined) {
    value = spelledOrdinal;
    ordinal = true;
  } else {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  let scale: number | undefined;
  while ((scale = scaleAt(tokens[at + length])) !== undefined) { value *= scale; length++; }

  const monthAfter = tokens[at + length] && MONTHS.get(tokens[at + length].lower);
  if (monthAfter && isDay(value) && first.kind !== 'word') {
    return { terms: [dateTerm(monthAfter, value, tokens.slice(at, at + length + 1))], length: length + 1 };
  }
  const percent = tokens[at + length] ? percentPhrases.matchAt(tokens, at + length) : null;
  if (percent) length += percent.length;
  const raw = joinRaw(tokens.slice(at, at + length));
  const key = `#${roundForKey(value)}${percent ? '%' : ordinal ? 'th' : ''}`;
  const terms: Term[] = [{ key, kind: 'number', entity: false, quoted: quotesStatement(first), raw }];
  const attachedUnit = tokens[at + length]?.attached ? ATTACHED_UNITS.get(tokens[at + length].lower) : undefined;
  const unit = attachedUnit ? { value: attachedUnit, length: 1 } : tokens[at + length] ? unitPhrases.matchAt(tokens, at + length) : null;
  if (unit) {
    terms.push({ key: unit.value, kind: 'unit', entity: false, quoted: quotesStatement(first), raw: joinRaw(tokens.slice(at + length, at + length + unit.length)) });
    length += unit.length;
  }
  return { terms, length };
}

/** A currency sign and a scale or unit written onto a number are part of the number's word ("$1.2bn" is one). */
function countsAsWord(token: Token): boolean {
  return token.kind !== 'currency' && !token.attached;
}

/** The scale a token gives the number before it ("million", "bn", the "m" of "248m"), if any. */
function scaleAt(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  return SCALE_WORDS.get(token.lower) ?? (token.attached ? ATTACHED_SCALES.get(token.lower) : undefined);
}

/** A month name, with a following day number when there is one ("July 23"). */
function readMonth(tokens: readonly Token[], at: number, sentenceInitial: boolean): { term: Term; length: number } | null {
  const token = tokens[at];
  const month = MONTHS.get(token.lower);
  if (month === undefined || token.kind !== 'word') return null;
  const next = tokens[at + 1];
  const dayFollows = next && (next.kind === 'number' || next.kind === 'ordinal') && isDay(digitValue(next.lower))
    && !(tokens[at + 2] && (SCALE_WORDS.has(tokens[at + 2].lower) || percentPhrases.matchAt(tokens, at + 2)));
  if (dayFollows) return { term: dateTerm(month, digitValue(next.lower), [token, next]), length: 2 };
  const clearlyMonth = !AMBIGUOUS_MONTHS.has(token.lower) || (token.capitalised && !sentenceInitial);
  if (!clearlyMonth || !token.capitalised) return null;
  return { term: { key: `@${month}`, kind: 'date', entity: false, quoted: quotesStatement(token), raw: token.text }, length: 1 };
}

function dateTerm(month: number, day: number, span: readonly Token[]): Term {
  return { key: `@${month}-${day}`, kind: 'date', entity: false, quoted: quotesStatement(span[0]), raw: joinRaw(span) };
}

function isDay(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 31;
}

/** Six significant digits: enough to tell figures apart, stable across "2.5 billion" / "2,500 million". */
function roundForKey(value: number): string {
  return String(Number(value.toPrecision(6)));
}
