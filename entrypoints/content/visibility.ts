/**
 * Whether the reader can see a block of prose: the page's styles do not hide it (display: none,
 * visibility: hidden, a closed <details>, `hidden`, on it or around it: the browser's own
 * checkVisibility), and no box that hides what overflows it (a paywall's or a "Read more"
 * teaser's max-height with overflow: hidden) clips it away entirely. A block cut through by
 * such a box is seen: its first lines show. Text the reader cannot see is not read, so it is
 * neither highlighted where nobody sees it nor listed in the side panel.
 *
 * Cheap on a page of 100,000 nodes: one checkVisibility per block, computed styles of the
 * blocks' own ancestors only, each read once per check, and a block's box measured only where
 * one of them clips. Opacity is not looked at: pages fade paragraphs in as they scroll into
 * view, and a paragraph at opacity 0 now is one the reader will see.
 */
import { elementOf, nodesOf, type ProseBlock } from './prose-blocks';

/** Overflow that hides what does not fit; `auto` and `scroll` let the reader scroll to it. */
const CLIPPING = new Set(['hidden', 'clip']);

/** A box that hides what overflows it, on one axis or both. */
interface Clipper {
  box: Element;
  x: boolean;
  y: boolean;
}

/** One check of a page as it is now: the computed styles it reads are kept for its blocks. */
export class VisibilityCheck {
  /** For an element, the boxes from it up to <body> that hide their overflow, innermost first. */
  private readonly clippers = new Map<Element, Clipper[]>();
  /** Each clipping box's place, measured once per check: the blocks of one body share it. */
  private readonly clips = new Map<Element, DOMRect>();

  seen(block: ProseBlock): boolean {
    const element = elementOf(block);
    if (!element.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })) return false;
    // A run's text is in its box's content, which the box's own overflow clips. An element's own
    // overflow is not read: a style read for every block would cost more than the rare block
    // that clips itself to nothing is worth; its ancestors' are shared by many blocks.
    const clippers = this.clippersOf(block instanceof Element ? element.parentElement : element);
    if (!clippers.length) return true;
    const drawn = drawnBox(block);
    return clippers.every(({ box, x, y }) => {
      const clip = this.clipOf(box);
      const outside = (y && (drawn.bottom <= clip.top || drawn.top >= clip.bottom)) || (x && (drawn.right <= clip.left || drawn.left >= clip.right));
      return !outside;
    });
  }

  private clipOf(box: Element): DOMRect {
    let clip = this.clips.get(box);
    if (!clip) this.clips.set(box, (clip = box.getBoundingClientRect()));
    return clip;
  }

  private clippersOf(element: Element | null): Clipper[] {
    // Up to the first element already known (blocks share their ancestors), then down again:
    // each element's style is read once.
    const path: Element[] = [];
    let known: Clipper[] = [];
    for (let at = element; at && at !== at.ownerDocument.body; at = at.parentElement) {
      const cached = this.clippers.get(at);
      if (cached) {
        known = cached;
        break;
      }
      path.push(at);
    }
    for (const box of path.reverse()) {
      const style = getComputedStyle(box);
      const x = CLIPPING.has(style.overflowX);
      const y = CLIPPING.has(style.overflowY);
      if (x || y) known = [{ box, x, y }, ...known];
      this.clippers.set(box, known);
    }
    return known;
  }
}

/** Where a block's text is drawn: an element's box, or the run's nodes'. */
function drawnBox(block: ProseBlock): DOMRect {
  if (block instanceof Element) return block.getBoundingClientRect();
  const nodes = nodesOf(block);
  const range = document.createRange();
  range.setStartBefore(nodes[0]);
  range.setEndAfter(nodes[nodes.length - 1]);
  return range.getBoundingClientRect();
}
