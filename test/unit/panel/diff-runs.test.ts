/** Regrouping the matcher's word diffs for reading, checked on every report of the demo article. */
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../../lib/panel/diff-runs';
import type { DiffPart } from '../../../lib/match/types';
import { foldText } from '../../../lib/text/normalize';
import { relate } from '../../../lib/compare/relation';
import { demo, passageStarting } from './demo';

/** Unchanged words are spelled as on the page, so sides compare without case, typography or spacing. */
const collapse = (text: string) => foldText(text).toLowerCase().replace(/\s+/g, ' ').trim();
const side = (parts: DiffPart[], skip: DiffPart['kind']) => collapse(parts.filter((p) => p.kind !== skip).map((p) => p.text).join(''));

describe('diffRuns', () => {
  it('keeps both sides readable as the page’s and the report’s sentence', async () => {
    const { passages } = await demo();
    for (const passage of passages) {
      for (const report of passage.reports) {
        const runs = diffRuns(relate(passage.text, report.sentence).diff);
        expect(side(runs, 'added')).toBe(collapse(passage.text));
        expect(side(runs, 'removed')).toBe(collapse(report.sentence));
      }
    }
  });

  it('never interleaves: changes are separated by unchanged words, removals come before additions', async () => {
    const { passages } = await demo();
    for (const passage of passages) {
      for (const report of passage.reports) {
        const runs = diffRuns(relate(passage.text, report.sentence).diff);
        runs.forEach((part, i) => {
          const next = runs[i + 1];
          if (part.kind === 'added' && next) expect(next.kind).toBe('same');
          if (part.kind === 'same' && next?.kind === 'same') throw new Error('two unchanged parts in a row');
          if (part.kind === 'same' && i > 0 && next) expect(part.text.trim()).not.toBe('');
        });
      }
    }
  });

  it('turns the reworded opening of the Reuters report into one removal and one addition', async () => {
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    const reuters = talks.reports.find((r) => !r.copyOf)!;
    const [first, second] = diffRuns(relate(talks.text, reuters.sentence).diff);
    expect(first).toEqual({ kind: 'removed', text: expect.stringContaining('At a short round of talks in Istanbul') });
    expect(second).toEqual({ kind: 'added', text: expect.stringContaining('ISTANBUL, July 23 (Reuters)') });
  });

  it('leaves a diff without changes as it is', () => {
    expect(diffRuns([{ kind: 'same', text: 'All the same.' }])).toEqual([{ kind: 'same', text: 'All the same.' }]);
    expect(diffRuns([])).toEqual([]);
  });
});
