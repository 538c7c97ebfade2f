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

/** Blank lines are skipped; a line with fewer than five fields is an InputError naming its line as the file numbers it. */
export function parsePairFile(text: string): SentencePair[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const pairs: SentencePair[] = [];
  lines.forEach((line, n) => {
    if (n === 0 || line.trim() === '') return;
    const fields = line.split('\t');
    if (fields.length < 5) throw new InputError(`line ${n + 1}: expected 5 tab-separated fields, found ${fields.length}`);
    const [quality, id1, id2, sentence1, sentence2] = fields;
    const label = quality.trim() === '1' ? 1 : quality.trim() === '0' ? 0 : null;
    pairs.push({ label, id1, id2, sentence1, sentence2 });
  });
  return pairs;
}
