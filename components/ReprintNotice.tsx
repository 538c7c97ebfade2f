/**
 * The page the reader has open prints a corpus article's text (PageComparison.reprint), so the
 * sources of its claims are that article's, and the page is not one more report of them: said
 * near the top of the panel and in the hover card. Nothing on any other page.
 */
import { reprintWords } from '@/lib/panel/wording';
import type { ReprintNote } from '@/lib/panel/types';

export function ReprintNotice({ note }: { note: ReprintNote | null }) {
  return note && <p class="nc-reprint">{reprintWords(note.reprint, note.article)}</p>;
}
