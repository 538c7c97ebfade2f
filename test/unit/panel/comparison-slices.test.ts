/**
 * The panel's comparison is computed in slices that give way to other tasks: the background
 * answers every tab on one thread, and a long page's comparison in one go held every other
 * request back (a 400-paragraph page: 11-13 s in Firefox, its sidebar open as it is at install).
 * Whether a task runs between slices is an ordering, not a time, so it is asserted as one.
 */
import { describe, expect, it } from 'vitest';
import { compareWithCorpus } from '../../../lib/panel/panel-corpus';
import { slicer } from '../../../lib/slices';
import { comparedPage, demo, expected } from './demo';

/** Runs `work`, and tells whether a task queued just before it ran before it settled. */
async function taskRanBefore(work: () => Promise<unknown>): Promise<boolean> {
  let ran = false;
  setTimeout(() => (ran = true), 0);
  await work();
  return ran;
}

describe('slicer', () => {
  it('answers at once within its slice, gives way to a waiting task once the slice is used up, then starts a new slice', async () => {
    let now = 0;
    const pause = slicer(30, () => now);
    now = 29;
    expect(await taskRanBefore(pause)).toBe(false);
    now = 30;
    expect(await taskRanBefore(pause)).toBe(true);
    now = 59;
    expect(await taskRanBefore(pause)).toBe(false);
  });
});

describe('the comparison in slices', () => {
  it('lets a waiting task run between its figure checks, and answers as computed in one slice', async () => {
    // The demo corpus answers its reads at once (no task of their own): only the slices give way.
    const { corpus, passages, pageText } = await demo();
    const unlinked = passages.filter((p) => p.text !== expected.differentFigure);
    let inOne: unknown;
    let sliced: unknown;
    // One endless slice: nothing gives way, so a task that runs before the answer came from the slices.
    expect(await taskRanBefore(async () => (inOne = await compareWithCorpus(corpus, unlinked, comparedPage(pageText), slicer(Infinity))))).toBe(false);
    expect(await taskRanBefore(async () => (sliced = await compareWithCorpus(corpus, unlinked, comparedPage(pageText), slicer(0))))).toBe(true);
    expect(sliced).toEqual(inOne);
    // The other-figure check that runs in slices found its conflict.
    expect((sliced as Awaited<ReturnType<typeof compareWithCorpus>>).coverage.otherFigures.map((c) => c.pageSentence)).toContain(expected.differentFigure);
  });
});
