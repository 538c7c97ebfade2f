/**
 * Per-sentence features: computed once per sentence (at index time for the corpus) and
 * stored, so that scoring a pair never re-analyses text. Kept compact because the store
 * holds one per corpus sentence.
 */
import { analyzeSentence, wordKey } from '../text/analyze';
import { UNSELECTIVE_INDEX_WORDS } from '../text/tables/stopwords';
import { termWeight } from './idf';

export interface SentenceFeatures {
  /** Canonical terms in sentence order (see lib/text/analyze: stems, "#19%", "@7-23", "~war"). */
  t: string[];
  /** One mark per term: bit 1 = named entity, bit 2 = inside a quotation ('0'..'3'). */
  m: string;
  /** 1 when the sentence is negated (an odd number of negation words, or a denying verb), else 0. */
  g: 0 | 1;
  /** Word count including stop words. */
  w: number;
}

export const ENTITY_MARK = 1;
export const QUOTED_MARK = 2;

export function extractFeatures(text: string): SentenceFeatures {
  const { terms, negations, denials, words } = analyzeSentence(text);
  return {
    t: terms.map((term) => term.key),
    m: terms.map((term) => String((term.entity ? ENTITY_MARK : 0) | (term.quoted ? QUOTED_MARK : 0))).join(''),
    g: negations % 2 === 1 || denials > 0 ? 1 : 0,
    w: words,
  };
}

/** A number term ("#5438", "#19%", "#3th"). */
export function isNumber(term: string): boolean {
  return term.startsWith('#');
}

/** A date term: a month ("@6") or a day of a month ("@6-23"). */
export function isDate(term: string): boolean {
  return term.startsWith('@');
}

const UNSELECTIVE_INDEX_TERMS = new Set(UNSELECTIVE_INDEX_WORDS.map(wordKey));

/** The terms whose pairs are indexed: a sentence's most distinctive few (see indexTerms). */
export const PAIRED_TERMS = 4;

/**
 * Inverted-index keys: distinct terms without words too common in news to select anything,
 * and the pairs of the sentence's PAIRED_TERMS most distinctive terms ("bridg&valmora"). In a
 * large corpus each content word is carried by thousands of sentences and finds no candidates
 * (postings.ts); two of them together still single out the few sentences that share both.
 */
export function indexTerms(f: SentenceFeatures): string[] {
  const terms = indexedTerms(f);
  return [...terms, ...termPairs(terms)];
}

/** The sentence's distinct terms the index keeps (indexTerms without the pair keys): the terms corpus counts are read for. */
export function indexedTerms(f: SentenceFeatures): string[] {
  const keys = new Set<string>();
  for (const term of f.t) {
    const monthOnly = term.startsWith('@') && !term.includes('-');
    if (!monthOnly && !UNSELECTIVE_INDEX_TERMS.has(term)) keys.add(term);
  }
  return [...keys];
}

/** Pair keys of the most distinctive terms by the general idf table, so page and corpus agree. */
function termPairs(terms: string[]): string[] {
  const distinctive = [...terms]
    .sort((a, b) => termWeight(b) - termWeight(a) || (a < b ? -1 : 1))
    .slice(0, PAIRED_TERMS)
    .sort();
  const pairs: string[] = [];
  for (let i = 0; i < distinctive.length; i++) {
    for (let j = i + 1; j < distinctive.length; j++) pairs.push(`${distinctive[i]}${PAIR_JOINER}${distinctive[j]}`);
  }
  return pairs;
}

/** Joins a pair key's terms; no term contains it. */
const PAIR_JOINER = '&';

/** The two terms of a pair key, or null for a single term. */
export function pairParts(key: string): [string, string] | null {
  const at = key.indexOf(PAIR_JOINER);
  return at < 0 ? null : [key.slice(0, at), key.slice(at + 1)];
}
