/**
 * Keeps the panel steady while its page is matched again (after a change to the corpus, or as
 * a live blog grows): the last answer stays on show until the new one arrives, and a passage the
 * reader has open stays open if the new answer still has it, wherever it now is in the list.
 */
import type { TabState } from '@/lib/protocol';
import type { PassageMatch } from '@/lib/match/types';
import { passageListKey } from '@/lib/passage-list-key';

/** The tab state to show: the previous answer for the same page while it is being matched again. */
export function shownTabState(shown: TabState | null, latest: TabState | null): TabState | null {
  const again = latest?.status === 'analyzing' && shown?.status === 'done' && shown.tabId === latest.tabId && shown.url === latest.url;
  return again ? shown : latest;
}

/** Whether a write of the tab's state changed what the panel shows (status, page, passages and their reports, a card's request). */
export function stateChanged(before: TabState | undefined, after: TabState | undefined): boolean {
  if (!before || !after) return before !== after;
  return (
    before.status !== after.status ||
    before.url !== after.url ||
    before.title !== after.title ||
    before.error !== after.error ||
    before.focus?.at !== after.focus?.at ||
    before.text?.length !== after.text?.length ||
    passageListKey(before.passages) !== passageListKey(after.passages)
  );
}

/**
 * What identifies a passage across answers: its words, as the reader opened a passage of the
 * page (after a change to the corpus its claim may be another, renumbered or regrouped, and is
 * still what the reader wants to see); its offset only tells two passages with the same words
 * apart (a pull quote repeats a sentence), as offsets move when a page grows.
 */
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
