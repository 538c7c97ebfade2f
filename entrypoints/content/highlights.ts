/**
 * Paints the reported passages with the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
 * instead of wrapping them in elements: the page's DOM is never changed, so its scripts and
 * layout are untouched, nothing shifts, and switching highlights off restores the page exactly.
 * The styles are in ./style.css, injected by the browser as an extension stylesheet.
 */
import type { PassageMatch } from '@/lib/match/types';
import { rangeFor, type TextMap } from './text-map';

export const HIGHLIGHT_REPORTED = 'news-context-reported';
export const HIGHLIGHT_DIFFERS = 'news-context-differs';
export const HIGHLIGHT_ACTIVE = 'news-context-active';

export interface PaintedPassage {
  index: number;
  passage: PassageMatch;
  range: Range;
}

/** A passage some of whose reports give another figure or word its quote differently. */
export const differs = (passage: PassageMatch) =>
  passage.reports.some((r) => r.relation === 'different-figure' || r.relation === 'different-quote');

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paint(map: TextMap, passages: PassageMatch[]): PaintedPassage[] {
  const painted: PaintedPassage[] = [];
  passages.forEach((passage, index) => {
    const range = rangeFor(map, passage.start, passage.end);
    if (range) painted.push({ index, passage, range });
  });
  CSS.highlights.set(HIGHLIGHT_REPORTED, new Highlight(...painted.filter((p) => !differs(p.passage)).map((p) => p.range)));
  CSS.highlights.set(HIGHLIGHT_DIFFERS, new Highlight(...painted.filter((p) => differs(p.passage)).map((p) => p.range)));
  return painted;
}

/** Marks one passage as the one the card or a reveal is about. */
export function setActive(range: Range | null): void {
  if (range) CSS.highlights.set(HIGHLIGHT_ACTIVE, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT_ACTIVE);
}

export function clearAll(): void {
  for (const name of [HIGHLIGHT_REPORTED, HIGHLIGHT_DIFFERS, HIGHLIGHT_ACTIVE]) CSS.highlights.delete(name);
}

/** The painted passage under a viewport point, if the point is on its text. */
export function passageAt(painted: PaintedPassage[], x: number, y: number): PaintedPassage | null {
  for (const p of painted) {
    for (const rect of p.range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p;
    }
  }
  return null;
}
