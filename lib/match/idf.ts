/**
 * Inverse document frequencies of canonical terms, from a shipped table built by
 * `npm run train` over a news sentence collection, so a pair can be scored without corpus
 * statistics. Terms missing from the table are rare, and get the weight of a term seen once.
 */
import shipped from './idf.json';

export interface DocumentFrequencies {
  /** Number of sentences counted. */
  documents: number;
  /** Sentences containing each term (terms seen once are left out of the shipped table). */
  df: Record<string, number>;
}

export type TermWeight = (term: string) => number;

export function createTermWeight(table: DocumentFrequencies): TermWeight {
  return (term) => Math.log((table.documents + 1) / ((table.df[term] ?? 1) + 0.5));
}

/** idf of a canonical term according to the shipped table. */
export const termWeight: TermWeight = createTermWeight(shipped as DocumentFrequencies);
