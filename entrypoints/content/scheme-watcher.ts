/**
 * Tells when the page may have turned light or dark without its article changing: the system's
 * scheme changed (a page that follows it through `prefers-color-scheme` turns with it), the page
 * switched its own theme (an attribute of an element the painted passages are drawn on: a class
 * or style on <html>, <body> or a wrapper around the article; in <head>, a `<meta
 * name="color-scheme">` or a style sheet added, removed or changed, or the text of a <style>
 * rewritten; a style sheet finished loading: its styles apply only then), or a colour transition
 * ended on an element around a painted passage (read mid-way, it told the old colour). Changes
 * inside the article are ./settle-watcher.ts's: the page is painted anew then, which reads the
 * colours again. Nothing is read here; a burst of changes is told once.
 *
 * Kept cheap for pages that never stop changing: only the passages' own ancestors are watched
 * for attributes (a few dozen elements, not the whole page), and <head> for what can style it.
 * A theme switched without any change to the document (a style sheet's `disabled` set, rules
 * inserted through the CSS object model) is not heard here; ./card-controller.ts reads the
 * colours again where a card opens.
 */
import { boxOf, parentOf, SYSTEM_DARK_QUERY } from './page-scheme-reader';

/** Changes this close together are told once. */
const COALESCE_MS = 100;

/** Elements of <head> that can change the page's colours when added, removed or changed. */
function isTheming(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  if (element.matches('meta[name="color-scheme"], style')) return true;
  return element.tagName === 'LINK' && /\bstylesheet\b/i.test(element.getAttribute('rel') ?? '');
}

/**
 * Whether a change in <head> can turn the page light or dark: a colour-scheme meta or a style
 * sheet added, removed or changed, the text of a <style> rewritten (its text node replaced, or
 * changed in place), not the scripts and preloads pages keep adding there.
 */
export function mayTurnPage(record: MutationRecord): boolean {
  const target = record.target;
  if (boxOf(target)?.tagName === 'STYLE') return true;
  if (record.type === 'attributes') return isTheming(target);
  return [...record.addedNodes, ...record.removedNodes].some(isTheming);
}

export class SchemeWatcher {
  private readonly head = new MutationObserver((records) => {
    if (records.some(mayTurnPage)) this.changed();
  });
  /** Any attribute of an element around a painted passage may be a theme's switch (a class, a style, data-theme). */
  private readonly around = new MutationObserver(() => this.changed());
  /** The elements the painted passages are drawn on, and their ancestors up to <html>. */
  private aroundElements = new Set<Element>();
  private media: MediaQueryList | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly onChange: () => void) {}

  start(): void {
    this.stop();
    if (document.head) {
      this.head.observe(document.head, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['content', 'name', 'media', 'disabled', 'href', 'rel'],
      });
    }
    if (typeof matchMedia === 'function') {
      this.media = matchMedia(SYSTEM_DARK_QUERY);
      this.media.addEventListener('change', this.changed);
    }
    document.addEventListener('transitionend', this.onTransitionEnd, true);
    // Load events do not bubble: heard while capturing.
    document.addEventListener('load', this.onLoad, true);
  }

  /**
   * Watches the elements these nodes (the painted passages' ranges) are drawn on, and every
   * ancestor of theirs, instead of those watched before: after a body swap or a re-render, the
   * new nodes' ancestors are the ones whose theme matters.
   */
  watchAround(nodes: Iterable<Node>): void {
    this.around.disconnect();
    this.aroundElements = new Set();
    for (const node of nodes) {
      // Stops at an ancestor another passage already brought in: each element is observed once.
      for (let at = boxOf(node); at && !this.aroundElements.has(at); at = parentOf(at)) {
        this.aroundElements.add(at);
        this.around.observe(at, { attributes: true });
      }
    }
  }

  stop(): void {
    this.head.disconnect();
    this.around.disconnect();
    this.aroundElements = new Set();
    this.media?.removeEventListener('change', this.changed);
    this.media = null;
    document.removeEventListener('transitionend', this.onTransitionEnd, true);
    document.removeEventListener('load', this.onLoad, true);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onTransitionEnd = (event: TransitionEvent) => {
    const target = event.target;
    if (!/color/.test(event.propertyName) || !(target instanceof Element)) return;
    if (this.aroundElements.has(target)) this.changed();
  };

  private readonly onLoad = (event: Event) => {
    if (event.target instanceof Element && isTheming(event.target)) this.changed();
  };

  private readonly changed = () => {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, COALESCE_MS);
  };
}
