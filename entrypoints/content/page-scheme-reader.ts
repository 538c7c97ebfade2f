/**
 * Reads from the page's computed styles what ../../lib/page-scheme.ts needs to tell whether a
 * passage sits on a light or a dark page: each element's background from the passage's up to
 * the root, the text's colour, the declared `color-scheme` and the system's. Style reads only,
 * never layout; one reader serves one paint, remembering each element's backdrop, so passages
 * that share ancestors read them once.
 */
import { atRoot, backgroundLayer, canvasScheme, decideScheme, throughLayer, type Backdrop, type Scheme } from '@/lib/page-scheme';

export const SYSTEM_DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(SYSTEM_DARK_QUERY).matches;
}

/** The element that draws `element`'s box behind it: its parent, or its shadow root's host. */
export function parentOf(element: Element): Element | null {
  return element.parentElement ?? hostOf(element.parentNode);
}

/** The element whose box `node` is drawn in: itself, its parent, or (a text node directly in a shadow root) the root's host. */
export function boxOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement ?? hostOf(node.parentNode);
}

function hostOf(node: Node | null): Element | null {
  return node && 'host' in node ? (node as ShadowRoot).host : null;
}

export class PageSchemeReader {
  private readonly backdrops = new Map<Element, Backdrop>();
  private readonly systemDark = systemPrefersDark();
  private canvas: Scheme | null = null;

  /** Light or dark where `range` is drawn. */
  at(range: Range): Scheme {
    const element = boxOf(range.commonAncestorContainer);
    if (!element) return decideScheme({ backdrop: null, text: '', systemDark: this.systemDark });
    return decideScheme({ backdrop: this.backdrop(element), text: getComputedStyle(element).color, systemDark: this.systemDark });
  }

  /**
   * The backdrop of `element` and of each ancestor not read yet, root first, in a loop: a page
   * nested thousands deep by script would overflow the stack of a recursive walk.
   */
  private backdrop(element: Element): Backdrop {
    const unread: Element[] = [];
    for (let at: Element | null = element; at && !this.backdrops.has(at); at = parentOf(at)) unread.push(at);
    for (const current of unread.reverse()) {
      const style = getComputedStyle(current);
      const layer = backgroundLayer(style.backgroundColor, style.backgroundImage);
      const parent = parentOf(current);
      this.backdrops.set(current, parent ? throughLayer(layer, () => this.backdrops.get(parent) ?? null) : atRoot(layer, this.canvasScheme()));
    }
    return this.backdrops.get(element) ?? null;
  }

  private canvasScheme(): Scheme {
    if (!this.canvas) {
      const meta = document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? null;
      this.canvas = canvasScheme(getComputedStyle(document.documentElement).colorScheme ?? '', meta, this.systemDark);
    }
    return this.canvas;
  }
}
