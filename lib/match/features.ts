/**
 * Per-sentence features: computed once per sentence (at index time for the corpus) and
 * stored, so that scoring a pair never re-analyses text. Kept compact because the store
 * holds one per corpus sentence.
 */
import { analyzeSentence, wordKey } from '../text/analyze';
import { UNSELECTIVE_INDEX_WORDS } from '../text/tables/stopwords';

export interface SentenceFeatures {
  /** Canonical terms in sentence order (see lib/text/analyze: stems, "#19%", "@7-23", "~war"). */
  t: string[];
  /** One mark per term: bit 1 = named entity, bit 2 = inside a quotation ('0'..'3'). */
  m: string;
  /** 1 when the sentence is negated (odd number of negation words), else 0. */
  g: 0 | 1;
  /** Word count including stop words. */
  w: number;
}

export const ENTITY_MARK = 1;
export const QUOTED_MARK = 2;

export function extractFeatures(text: string): SentenceFeatures {
  const { terms, negations, words } = analyzeSentence(text);
  return {
    t: terms.map((term) => term.key),
    m: terms.map((term) => String((term.entity ? ENTITY_MARK : 0) | (term.quoted ? QUOTED_MARK : 0))).join(''),
    g: negations % 2 === 1 ? 1 : 0,
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

/** Inverted-index keys: distinct terms without words too common in news to select anything. */
export function indexTerms(f: SentenceFeatures): string[] {
  const keys = new Set<string>();
  for (const term of f.t) {
    const monthOnly = term.startsWith('@') && !term.includes('-');
    if (!monthOnly && !UNSELECTIVE_INDEX_TERMS.has(term)) keys.add(term);
  }
  return [...keys];
}
