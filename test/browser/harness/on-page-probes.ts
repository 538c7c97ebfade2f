/**
 * What the on-page tests read from a page, run in the page's own world: the highlight registry
 * by kind, whether its ranges still point into the document, and, through the card's closed
 * shadow root (./card-roots.ts), where the card is, who has focus, and what its live region says.
 */
import { bothSchemes, HIGHLIGHT_DIFFERS, HIGHLIGHT_LOOSE, HIGHLIGHT_REPORTED } from '../../../entrypoints/content/highlight-names';
import type { TestPage } from './browsers';
import { evaluateInCards } from './card-roots';
import { PASSAGE_HIGHLIGHT_NAMES } from './page-probes';

export interface HighlightsByKind {
  reported: string[];
  differs: string[];
  loose: string[];
  /** Every range's nodes are still in the document (none left behind by a re-render). */
  allConnected: boolean;
}

export function highlightsByKind(page: TestPage): Promise<HighlightsByKind> {
  return page.evaluate(([reported, differs, loose]) => {
    // A kind's passages on light and on dark pages alike.
    const read = (names: string[]) => names.flatMap((name) => [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])]);
    const text = (range: AbstractRange) => {
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      r.setEnd(range.endContainer, range.endOffset);
      return r.toString().replace(/\s+/g, ' ').trim();
    };
    const all = [...read(reported), ...read(differs), ...read(loose)];
    return {
      reported: read(reported).map(text),
      differs: read(differs).map(text),
      loose: read(loose).map(text),
      allConnected: all.every((r) => r.startContainer.isConnected && r.endContainer.isConnected),
    };
  }, [HIGHLIGHT_REPORTED, HIGHLIGHT_DIFFERS, HIGHLIGHT_LOOSE].map(bothSchemes));
}

/** Texts of highlighted ranges that lie inside an element matching `selector`. */
export function highlightsInside(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate(({ sel, names }) => {
    const ranges = names.flatMap((name) => [
      ...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? []),
    ]);
    const inside = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(sel) != null;
    return ranges.filter((r) => inside(r.startContainer) || inside(r.endContainer)).map((r) => String(r));
  }, { sel: selector, names: PASSAGE_HIGHLIGHT_NAMES });
}

export interface CardState {
  open: boolean;
  text: string;
  role: string | null;
  label: string | null;
  /** The card's box and the viewport's size. */
  card: { left: number; top: number; right: number; bottom: number } | null;
  viewport: { width: number; height: number };
  /** Focus is inside the card's shadow root. */
  focused: boolean;
  /** What the live region last said. */
  live: string;
  /** The element with focus in the page, described by tag and text. */
  pageFocus: string;
}

export function cardState(page: TestPage): Promise<CardState> {
  return evaluateInCards(page, ([root]) => {
    const card = root?.querySelector('.nc-card') ?? null;
    const box = card?.getBoundingClientRect();
    const active = document.activeElement;
    return {
      open: !!card,
      text: card?.textContent ?? '',
      role: card?.getAttribute('role') ?? null,
      label: card?.getAttribute('aria-label') ?? null,
      card: box ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null,
      viewport: { width: document.documentElement.clientWidth, height: innerHeight },
      focused: !!root?.activeElement,
      live: root?.querySelector('[aria-live]')?.textContent ?? '',
      pageFocus: active ? `${active.tagName.toLowerCase()}:${(active.textContent ?? '').trim().slice(0, 40)}` : '',
    };
  });
}

/** The line boxes of the highlighted passage that starts with `prefix`, in viewport coordinates. */
export function passageRects(page: TestPage, prefix: string): Promise<{ left: number; top: number; right: number; bottom: number }[]> {
  return page.evaluate(({ start, names }) => {
    const ranges = names.flatMap((name) => [
      ...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? []),
    ]);
    const range = ranges.find((r) => r.toString().replace(/\s+/g, ' ').trim().startsWith(start));
    if (!range) throw new Error(`no highlight starts with ${start}`);
    return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
  }, { start: prefix, names: PASSAGE_HIGHLIGHT_NAMES });
}

/** The centre of the first element matching `selector`, scrolled into view. */
export function centreOf(page: TestPage, selector: string): Promise<{ x: number; y: number }> {
  return evaluateInCards(page, ([root], sel) => {
    const element = document.querySelector(sel) ?? root?.querySelector(sel);
    if (!element) throw new Error(`nothing matches ${sel}`);
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
}

/**
 * Moves focus to the link reading `text` as the reader does: a real Tab from the control before
 * it (that one focused by script). The card opens on focus that follows the reader's key
 * press, not on focus a page's script moves.
 */
export async function tabToLink(page: TestPage, text: string): Promise<void> {
  await page.evaluate((linkText) => {
    const controls = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')];
    const at = controls.findIndex((control) => control.textContent === linkText);
    if (at < 1) throw new Error(`no control before a link ${linkText}`);
    controls[at - 1].focus();
  }, text);
  await page.press('Tab');
  const reached = await page.evaluate(() => document.activeElement?.textContent ?? '');
  if (reached !== text) throw new Error(`Tab reached "${reached}", not the link "${text}"`);
}
