/** An export cut into files one import each takes. */
import { describe, expect, it } from 'vitest';
import { importableParts } from '../../../lib/corpus/import/export-parts';

describe('importableParts', () => {
  it('keeps the lines in order within a file, at most so many lines per file, the last lines’ file first', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `{"n":${i}}`);
    expect(importableParts(lines, 3, 1_000)).toEqual([lines.slice(6), lines.slice(3, 6), lines.slice(0, 3)]);
    expect(importableParts(lines, 7, 1_000)).toEqual([lines]);
    expect(importableParts([], 3, 1_000)).toEqual([]);
  });

  it('counts bytes as UTF-8 with each line’s newline, not characters', () => {
    // "Київ" is 8 bytes in UTF-8: each line with its newline takes 11, two take 22.
    const line = '"Київ"';
    expect(importableParts([line, line, line], 100, 22)).toEqual([[line], [line, line]]);
    expect(importableParts([line, line, line], 100, 21)).toEqual([[line], [line], [line]]);
  });
});
