/**
 * Word n-gram shingles for text-reuse detection (the passim approach): two texts that
 * share many 5-word sequences reuse each other's wording, whatever outlet printed them.
 */

/** Words of a text with typography and case folded, so house style does not hide reuse. */
export function reuseWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032']/g, '') // apostrophes: "russia's" and "russia’s" agree
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** The set of word n-grams (joined by spaces) of a text. */
export function shingles(text: string, size = 5): Set<string> {
  const words = reuseWords(text);
  const result = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) result.add(words.slice(i, i + size).join(' '));
  return result;
}
