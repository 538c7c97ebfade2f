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

/** A file name's extension, lower case with its dot ('' when it has none). */
export function fileExtension(name: string): string {
  return /\.[^.]+$/.exec(name.toLowerCase())?.[0] ?? '';
}

/**
 * Whether an article's `sourceFile` names a file an import read: every imported file has one of
 * the import extensions, while a pasted text ('pasted text') and a page added from the side panel
 * ('side panel') are labelled without one. Those are articles added one at a time, over weeks,
 * not one mistaken batch, so the options page offers no "remove all" for them.
 */
export function isImportFileName(sourceFile: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(fileExtension(sourceFile));
}

/** "50.0 MB (52428800 bytes)": the bytes tell apart sizes that round alike near the limit. */
export function describeSize(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`;
}
