/**
 * What identifies a passage across answers, for the side panel's opened passage and the hover
 * card's: its words, as the reader chose a passage of the page (after a change to the corpus
 * its claim may be another, renumbered or regrouped, and is still what the reader wants to see).
 * Only two passages with the same words (a pull quote repeats a sentence) need more: which of
 * them it was, by order while their number stays the same (a page growing above them moves
 * them all alike, however far), else by nearness to its old place (a copy came or went).
 */
import type { PassageMatch } from './match/types';

export interface PassageIdentity {
  text: string;
  start: number;
  /** Its place among the passages with the same words, and how many there were. */
  occurrence: number;
  copies: number;
}

/** The identity of `passages[index]`. */
export function identityOf(passages: readonly PassageMatch[], index: number): PassageIdentity {
  const { text, start } = passages[index];
  const same = passages.filter((p) => p.text === text);
  return { text, start, occurrence: same.indexOf(passages[index]), copies: same.length };
}

/** Whether two identities name a passage at the same place. */
export function sameIdentity(a: PassageIdentity, b: PassageIdentity): boolean {
  return a.text === b.text && a.start === b.start && a.occurrence === b.occurrence && a.copies === b.copies;
}

/** Where the passage is in `passages` now, or -1 when the new answer no longer has it. */
export function indexOfPassage(passages: readonly PassageMatch[], identity: PassageIdentity | null): number {
  if (!identity) return -1;
  const same = passages.flatMap((p, i) => (p.text === identity.text ? [i] : []));
  if (same.length === 0) return -1;
  if (same.length === identity.copies) return same[identity.occurrence];
  const distance = (i: number) => Math.abs(passages[i].start - identity.start);
  return same.reduce((nearest, i) => (distance(i) < distance(nearest) ? i : nearest));
}
