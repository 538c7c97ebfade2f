/**
 * Paints the reported passages with the CSS Custom Highlight API (Chrome 105+, Firefox 140+)
 * instead of wrapping them in elements: the page's DOM is never changed, so its scripts and
 * layout are untouched, nothing shifts, and switching highlights off restores the page exactly.
 * Wrapper elements would have to be re-inserted each time the page re-renders its nodes, and
 * would break pages whose scripts walk or diff their own markup; ranges only point at nodes.
 * The styles are in ./style.css, injected by the browser as an extension stylesheet. A
 * ::highlight style cannot ask what is behind the text, so each kind is registered twice, for
 * passages on light and on dark pages (./highlight-names.ts), and a passage goes in the one its
 * page calls for (./page-scheme-reader.ts).
 */
import type { PassageMatch } from '@/lib/match/types';
import type { Scheme } from '@/lib/page-scheme';
import { summarizeReports } from '@/lib/report-summary';
import {
  bothSchemes,
  HIGHLIGHT_ACTIVE,
  HIGHLIGHT_DIFFERS,
  HIGHLIGHT_LOOSE,
  HIGHLIGHT_REPORTED,
  highlightName,
  PASSAGE_HIGHLIGHTS,
  SCHEMES,
} from './highlight-names';
import { rangeFor, type TextMap } from './text-map';
import type { TimeSlicer } from './time-slicer';

export interface LocatedPassage {
  index: number;
  passage: PassageMatch;
  range: Range;
}

export interface PaintedPassage extends LocatedPassage {
  /** Whether the page is light or dark where the passage is: its highlight's colours and its card's. */
  scheme: Scheme;
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
export async function locate(map: TextMap, passages: PassageMatch[], slicer: TimeSlicer): Promise<LocatedPassage[]> {
  const located: LocatedPassage[] = [];
  for (let index = 0; index < passages.length; index++) {
    const range = rangeFor(map, passages[index].start, passages[index].end);
    if (range) located.push({ index, passage: passages[index], range });
    await slicer.pause();
  }
  return located;
}

/** Shows exactly these passages (replacing what was painted before), each in its page's colours. */
export function paint(painted: PaintedPassage[]): void {
  const kinds = painted.map((p) => kindOf(p.passage));
  for (const kind of PASSAGE_HIGHLIGHTS) {
    for (const scheme of SCHEMES) {
      const ranges = painted.filter((p, i) => kinds[i] === kind && p.scheme === scheme).map((p) => p.range);
      CSS.highlights.set(highlightName(kind, scheme), new Highlight(...ranges));
    }
  }
}

/** Marks one passage as the one the card or a reveal is about. */
export function setActive(target: PaintedPassage | null): void {
  for (const name of bothSchemes(HIGHLIGHT_ACTIVE)) CSS.highlights.delete(name);
  if (!target) return;
  const active = new Highlight(target.range);
  // Drawn over the passage's own highlight.
  active.priority = 1;
  CSS.highlights.set(highlightName(HIGHLIGHT_ACTIVE, target.scheme), active);
}

export function clearAll(): void {
  // Called at start too, on a browser that may have no highlights at all.
  if (!highlightsSupported()) return;
  for (const name of [...PASSAGE_HIGHLIGHTS, HIGHLIGHT_ACTIVE].flatMap(bothSchemes)) CSS.highlights.delete(name);
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
