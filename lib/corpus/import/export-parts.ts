/**
 * An export cut into files each of which one import takes (limits.ts): a corpus larger than
 * an import may hold is restored by importing its files one after another.
 */
import { MAX_ARTICLES_PER_IMPORT, MAX_IMPORT_BYTES } from './limits';

const encoder = new TextEncoder();

/** NDJSON lines in order, grouped into files of at most `maxLines` lines and `maxBytes` bytes (newlines counted). */
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
  return parts;
}
