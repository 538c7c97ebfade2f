/**
 * The data shapes shared by lib/, the extension and the command-line tools.
 * Everything here is plain JSON so it can be stored in IndexedDB and sent in messages.
 */

/** One news article, from the bundled corpus or added by the user. */
export interface Article {
  /** Stable id: `seed:<file stem>:<n>` for bundled articles, `user:<hash>` for imports. */
  id: string;
  /** Outlet display name as the text gives it, e.g. "ABC News", "Reuters", "RT". */
  outlet: string;
  /** Key into the outlet registry (lib/corpus/outlets), or null when unknown. */
  outletId: string | null;
  title: string | null;
  /** Body paragraphs in order: no captions, no boilerplate. */
  paragraphs: string[];
  /** Photo captions and alt texts, kept apart from the body. */
  captions: string[];
  /** Subheads inside the body, in order; kept apart from the paragraphs. */
  headings?: string[];
  /** Embedded posts (social media) quoted in the page, not the article's own prose. */
  embeds?: string[];
  /** Relative time exactly as the page gave it ("5 hours ago"), or null. */
  timeLabel: string | null;
  /** ISO 8601 publication time when known (user imports), else null. */
  published: string | null;
  url: string | null;
  origin: 'bundled' | 'user';
  /** Bundled: the seed file name; user: the imported file name or "pasted". */
  sourceFile: string;
  /** Name of the aggregator the article was found on, e.g. "Daily8", or null. */
  via: string | null;
  /** Id of the article this one reprints (aggregator copy, wire copy), or null for an original. */
  copyOf: string | null;
}

/** A span of a text: JavaScript string indices, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** A sentence of a text with its position. */
export interface SentenceSpan extends Span {
  text: string;
}
