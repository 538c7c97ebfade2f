/**
 * The names of the extension's highlights in the page's CSS highlight registry (and in
 * ./style.css), in a module of their own so the browser tests can read the registry by them.
 * Each comes in two: as named, in colours for light pages, and with `-on-dark`, for passages
 * on a dark page (../../lib/page-scheme.ts decides which).
 */
import type { Scheme } from '@/lib/page-scheme';

export const HIGHLIGHT_REPORTED = 'news-context-reported';
export const HIGHLIGHT_DIFFERS = 'news-context-differs';
/** A passage linked below the pair cut (PassageMatch.loose): painted fainter, whatever its reports say. */
export const HIGHLIGHT_LOOSE = 'news-context-loose';
export const HIGHLIGHT_ACTIVE = 'news-context-active';

/** The kinds a passage is painted in, one each. */
export const PASSAGE_HIGHLIGHTS = [HIGHLIGHT_REPORTED, HIGHLIGHT_DIFFERS, HIGHLIGHT_LOOSE] as const;

export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** The registry name of a highlight (a kind, or the active mark) drawn on a page of `scheme`. */
export function highlightName(highlight: string, scheme: Scheme): string {
  return scheme === 'dark' ? `${highlight}-on-dark` : highlight;
}

/** A highlight's registry names in both schemes. */
export function bothSchemes(highlight: string): string[] {
  return SCHEMES.map((scheme) => highlightName(highlight, scheme));
}
