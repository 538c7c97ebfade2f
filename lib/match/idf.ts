/**
 * Inverse document frequencies of canonical terms. A shipped general-news table (built by
 * `npm run train` over MSRP's news sentences) is the prior; when the matcher runs against a
 * corpus, that corpus' own sentence frequencies are blended in, so words that are everywhere
 * in it ("Russia", "Kremlin", "talks" in a corpus about the war) stop looking distinctive.
 */
import shipped from './idf.json';
import type { PostingList } from './postings';

export interface DocumentFrequencies {
  /** Number of sentences counted. */
  documents: number;
  /** Sentences containing each term (terms seen once are left out of the shipped table). */
  df: Record<string, number>;
}

/** Sentence frequencies from the corpus being matched: `df` holds the terms whose count is known. */
export interface CorpusFrequencies {
  documents: number;
  df: ReadonlyMap<string, number>;
}

export type TermWeight = (term: string) => number;

/**
 * How many corpus sentences the general table is worth. A corpus of a few hundred sentences
 * still leans on the general table; one of tens of thousands speaks for itself.
 */
export const GENERAL_PRIOR_SENTENCES = 1000;

/**
 * idf = -ln(rate), where the rate of sentences containing the term is the corpus count
 * smoothed towards the general rate. Terms whose corpus count is unknown (not read from the
 * index) keep the general rate; terms missing from the general table count as seen once.
 */
export function createTermWeight(general: DocumentFrequencies, corpus?: CorpusFrequencies): TermWeight {
  // A Map, not the object: a term such as "constructor" would find the object's prototype.
  const generalDf = generalCounts(general);
  const cache = new Map<string, number>();
  return (term) => {
    let weight = cache.get(term);
    if (weight === undefined) {
      const generalRate = ((generalDf.get(term) ?? 1) + 0.5) / (general.documents + 1);
      const count = corpus?.df.get(term);
      const rate = corpus && count !== undefined
        ? (count + GENERAL_PRIOR_SENTENCES * generalRate) / (corpus.documents + GENERAL_PRIOR_SENTENCES)
        : generalRate;
      weight = -Math.log(rate);
      cache.set(term, weight);
    }
    return weight;
  };
}

/** The table's counts as a Map, built once per table: the shipped one is weighed afresh for every page. */
const countMaps = new WeakMap<DocumentFrequencies, ReadonlyMap<string, number>>();

function generalCounts(general: DocumentFrequencies): ReadonlyMap<string, number> {
  let counts = countMaps.get(general);
  if (!counts) countMaps.set(general, (counts = new Map(Object.entries(general.df))));
  return counts;
}

export const GENERAL_FREQUENCIES = shipped as DocumentFrequencies;

/** idf according to the shipped general table alone. */
export const termWeight: TermWeight = createTermWeight(GENERAL_FREQUENCIES);

/** idf for matching against a corpus with these sentence frequencies. */
export function corpusTermWeight(corpus: CorpusFrequencies): TermWeight {
  return createTermWeight(GENERAL_FREQUENCIES, corpus);
}

/**
 * Corpus frequencies of the terms a query looked up, from their posting lists; a term without
 * postings is absent from the corpus.
 */
export function postingFrequencies(
  terms: Iterable<string>,
  postings: ReadonlyMap<string, PostingList>,
  documents: number,
): CorpusFrequencies {
  const df = new Map<string, number>();
  for (const term of terms) df.set(term, postings.get(term)?.df ?? 0);
  return { documents, df };
}
