/**
 * Regroups a word diff for reading. The matcher's diff aligns token by token, so a reworded
 * stretch comes out interleaved ("-At +ISTANBUL, -a +July …"); here each stretch of changes
 * (separated only by white space) becomes the page's words removed, then the report's words
 * added. Either side of the result still reads as that side's text.
 */
import type { DiffPart } from '../match/types';

const BLANK = /^\s*$/;

export function diffRuns(diff: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let run: DiffPart[] = [];
  /** White space seen after the run's last change: part of the run only if another change follows. */
  let gap: DiffPart[] = [];
  const flush = () => {
    const side = (skip: DiffPart['kind']) => run.filter((p) => p.kind !== skip).map((p) => p.text).join('');
    const removed = side('added');
    const added = side('removed');
    // A side that is only white space keeps it as unchanged text rather than as an empty mark.
    if (!BLANK.test(removed)) push('removed', removed);
    if (!BLANK.test(added)) push('added', added);
    else if (BLANK.test(removed) && removed) push('same', removed);
    for (const part of gap) push('same', part.text);
    run = [];
    gap = [];
  };
  for (const part of diff) {
    if (part.kind !== 'same') {
      run.push(...gap, part);
      gap = [];
    } else if (run.length && BLANK.test(part.text)) {
      gap.push(part);
    } else {
      if (run.length) flush();
      push('same', part.text);
    }
  }
  if (run.length) flush();
  return out;
}
