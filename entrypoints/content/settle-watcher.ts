/**
 * Tells when the page's content has settled after changes that may concern the article: an
 * article loaded late, live-blog entries arriving, a single-page site swapping its content,
 * the page re-rendering the nodes our highlights point at, or text the reader could not see
 * being shown ("Read more" opening a story cut short, often by a class or style alone).
 *
 * The observer's callback only looks at the records and starts a timer; the real work runs
 * once the page has been quiet for a moment, and at the latest a bounded time after the first
 * change, so a page that never stops changing (tickers, a busy live blog) is still analyzed,
 * but never more often than that.
 */

import { BLOCK_SELECTOR } from './prose-blocks';

export const QUIET_MS = 400;
export const MAX_WAIT_MS = 2_000;

/** Records looked at per callback; past that, a burst of changes is taken as relevant. */
const MAX_RECORDS_CHECKED = 200;

/** Whether these changes may have changed the article's text or where its nodes are. */
export function concernsArticle(records: MutationRecord[], article: Element | null): boolean {
  if (records.length > MAX_RECORDS_CHECKED) return true;
  if (article && !article.isConnected) return true;
  for (const record of records) {
    const target = record.target;
    if (article?.contains(target) && changesProse(record)) return true;
    // Elsewhere (or with no article yet), only new prose can make a difference: paragraphs, or
    // a body of text with line breaks between its paragraphs instead.
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const element = node as Element;
      if (element.tagName === 'P' || element.tagName === 'ARTICLE' || element.querySelector('p, br')) return true;
    }
  }
  return false;
}

/**
 * Whether a change inside the article can change its prose or replace the nodes a highlight
 * points at. A clock or counter outside the paragraphs ("5 min ago") re-rendering its text
 * cannot, and is ignored: a live page would otherwise be re-read every second.
 */
function changesProse(record: MutationRecord): boolean {
  const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
  if (target?.closest(BLOCK_SELECTOR)) return true;
  const isElement = (node: Node) => node.nodeType === Node.ELEMENT_NODE;
  return [...record.addedNodes].some(isElement) || [...record.removedNodes].some(isElement);
}

export class SettleWatcher {
  private readonly observer: MutationObserver;
  /** Any attribute of a box around text the reader cannot see may show it: a class, a style, `hidden`, `open`. */
  private readonly unseenObserver = new MutationObserver(() => this.changed());
  /** The elements of the blocks the reader cannot see, and their ancestors up to the article's root. */
  private unseenBoxes = new Set<Element>();
  private quietTimer: ReturnType<typeof setTimeout> | undefined;
  private deadlineTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onSettled: () => void,
    private readonly article: () => Element | null,
  ) {
    this.observer = new MutationObserver((records) => {
      if (concernsArticle(records, this.article())) this.changed();
    });
  }

  start(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
    document.addEventListener('transitionend', this.onTransitionEnd, true);
  }

  stop(): void {
    this.observer.disconnect();
    this.watchUnseen([], null);
    document.removeEventListener('transitionend', this.onTransitionEnd, true);
    this.reset();
  }

  /**
   * The page moved to another address: its content may follow a moment later (a single-page
   * site renders the new page once it has fetched it) or not at all (an infinite scroll's next
   * story was there already). Settles once the content has changed and quieted, or at the latest
   * MAX_WAIT_MS from now: reading at once would take the old page's article for the new address's.
   */
  expectChange(): void {
    this.deadlineTimer ??= setTimeout(() => this.settle(), MAX_WAIT_MS);
  }

  /**
   * Watches these elements of blocks the reader cannot see, and their ancestors up to `root`,
   * instead of those watched before. Only their own attributes, not their subtrees: a page
   * whose other nodes never stop changing costs nothing here.
   */
  watchUnseen(elements: Iterable<Element>, root: Element | null): void {
    this.unseenObserver.disconnect();
    this.unseenBoxes = new Set();
    if (!root) return;
    for (const element of elements) {
      // Stops at an ancestor another block already brought in: each element is observed once.
      for (let at: Element | null = element; at && !this.unseenBoxes.has(at); at = at === root ? null : at.parentElement) {
        this.unseenBoxes.add(at);
        this.unseenObserver.observe(at, { attributes: true });
      }
    }
  }

  /** A box around unseen text finished opening (a max-height transition): read mid-way, it still clipped. */
  private readonly onTransitionEnd = (event: TransitionEvent) => {
    if (event.target instanceof Element && this.unseenBoxes.has(event.target)) this.changed();
  };

  private changed(): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.settle(), QUIET_MS);
    this.deadlineTimer ??= setTimeout(() => this.settle(), MAX_WAIT_MS);
  }

  private settle(): void {
    this.reset();
    this.onSettled();
  }

  private reset(): void {
    clearTimeout(this.quietTimer);
    clearTimeout(this.deadlineTimer);
    this.quietTimer = this.deadlineTimer = undefined;
  }
}
