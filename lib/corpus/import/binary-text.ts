/**
 * Whether decoded file text is binary data rather than text: the import refuses such a file, and
 * so does `npm run analyze`, rather than read noise for an article.
 */

/** Decoding as UTF-8 turns bytes that are not text into U+FFFD; binary files also carry NULs. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code === 0xfffd || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) odd++;
  }
  return odd > Math.max(2, sample.length / 100);
}
