/**
 * Which page passages are highlighted, on the bundled seeds: a sentence that reports a claim
 * in other words and adds to it, yes; a heading that only names the topic, no.
 */
import { describe, expect, it } from 'vitest';
import { matchText } from '../../../lib/match/match';
import { MemoryIndex } from '../../../lib/match/memory-index';
import { demo } from '../panel/demo';

async function seedsIndex(): Promise<MemoryIndex> {
  const index = new MemoryIndex();
  await index.addArticles((await demo()).articles);
  return index;
}

describe('highlights on a page', () => {
  it('takes a headline that restates a claim in other words', async () => {
    const passages = await matchText('Kremlin rejects charge that it is dragging out Ukraine talks', await seedsIndex());
    expect(passages).toHaveLength(1);
    expect(passages[0].reports.map((r) => r.sentence)).toContainEqual(expect.stringMatching(/Kremlin rejected the accusation/));
  });

  it('leaves alone headings and labels that only name the topic', async () => {
    const text = ['Russia-Ukraine talks in Istanbul', 'Prisoner deal agreed', 'Talks due to start in Istanbul'].join('\n\n');
    expect(await matchText(text, await seedsIndex())).toEqual([]);
  });
});
