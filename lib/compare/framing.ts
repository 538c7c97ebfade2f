/**
 * Framing variants: different words outlets use for the same referent, often carrying a
 * stance (Kiev/Kyiv, "special military operation"/invasion/war, liberated/occupied).
 * The matcher treats the terms of one concept as the same word (so framing differences do not
 * hide a shared claim); the comparison view reports which term each source chose.
 */
import { foldText } from '../text/normalize';
import { PhraseTable } from '../text/phrases';
import { QuotationReader } from '../text/quotation';

export interface FramingConcept {
  /** Short stable key, also used as the matcher's canonical term for the concept. */
  id: string;
  /** What the terms refer to, for display. */
  concept: string;
  /** Surface forms, lowercase, straight apostrophes. */
  terms: readonly string[];
  /**
   * Fixed phrases holding a term in another sense ("prisoners of war", "Cold War"): read as a
   * whole where they stand, they count for nothing. Lowercase, straight apostrophes.
   */
  notTerms?: readonly string[];
}

export const FRAMING_CONCEPTS: readonly FramingConcept[] = [
  { id: 'kyiv', concept: 'capital of Ukraine', terms: ['kyiv', 'kiev'] },
  { id: 'zelensky', concept: 'President of Ukraine', terms: ['zelensky', 'zelenskyy', 'zelenskiy', 'zelenskyi'] },
  { id: 'luhansk', concept: 'Luhansk region', terms: ['luhansk', 'lugansk'] },
  {
    id: 'war',
    concept: 'the Russia-Ukraine war',
    terms: ['special military operation', 'military operation', 'invasion', 'full-scale invasion', 'war', 'conflict', 'ukraine crisis'],
    notTerms: [
      'prisoner of war', 'prisoners of war', 'cold war', 'world war', 'civil war', 'trade war', 'trade wars', 'tariff war', 'price war', 'culture war', 'culture wars',
      'war crime', 'war crimes', 'war criminal', 'war criminals', 'war of words', 'war chest',
      'conflict of interest', 'conflicts of interest', 'invasion of privacy',
    ],
  },
  {
    id: 'taken',
    concept: 'territory under Russian control',
    terms: ['liberated', 'liberation', 'occupied', 'occupation', 'captured', 'seized', 'taken control', 'annexed', 'reunified', 'reunification'],
  },
  {
    id: 'maidan',
    concept: 'the 2014 change of government in Ukraine',
    terms: ['maidan revolution', 'revolution of dignity', 'euromaidan', 'maidan', 'armed coup', 'coup d\'etat', 'western-backed coup', 'unconstitutional coup'],
  },
  {
    id: 'ukr-forces',
    // "Kiev regime" names Ukraine's government as much as its army: the concept is both.
    concept: "Ukraine's government and forces",
    terms: ['ukrainian armed forces', 'ukrainian forces', 'ukrainian troops', 'kiev regime', 'kyiv regime', 'ukrainian army'],
  },
  { id: 'dpr-lpr', concept: 'Russian-backed entities in Donbas', terms: ['people\'s republic', 'separatist republic', 'breakaway region', 'self-proclaimed republic'] },
];

/** Words of the terms that are names, capitalised when a term is shown ("Kyiv", "Kiev regime"). */
const NAME_WORDS = new Set(['kyiv', 'kiev', 'zelensky', 'zelenskyy', 'zelenskiy', 'zelenskyi', 'luhansk', 'lugansk', 'ukraine', 'ukrainian', 'maidan', 'euromaidan', 'western']);

/** Terms shown otherwise than word by word: a name of several words, a folded accent. */
const SHOWN_AS: Readonly<Record<string, string>> = { 'revolution of dignity': 'Revolution of Dignity', "coup d'etat": "coup d'état" };

/** A term as the framing table and its export show it: the names in it capitalised. */
export function termForDisplay(term: string): string {
  return SHOWN_AS[term] ?? term.replace(/\p{L}+/gu, (word) => (NAME_WORDS.has(word) ? word[0].toUpperCase() + word.slice(1) : word));
}

type ConceptTerms = PhraseTable<{ concept: string; term: string } | null>;

/**
 * Each concept's terms (null for a fixed phrase that is none), looked up word by word as the
 * matcher looks up its phrases. A concept's text is read apart from the others': within a
 * concept the longest term at a word uses its words up ("special military operation" is not
 * also a "military operation", "full-scale invasion" not also an "invasion"), but a term of
 * another concept inside it still counts there, so the Kiev of RT's "Kiev regime" is also its
 * spelling of the capital.
 */
const TERMS_BY_CONCEPT: readonly ConceptTerms[] = FRAMING_CONCEPTS.map(
  (c) =>
    new PhraseTable([
      ...c.terms.map((term) => [term, { concept: c.concept, term }] as const),
      ...(c.notTerms ?? []).map((phrase) => [phrase, null] as const),
    ]),
);

/**
 * A word with the apostrophes inside it (O'Brien, d'Ivoire, Kyiv's), or a quotation mark: an
 * apostrophe at either end of a word is a quotation mark or a plural possessive, never part of
 * it. Hyphens and other punctuation end a word, so "Kyiv-based" holds "kyiv" and "full-scale"
 * reads as "full scale" (as the terms themselves are read).
 */
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*|["']/gu;

/** A possessive belongs to the word before it: "Kyiv's" counts as Kyiv. */
const POSSESSIVE = /'s$/;

interface FramingWord {
  /** Lowercase, folded (straight apostrophes, no accents), possessive cut off. */
  lower: string;
  /** Inside quotation marks: someone else's words, not the source's own. */
  quoted: boolean;
}

/**
 * The words of one paragraph, each inside a quotation or not (quotation.ts). A quotation still
 * open at the paragraph's end ends there: a quote runs to the end of its paragraph, and a long
 * one opens again in the next.
 */
function paragraphWords(paragraph: string): FramingWord[] {
  const words: FramingWord[] = [];
  const quotation = new QuotationReader();
  for (const { 0: token, index: at } of paragraph.matchAll(WORD_OR_MARK)) {
    if (token === '"' || token === "'") quotation.readMark(paragraph, at);
    else words.push({ lower: token.replace(POSSESSIVE, ''), quoted: quotation.inside });
  }
  return words;
}

export interface FramingTermUse {
  concept: string;
  /** As FRAMING_CONCEPTS spells it. */
  term: string;
  /** Inside quotation marks (its first word): words the source quotes, not its own. */
  quoted: boolean;
}

/** One concept's terms in a paragraph's words, with the word each starts at: at each word the longest term (or fixed phrase that is none) that starts there. */
function conceptTerms(terms: ConceptTerms, words: FramingWord[]): (FramingTermUse & { at: number })[] {
  const found: (FramingTermUse & { at: number })[] = [];
  for (let i = 0; i < words.length; ) {
    const match = terms.matchAt(words, i);
    if (!match) { i++; continue; }
    if (match.value) found.push({ ...match.value, quoted: words[i].quoted, at: i });
    i += match.length;
  }
  return found;
}

/** Framing terms found in a text, in text order (at one word, in FRAMING_CONCEPTS order). */
export function framingTerms(text: string): FramingTermUse[] {
  return foldText(text)
    .toLowerCase()
    .split('\n')
    .flatMap((paragraph) => {
      const words = paragraphWords(paragraph);
      const found = TERMS_BY_CONCEPT.flatMap((terms) => conceptTerms(terms, words));
      return found.sort((x, y) => x.at - y.at).map(({ at: _, ...use }) => use);
    });
}
