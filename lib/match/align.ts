/**
 * Term alignment between two sentences: each term of one side is matched to the most
 * similar term of the other, exactly or, for longer words, by a small edit distance
 * (unlisted transliterations such as "Pasechnik"/"Pasemnik", typos).
 */
import { isDate, isNumber } from './features';

/** Similarity credited to a fuzzy (non-exact) match. */
export const FUZZY_MATCH_SIMILARITY = 0.8;
const MIN_FUZZY_LENGTH = 5;

/**
 * Similarity 0..1 of `term` to its best match in `others`. Only names are matched fuzzily
 * (against `otherNames`): for common words a small edit distance usually changes the meaning.
 */
export function bestMatch(term: string, others: ReadonlySet<string>, isName: boolean, otherNames: ReadonlySet<string>): number {
  if (others.has(term)) return 1;
  if (!isName || !isFuzzyCandidate(term)) return 0;
  const budget = term.length >= 8 ? 2 : 1;
  for (const other of otherNames) {
    if (other[0] === term[0] && isFuzzyCandidate(other) && Math.abs(other.length - term.length) <= budget
      && withinEditDistance(term, other, budget)) return FUZZY_MATCH_SIMILARITY;
  }
  return 0;
}

function isFuzzyCandidate(term: string): boolean {
  return term.length >= MIN_FUZZY_LENGTH && !isNumber(term) && !isDate(term) && !term.startsWith('~');
}

/** Levenshtein distance ≤ budget, computed on a band of the table. */
function withinEditDistance(a: string, b: string, budget: number): boolean {
  let previous = Uint16Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > budget) return false;
    [previous, current] = [current, previous];
  }
  return previous[b.length] <= budget;
}

/** Length of the longest common subsequence of two term sequences. */
export function longestCommonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
