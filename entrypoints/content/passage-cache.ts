/**
 * What the matcher found in each block of text, so a page that re-renders, grows (live blogs,
 * infinite scroll) or swaps content is re-analyzed only for the blocks it has not seen.
 *
 * Sound because the matcher scores every sentence on its own and a blank line always ends a
 * sentence: a block's passages depend on its text only, not on the blocks around it.
 */
import type { PassageMatch } from '@/lib/match/types';
import { BLOCK_SEPARATOR, type TextMap } from './text-map';

/** Blocks remembered; far more than any page holds, so a long session cannot grow without end. */
const MAX_BLOCKS = 20_000;

export class PassageCache {
  /** Block text → its passages, offsets relative to the block's text. */
  private readonly byText = new Map<string, PassageMatch[]>();

  /** The distinct block texts of `map` that were never analyzed, in page order. */
  missing(map: TextMap): string[] {
    const texts = new Set<string>();
    for (const block of map.blocks) if (!this.byText.has(block.text)) texts.add(block.text);
    return [...texts];
  }

  /** The request text for `texts`: analyzed as one text, split back by `store`. */
  static join(texts: string[]): string {
    return texts.join(BLOCK_SEPARATOR);
  }

  /** Files the passages found in `PassageCache.join(texts)` under the block each lies in. */
  store(texts: string[], passages: PassageMatch[]): void {
    const found = texts.map((): PassageMatch[] => []);
    const starts: number[] = [];
    let at = 0;
    for (const text of texts) {
      starts.push(at);
      at += text.length + BLOCK_SEPARATOR.length;
    }
    let block = 0;
    for (const passage of [...passages].sort((a, b) => a.start - b.start)) {
      while (block + 1 < starts.length && starts[block + 1] <= passage.start) block++;
      found[block].push({ ...passage, start: passage.start - starts[block], end: passage.end - starts[block] });
    }
    texts.forEach((text, i) => {
      this.byText.delete(text);
      this.byText.set(text, found[i]);
    });
    // Forget the oldest blocks first (a Map keeps insertion order).
    for (const oldest of this.byText.keys()) {
      if (this.byText.size <= MAX_BLOCKS) break;
      this.byText.delete(oldest);
    }
  }

  /** Every known passage of `map`, in page order, with offsets into `map.text`. */
  assemble(map: TextMap): PassageMatch[] {
    return map.blocks.flatMap((block, i) =>
      (this.byText.get(block.text) ?? []).map((p) => ({ ...p, start: p.start + map.starts[i], end: p.end + map.starts[i] })),
    );
  }
}
