/**
 * Whether a text holds a number of words, as the platform's Unicode word breaker finds them:
 * it splits Chinese and Japanese, which write no spaces, into words, and keeps a Hindi or Thai
 * word with its vowel signs, and "Don't", whole.
 */
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

export function hasWords(text: string, count: number): boolean {
  let found = 0;
  for (const segment of wordSegmenter.segment(text)) {
    // Stops at the count: a long article is not segmented to the end.
    if (segment.isWordLike && ++found >= count) return true;
  }
  return found >= count;
}
