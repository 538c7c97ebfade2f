/**
 * Which page passages are highlighted, on the bundled seeds: a sentence that reports a claim
 * in other words and adds to it, yes; a heading that only names the topic, or news of other
 * events of the same war in the same words, no.
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
  it('takes a headline that restates a claim in other words, as a loose match', async () => {
    const passages = await matchText('Kremlin rejects charge that it is dragging out Ukraine talks', await seedsIndex());
    expect(passages).toHaveLength(1);
    expect(passages[0].reports.map((r) => r.sentence)).toContainEqual(expect.stringMatching(/Kremlin rejected the accusation/));
    expect(passages[0].loose).toBe(true);
  });

  it('calls a link that restates the claim close, not loose', async () => {
    const passages = await matchText('Russia controls nearly 19 per cent of what is internationally recognised to be Ukraine.', await seedsIndex());
    expect(passages).toHaveLength(1);
    expect(passages[0].loose).toBe(false);
  });

  it('leaves alone headings and labels that only name the topic', async () => {
    const text = ['Russia-Ukraine talks in Istanbul', 'Prisoner deal agreed', 'Talks due to start in Istanbul'].join('\n\n');
    expect(await matchText(text, await seedsIndex())).toEqual([]);
  });

  it('holds a run of text longer than any sentence to the pair cut: a tag strip whose words cover a claim', async () => {
    const tags = [
      'More on this story: Russia Ukraine war latest', 'Kremlin spokesman Dmitry Peskov', 'Istanbul peace talks', 'Medinsky', 'Umerov',
      'negotiators', 'prisoner exchange', 'at least 1,200 prisoners of war', 'bodies of soldiers', 'Zelenskiy meeting', 'Putin',
      'Trump ultimatum', 'sanctions', 'drones', 'Kyiv', 'Moscow', 'Turkey', 'Erdogan', 'ceasefire', 'memorandum', 'humanitarian',
      'Black Sea', 'Odesa', 'Kharkiv', 'Donetsk', 'Luhansk', 'Zaporizhzhia', 'NATO', 'European Union', 'Washington', 'White House',
      'Reuters', 'ABC News', 'The Guardian', 'Sky News', 'Daily Mail',
    ];
    expect(await matchText(tags.join(' | '), await seedsIndex())).toEqual([]);
    expect(await matchText(tags.join(', '), await seedsIndex())).toEqual([]);
  });

  it('leaves alone a page on other events of the same war, told with the same names and words', async () => {
    const text = [
      'Ukrainian forces have recaptured the village of Robotyne in the Zaporizhzhia region, Deputy Defence Minister Hanna Maliar said on Monday.',
      "Russia's defence ministry did not comment on the claim, but said its troops had repelled several Ukrainian attacks in the area.",
      'Russian drones struck grain facilities in the Odesa region overnight, the regional governor said, damaging warehouses near the Danube.',
      "The Kremlin said on Tuesday that no date had been set for new talks with Kyiv and that Ukraine's peace formula was unacceptable.",
      "Ukraine's foreign minister Dmytro Kuleba said any negotiations must start with the withdrawal of Russian troops from all occupied territory.",
    ].join(' ');
    expect(await matchText(text, await seedsIndex())).toEqual([]);
  });
});
