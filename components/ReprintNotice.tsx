/**
 * Near the top of the panel: the page the reader has open prints a corpus article's text
 * (PageComparison.reprint), so the sources of its claims are that article's, and the page is not
 * one more report of them. Nothing on any other page.
 */
import { reprintWords } from '@/lib/panel/wording';
import type { PageComparison } from '@/lib/panel/types';

export function ReprintNotice({ comparison: { reprint, articles } }: { comparison: PageComparison }) {
  const article = reprint ? articles[reprint.articleId] : undefined;
  if (!reprint || !article) return null;
  return <p class="nc-reprint">{reprintWords(reprint, article)}</p>;
}
