/**
 * Tells when the page may have turned light or dark without its article changing: the system's
 * scheme changed (a page that follows it through `prefers-color-scheme` turns with it), the page
 * switched its own theme (a class or style on <html> or <body>, a `<meta name="color-scheme">`
 * added or changed), or a transition of the root's colours ended (read mid-way, it told the old
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

  constructor(private readonly onChange: () => void) {}

  start(): void {
    this.stop();
    const root = document.documentElement;
    this.observer.observe(root, { attributes: true });
    if (document.body) this.observer.observe(document.body, { attributes: true });
    if (document.head) this.observer.observe(document.head, { childList: true, subtree: true, attributes: true, attributeFilter: ['content', 'name', 'media', 'disabled', 'href'] });
    if (typeof matchMedia === 'function') {
      this.media = matchMedia(SYSTEM_DARK_QUERY);
      this.media.addEventListener('change', this.changed);
    }
    document.addEventListener('transitionend', this.onTransitionEnd, true);
  }

  stop(): void {
    this.observer.disconnect();
    this.media?.removeEventListener('change', this.changed);
    this.media = null;
    document.removeEventListener('transitionend', this.onTransitionEnd, true);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly onTransitionEnd = (event: TransitionEvent) => {
    const target = event.target;
    if ((target === document.documentElement || target === document.body) && /color/.test(event.propertyName)) this.changed();
  };

  private readonly changed = () => {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.onChange();
    }, COALESCE_MS);
  };
}
