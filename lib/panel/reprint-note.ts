/** The comparison's reprint with its article, where the comparison names it: what the panel's notice and the Markdown say. */
import type { PageComparison, ReprintNote } from './types';

export function reprintNoteOf({ reprint, articles }: Pick<PageComparison, 'reprint' | 'articles'>): ReprintNote | null {
  const article = reprint ? articles[reprint.articleId] : undefined;
  return reprint && article ? { reprint, article } : null;
}
