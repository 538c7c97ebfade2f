/**
 * Keeps the panel steady while its page is matched again (after a change to the corpus, or as
 * a live blog grows): the last answer stays on show until the new one arrives, and a passage the
 * reader has open stays open if the new answer still has it, wherever it now is in the list
 * (lib/passage-identity).
 */
import type { TabState } from '@/lib/protocol';
import { passageListKey } from '@/lib/passage-list-key';

/**
 * The tab state to show: the previous answer for the same page while it is being matched again,
 * and the shown state itself when a reload tells nothing new (the tab's title or favicon
 * changed, the index is building): the views' memos, keyed on the passages, then hold.
 */
export function shownTabState(shown: TabState | null, latest: TabState | null): TabState | null {
  const again = latest?.status === 'analyzing' && shown?.status === 'done' && shown.tabId === latest.tabId && shown.url === latest.url;
  const same = shown !== null && latest !== null && shown.tabId === latest.tabId && !stateChanged(shown, latest);
  return again || same ? shown : latest;
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
