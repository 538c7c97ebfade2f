/**
 * A page's passages with their repeats together: a pull quote repeats a sentence of the story,
 * and some pages print a paragraph many times. The highlights mark every place, but the side
 * panel lists and exports each claim the page states once, saying how often it is there.
 */
import type { PassageMatch } from '../match/types';

export interface DistinctPassage {
  /** The first of its places on the page. */
  passage: PassageMatch;
  /** Indices of every place it is at in the page's passages, in page order. */
  indices: number[];
}

/** The passages in page order, each claim stated in the same words once. */
export function distinctPassages(passages: readonly PassageMatch[]): DistinctPassage[] {
  const byWords = new Map<string, DistinctPassage>();
  passages.forEach((passage, index) => {
    const key = `${passage.claimId}\u0000${passage.text}`;
    const seen = byWords.get(key);
    if (seen) seen.indices.push(index);
    else byWords.set(key, { passage, indices: [index] });
  });
  return [...byWords.values()];
}
