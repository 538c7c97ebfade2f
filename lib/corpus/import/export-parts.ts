/**
 * An export cut into files each of which one import takes (limits.ts): a corpus larger than
 * an import may hold is restored by importing its files one after another, in the order given.
 */
import { MAX_ARTICLES_PER_IMPORT, MAX_IMPORT_BYTES } from './limits';

const encoder = new TextEncoder();

/**
 * Export lines (in list order: the user's newest article first) grouped into files of at most
 * `maxLines` lines and `maxBytes` bytes (newlines counted), in the order to import them: the
 * oldest articles' file first, since each import is listed above those before it. Within a
 * file the lines keep their order, as an import lists its own articles.
 */
export function importableParts(lines: readonly string[], maxLines = MAX_ARTICLES_PER_IMPORT, maxBytes = MAX_IMPORT_BYTES): string[][] {
  const parts: string[][] = [];
  let part: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    const size = encoder.encode(line).length + 1;
    if (part.length && (part.length === maxLines || bytes + size > maxBytes)) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(line);
    bytes += size;
  }
  if (part.length) parts.push(part);
  return parts.reverse();
}
