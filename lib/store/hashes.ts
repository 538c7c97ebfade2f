/**
 * Hashes the store keys on. hashText is 32 bits: at 100,000 articles two different texts
 * would likely share one, so content hashes (which decide "same text" duplicates and user
 * article ids) join two hashes from different starting states into 64 bits.
 */
import { hashText } from '../hash';
import { reuseWords } from '../corpus/shingles';
import type { Article } from '../types';

function wideHash(text: string): string {
  return hashText(text) + hashText(`\u0000${text}`);
}

/** Same body text, whatever the white space, case or Unicode form: the "same text" test. */
export function contentHashOf(article: Pick<Article, 'paragraphs'>): string {
  return wideHash(article.paragraphs.join('\n').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

/**
 * One sentence's words with typography folded (as the copy detector reads them): two
 * articles sharing many of these share verbatim sentences and may be reprints. A collision
 * only adds a candidate, which linkCopies then rejects, so 32 bits suffice.
 */
export function sentenceHashOf(text: string): string {
  return hashText(reuseWords(text).join(' '));
}
