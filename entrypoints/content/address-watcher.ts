/**
 * Tells when what the tab's state names changes without a new document: the page's address
 * (its fragment and tracking parameters aside: an in-page anchor is the same page) or its title. Single-page sites and
 * infinite scrolls move the address with history.pushState or replaceState, often with nothing
 * on the page changing at that moment (the next story was appended before the reader scrolled
 * into it), and no event tells the content script of these:
 * - `popstate` fires for back and forward only;
 * - the Navigation API, whose events do see them, is missing from Firefox ESR;
 * - history.pushState wrapped in the content script's isolated world is not the function the
 *   page's own scripts call;
 * - WXT's 'wxt:locationchange' looks every second outside Chromium, and in Chromium tells on
 *   the Navigation API's 'navigate', before the address has changed.
 * So both are compared at a short interval, the same way in every browser: two string reads.
 */
import { canonicalAddress } from '@/lib/corpus/page-address';

const POLL_MS = 500;

/** As the session names the page (page-session.ts): a fragment or a tracking parameter moved is the same page. */
const named = () => `${canonicalAddress(location.href)}\n${document.title}`;

export class AddressWatcher {
  private timer: ReturnType<typeof setInterval> | undefined;
  private seen = '';

  constructor(private readonly onChanged: () => void) {}

  start(): void {
    this.stop();
    this.seen = named();
    this.timer = setInterval(() => {
      const now = named();
      if (now === this.seen) return;
      this.seen = now;
      this.onChanged();
    }, POLL_MS);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
