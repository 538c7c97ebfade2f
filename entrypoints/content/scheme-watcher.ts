/**
 * Tells when the page may have turned light or dark without its article changing: the system's
 * scheme changed (a page that follows it through `prefers-color-scheme` turns with it), the page
 * switched its own theme (a class or style on <html> or <body>, a `<meta name="color-scheme">`
 * added or changed, a style sheet finished loading: its styles apply only then), or a colour
 * transition ended on the root or around a painted passage (read mid-way, it told the old
 * colour). Changes inside the article are ./settle-watcher.ts's: the page is painted anew then,
 * which reads the colours again. Nothing is read here; a burst of changes is told once.
 */
import { SYSTEM_DARK_QUERY } from './page-scheme-reader';

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
 * Whether a change can turn the page light or dark: any attribute of <html> or <body> (a theme
 * class, a style), and in <head> only a colour-scheme meta or a style sheet, not the scripts
 * and preloads pages keep adding there.
 */
export function mayTurnPage(record: MutationRecord): boolean {
  const target = record.target;
  if (target === document.documentElement || target === document.body) return record.type === 'attributes';
  if (record.type === 'attributes') return isTheming(target);
  return [...record.addedNodes, ...record.removedNodes].some(isTheming);
}

export class SchemeWatcher {
  private readonly observer = new MutationObserver((records) => {
    if (records.some(mayTurnPage)) this.changed();
  });
  private media: MediaQueryList | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `paintedWithin(element)`: whether a painted passage lies inside `element`. */
  constructor(
    private readonly onChange: () => void,
    private readonly paintedWithin: (element: Element) => boolean = () => false,
  ) {}

  start(): void {
    this.stop();
    const root = document.documentElement;
    this.observer.observe(root, { attributes: true });
    if (document.body) this.observer.observe(document.body, { attributes: true });
    if (document.head) this.observer.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'name', 'media', 'disabled', 'href', 'rel'] });
    if (typeof matchMedia === 'function') {
      this.media = matchMedia(SYSTEM_DARK_QUERY);
      this.media.addEventListener('change', this.changed);
    }
    document.addEventListener('transitionend', this.onTransitionEnd, true);
    // Load events do not bubble: heard while capturing.
    document.addEventListener('load', this.onLoad, true);
  }

  stop(): void {
    this.observer.disconnect();
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
    if (target === document.documentElement || target === document.body || this.paintedWithin(target)) this.changed();
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
