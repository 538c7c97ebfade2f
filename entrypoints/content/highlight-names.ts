/**
 * The names of the extension's highlights in the page's CSS highlight registry (and in
 * ./style.css), in a module of their own so the browser tests can read the registry by them.
 */
export const HIGHLIGHT_REPORTED = 'news-context-reported';
export const HIGHLIGHT_DIFFERS = 'news-context-differs';
/** A passage linked below the pair cut (PassageMatch.loose): painted fainter, whatever its reports say. */
export const HIGHLIGHT_LOOSE = 'news-context-loose';
export const HIGHLIGHT_ACTIVE = 'news-context-active';

/** The kinds a passage is painted in, one each. */
export const PASSAGE_HIGHLIGHTS = [HIGHLIGHT_REPORTED, HIGHLIGHT_DIFFERS, HIGHLIGHT_LOOSE] as const;
