/**
 * What identifies a passage across answers, for the side panel's opened passage and the hover
 * card's: its words, as the reader chose a passage of the page (after a change to the corpus
 * its claim may be another, renumbered or regrouped, and is still what the reader wants to see);
 * its offset only tells two passages with the same words apart (a pull quote repeats a
 * sentence), as offsets move when a page grows.
 */
import type { PassageMatch } from './match/types';

export interface PassageIdentity {
  text: string;
  start: number;
}

export const identityOf = ({ text, start }: PassageMatch): PassageIdentity => ({ text, start });

/** Where the passage is in `passages` now (of the same words, the one nearest its old place), or -1 when the new answer no longer has it. */
export function indexOfPassage(passages: readonly PassageMatch[], identity: PassageIdentity | null): number {
  let found = -1;
  if (!identity) return found;
  passages.forEach((p, i) => {
    if (p.text !== identity.text) return;
    if (found < 0 || Math.abs(p.start - identity.start) < Math.abs(passages[found].start - identity.start)) found = i;
  });
  return found;
}
