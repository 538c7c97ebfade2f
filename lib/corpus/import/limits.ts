/**
 * Bounds on what one import may hold. Files over the size limit are refused before they are
 * read, so a huge or wrong file costs nothing; the rest keep one import within what a
 * browser message and one IndexedDB transaction handle comfortably.
 */

/** Largest import, all files together: 16 MiB is about 3,000 long articles of plain text. */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
export const MAX_ARTICLES_PER_IMPORT = 5_000;
/** The longest article text accepted; a book-length text is not a news article. */
export const MAX_ARTICLE_CHARS = 200_000;
/** The shortest article text accepted: a claim needs at least a subject and a verb ("Putin resigned."). */
export const MIN_ARTICLE_WORDS = 2;
export const MAX_TITLE_CHARS = 1_000;
export const MAX_OUTLET_CHARS = 200;
export const MAX_URL_CHARS = 2_000;

export const IMPORT_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.ndjson', '.jsonl'] as const;

/** "50.0 MB (52428800 bytes)": the bytes tell apart sizes that round alike near the limit. */
export function describeSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`;
}
