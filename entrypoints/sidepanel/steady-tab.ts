/**
 * Keeps the panel steady while its page is matched again (after a change to the corpus, or as
 * a live blog grows): the last answer stays on show until the new one arrives, and a claim the
 * reader has open stays open if the new answer still has it, wherever it now is in the list.
 */
import type { TabState } from '@/lib/protocol';
import type { PassageMatch } from '@/lib/match/types';

/** The tab state to show: the previous answer for the same page while it is being matched again. */
export function shownTabState(shown: TabState | null, latest: TabState | null): TabState | null {
  const again = latest?.status === 'analyzing' && shown?.status === 'done' && shown.tabId === latest.tabId && shown.url === latest.url;
  return again ? shown : latest;
}

/** What identifies a passage across answers: its claim and its words (offsets move as a page grows). */
export interface PassageIdentity {
  claimId: number;
  text: string;
}

export const identityOf = ({ claimId, text }: PassageMatch): PassageIdentity => ({ claimId, text });

/** Where the passage is in `passages` now, or -1 when the new answer no longer has it. */
export function indexOfPassage(passages: readonly PassageMatch[], identity: PassageIdentity | null): number {
  return identity ? passages.findIndex((p) => p.claimId === identity.claimId && p.text === identity.text) : -1;
}
