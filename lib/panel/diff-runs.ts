/**
 * Regroups a word diff for reading. The matcher's diff aligns token by token, so a reworded
 * stretch comes out interleaved ("-At +ISTANBUL, -a +July …"); here each stretch of changes
 * (separated only by spaces) becomes the page's words removed, then the report's words added.
 */
import type { DiffPart } from '../match/types';

const BLANK = /^\s*$/;

export function diffRuns(diff: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text) out.push({ kind, text });
  };
  const flush = () => {
    const trailing = (removed || added).match(/\s*$/)![0];
    if (removed.trim()) push('removed', removed.trimEnd());
    if (added.trim()) push('added', added.trimEnd());
    push('same', trailing);
    removed = added = '';
  };
  for (const part of diff) {
    const pending = removed || added;
    if (part.kind === 'same' && pending && BLANK.test(part.text)) {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'same') {
      if (pending) flush();
      push('same', part.text);
    } else if (part.kind === 'removed') {
      removed += part.text;
    } else {
      added += part.text;
    }
  }
  if (removed || added) flush();
  return out;
}
