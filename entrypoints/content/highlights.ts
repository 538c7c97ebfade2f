/**
 * Paints the reported passages with the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
 * instead of wrapping them in elements: the page's DOM is never changed, so its scripts and
 * layout are untouched, nothing shifts, and switching highlights off restores the page exactly.
 * Wrapper elements would have to be re-inserted each time the page re-renders its nodes, and
 * would break pages whose scripts walk or diff their own markup; ranges only point at nodes.
 * The styles are in ./style.css, injected by the browser as an extension stylesheet.
 */
import type { PassageMatch } from '@/lib/match/types';
import { summarizeReports } from '@/lib/report-summary';
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_DIFFERS, HIGHLIGHT_LOOSE, HIGHLIGHT_REPORTED, PASSAGE_HIGHLIGHTS } from './highlight-names';
import { rangeFor, type TextMap } from './text-map';
import type { TimeSlicer } from './time-slicer';

export interface PaintedPassage {
  index: number;
  passage: PassageMatch;
  range: Range;
}

/**
 * A passage's highlight: loose links apart from the others (their reports may not say the same
 * thing, so neither "reported" nor "differs" should be read into them), then passages some of
 * whose reports give another figure or word its quote differently.
 */
function kindOf(passage: PassageMatch): (typeof PASSAGE_HIGHLIGHTS)[number] {
  if (passage.loose) return HIGHLIGHT_LOOSE;
  return summarizeReports(passage).differs ? HIGHLIGHT_DIFFERS : HIGHLIGHT_REPORTED;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The DOM ranges of the passages still on the page, in order; yields as `slicer` decides. */
export async function locate(map: TextMap, passages: PassageMatch[], slicer: TimeSlicer): Promise<PaintedPassage[]> {
  const located: PaintedPassage[] = [];
  for (let index = 0; index < passages.length; index++) {
    const range = rangeFor(map, passages[index].start, passages[index].end);
    if (range) located.push({ index, passage: passages[index], range });
    await slicer.pause();
  }
  return located;
}

/** Shows exactly these passages (replacing what was painted before). */
export function paint(painted: PaintedPassage[]): void {
  const kinds = painted.map((p) => kindOf(p.passage));
  for (const kind of PASSAGE_HIGHLIGHTS) {
    CSS.highlights.set(kind, new Highlight(...painted.filter((_, i) => kinds[i] === kind).map((p) => p.range)));
  }
}

/** Marks one passage as the one the card or a reveal is about. */
export function setActive(range: Range | null): void {
  if (range) {
    const active = new Highlight(range);
    // Drawn over the passage's own highlight.
    active.priority = 1;
    CSS.highlights.set(HIGHLIGHT_ACTIVE, active);
  } else CSS.highlights.delete(HIGHLIGHT_ACTIVE);
}

export function clearAll(): void {
  for (const name of [...PASSAGE_HIGHLIGHTS, HIGHLIGHT_ACTIVE]) CSS.highlights.delete(name);
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
