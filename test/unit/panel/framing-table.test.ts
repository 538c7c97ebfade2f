/** The framing table of the demo article's event, from the seeds' own wording. */
import { describe, expect, it } from 'vitest';
import { FRAMING_CONCEPTS, termForDisplay } from '../../../lib/compare/framing';
import { framingTable } from '../../../lib/panel/framing-table';
import { demo } from './demo';

const RT = 'seed:001_ddd55587bb5b04cc:0';
const REUTERS = 'seed:003_bed8e93c8511a76b:3';

describe('framingTable', () => {
  it('puts the page first with its own words, then each original source with theirs', async () => {
    const { framing } = (await demo()).comparison;
    expect(framing.rows[0].articleId).toBeNull();
    expect(framing.rows[0].terms['capital of Ukraine']).toEqual([{ term: 'Kyiv', count: 1 }]);
    // RT writes "Kiev" throughout its Lavrov story.
    const rt = framing.rows.find((r) => r.articleId === RT);
    expect(rt?.terms['capital of Ukraine']?.map((u) => u.term)).toEqual(['Kiev']);
  });

  it("counts a name written with a possessive or in a compound: RT's nine Kiev, Reuters' five Zelenskiy", async () => {
    const { framing } = (await demo()).comparison;
    const row = (id: string) => framing.rows.find((r) => r.articleId === id)!;
    // Four of RT's are "Kiev's"; two of Reuters' are "Zelenskiy's" and "Putin-Zelenskiy".
    expect(row(RT).terms['capital of Ukraine']).toEqual([{ term: 'Kiev', count: 9 }]);
    expect(row(REUTERS).terms['President of Ukraine']).toEqual([{ term: 'Zelenskiy', count: 5 }]);
  });

  it('leaves copies out and lists the concepts in the registry order', async () => {
    const { framing, articles } = (await demo()).comparison;
    for (const row of framing.rows.slice(1)) expect(articles[row.articleId!].copyOf).toBeNull();
    const order = FRAMING_CONCEPTS.map((c) => c.concept);
    expect(framing.concepts.map((c) => order.indexOf(c))).toEqual([...framing.concepts.map((c) => order.indexOf(c))].sort((a, b) => a - b));
  });

  it('counts repeated terms, most used first', () => {
    const table = framingTable('The war goes on. The war and the invasion. Kyiv.', []);
    expect(table.rows[0].terms['the Russia-Ukraine war']).toEqual([
      { term: 'war', count: 2 },
      { term: 'invasion', count: 1 },
    ]);
    expect(table.concepts).toEqual(['capital of Ukraine', 'the Russia-Ukraine war']);
  });

  it('has no concepts when no source names one', () => {
    expect(framingTable('The council met on Tuesday.', []).concepts).toEqual([]);
  });

  it('shows the names in a term capitalised and the other words as they are', () => {
    expect(['kiev regime', 'revolution of dignity', 'maidan revolution', 'western-backed coup', "coup d'etat", 'special military operation', 'zelenskyy'].map(termForDisplay)).toEqual([
      'Kiev regime',
      'Revolution of Dignity',
      'Maidan revolution',
      'Western-backed coup',
      "coup d'état",
      'special military operation',
      'Zelenskyy',
    ]);
  });
});
