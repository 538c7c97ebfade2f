/**
 * Reader for sentence-pair files in the MSRP format: a header line, tab-separated columns
 * Quality, #1 ID, #2 ID, #1 String, #2 String; optional BOM, CRLF line ends, no quoting
 * (fields contain bare double quotes, so lines are split on tabs only).
 */
import { InputError } from './tool-input';

export interface SentencePair {
  /** 1 = same meaning, 0 = different, null when the file has no label. */
  label: 0 | 1 | null;
  id1: string;
  id2: string;
  sentence1: string;
  sentence2: string;
}

/**
 * Blank lines are skipped; a line with fewer than five fields is an InputError naming its line as
 * the file numbers it. The first line is the header unless it reads as a pair (its Quality a
 * label): a file without one loses no pair. A file gives labels on every pair or on none; one
 * odd label among labelled pairs is an InputError, not a silent file without figures.
 */
export function parsePairFile(text: string): SentencePair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const pairs: SentencePair[] = [];
  const labelLines: number[] = [];
  let odd: { line: number; quality: string } | null = null;
  lines.forEach((line, n) => {
    const fields = line.split('\t');
    const quality = fields[0].trim();
    if ((n === 0 && !LABEL.test(quality)) || line.trim() === '') return;
    if (fields.length < 5) throw new InputError(`line ${n + 1}: expected 5 tab-separated fields, found ${fields.length}`);
    const [, id1, id2, sentence1, sentence2] = fields;
    if (LABEL.test(quality)) labelLines.push(n + 1);
    else odd ??= { line: n + 1, quality };
    pairs.push({ label: quality === '1' ? 1 : quality === '0' ? 0 : null, id1, id2, sentence1, sentence2 });
  });
  if (odd && labelLines.length) {
    const { line, quality } = odd;
    throw new InputError(`line ${line}: Quality must be 0 or 1 like the other pairs' (line ${labelLines[0]}), found "${quality}"`);
  }
  return pairs;
}

const LABEL = /^[01]$/;
