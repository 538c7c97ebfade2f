/**
 * The browser tests' one way into the hover card: its shadow root is closed, so the page's
 * `host.shadowRoot` is null; the harness reaches it through automation (./shadow-roots.ts).
 */
import type { TestPage } from './browsers';

/** What marks the card's host (entrypoints/content/card-host.tsx). */
export const CARD_HOST = '[data-news-context-ui]';

/**
 * Runs `fn` in the page's world on the card hosts' shadow roots: none before the extension
 * paints, one after, two only if a reloaded extension's old script left its card beside the new.
 */
export function evaluateInCards<T, A = undefined>(page: TestPage, fn: (roots: ShadowRoot[], arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  return page.evaluateOnShadowRoots(CARD_HOST, fn, arg);
}
