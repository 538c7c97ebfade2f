/**
 * Tells when the page replaces its <body> with another: Turbo Drive, pjax and similar
 * navigate so, fetching the next page and swapping its body in for the old one
 * (`document.body.replaceWith(next)`, `document.documentElement.replaceChild(next, body)` or
 * the `document.body` setter), while <head>, the page's scripts and this one stay. Everything
 * found on the old body (the article, the highlights' ranges, the nodes watched for changes)
 * went with it.
 *
 * Only <html>'s own children are watched, not their subtrees: the callback runs when <head> or
 * <body> is swapped or the card's host is added or removed, and compares one reference.
 */
export class BodyWatcher {
  private body: HTMLElement | null = null;
  private readonly observer = new MutationObserver(() => {
    if (document.body === this.body) return;
    this.body = document.body;
    this.onReplaced();
  });

  constructor(private readonly onReplaced: () => void) {}

  start(): void {
    this.body = document.body;
    this.observer.observe(document.documentElement, { childList: true });
  }

  stop(): void {
    this.observer.disconnect();
    this.body = null;
  }
}
