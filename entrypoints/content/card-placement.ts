/**
 * Where the hover card goes: below its passage, or above when there is no room below, or
 * beside it when the passage fills the viewport's height; always inside the viewport, and over
 * the passage only when no side has room for a card worth reading (a passage filling a small or
 * zoomed viewport). When neither side has room for the whole card, the card is made shorter
 * (it scrolls) rather than moved over the text it describes.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height limit at this place. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;
/** Shorter than this, a card above or below is not worth reading: try beside the passage. */
const MIN_USEFUL_HEIGHT = 120;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

export function placeCard(passage: Box, card: Size, viewport: Size): Placement {
  const below = viewport.height - passage.bottom - GAP - MARGIN;
  const above = passage.top - GAP - MARGIN;
  const left = clamp(passage.left, MARGIN, viewport.width - card.width - MARGIN);
  if (card.height <= below) return { left, top: passage.bottom + GAP, maxHeight: card.height };
  if (card.height <= above) return { left, top: passage.top - GAP - card.height, maxHeight: card.height };

  if (Math.max(below, above) < MIN_USEFUL_HEIGHT) {
    const height = Math.min(card.height, viewport.height - 2 * MARGIN);
    const top = clamp(passage.top, MARGIN, viewport.height - height - MARGIN);
    if (viewport.width - passage.right - GAP - MARGIN >= card.width) return { left: passage.right + GAP, top, maxHeight: height };
    if (passage.left - GAP - MARGIN >= card.width) return { left: passage.left - GAP - card.width, top, maxHeight: height };
    // The passage fills a small viewport (a phone, a page zoomed to 400%) and no side holds a
    // card worth reading: a readable card over the edge of the passage beats half a line of one.
    const readable = Math.min(card.height, MIN_USEFUL_HEIGHT, viewport.height - 2 * MARGIN);
    if (below >= above) return { left, top: viewport.height - MARGIN - readable, maxHeight: readable };
    return { left, top: MARGIN, maxHeight: readable };
  }
  // No side holds the whole card: the roomier of below and above, the card scrolling.
  if (below >= above) return { left, top: passage.bottom + GAP, maxHeight: Math.max(0, below) };
  const height = Math.max(0, above);
  return { left, top: passage.top - GAP - height, maxHeight: height };
}
