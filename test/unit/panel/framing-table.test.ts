/** The framing table of the demo article's event, from the seeds' own wording. */
import { describe, expect, it } from 'vitest';
import { FRAMING_CONCEPTS, termForDisplay } from '../../../lib/compare/framing';
import { framingTable, termLabel } from '../../../lib/panel/framing-table';
import { article } from '../match/fixtures';
import { demo } from './demo';

const RT = 'seed:001_ddd55587bb5b04cc:0';
const REUTERS = 'seed:003_bed8e93c8511a76b:3';
const GUARDIAN_COPY = 'seed:003_bed8e93c8511a76b:1';
/** A report without its outlet's name, whose only "special military operation" is Peskov's. */
const PESKOV_REPORT = 'seed:002_325b134e5421c636:0';
/** A machine translation of a Russian report. */
const TRANSLATION = 'seed:004_a6126afd97640d62:0';

describe('framingTable', () => {
  it('puts the page first with its own words, then each original source with theirs', async () => {
    const { framing } = (await demo()).comparison;
    expect(framing.rows[0].articleId).toBeNull();
    expect(framing.rows[0].terms['capital of Ukraine']).toEqual([{ term: 'Kyiv', count: 1, quoted: false }]);
    // RT writes "Kiev" throughout its Lavrov story.
    const rt = framing.rows.find((r) => r.articleId === RT);
    expect(rt?.terms['capital of Ukraine']?.map((u) => u.term)).toEqual(['Kiev']);
  });

  it("counts a name written with a possessive or in a compound: RT's nine Kiev, Reuters' five Zelenskiy", async () => {
    const { framing } = (await demo()).comparison;
    const row = (id: string) => framing.rows.find((r) => r.articleId === id)!;
    // Four of RT's are "Kiev's"; two of Reuters' are "Zelenskiy's" and "Putin-Zelenskiy".
    expect(row(RT).terms['capital of Ukraine']).toEqual([{ term: 'Kiev', count: 9, quoted: false }]);
    expect(row(REUTERS).terms['President of Ukraine']).toEqual([{ term: 'Zelenskiy', count: 5, quoted: false }]);
  });

  it("credits a source's quotations to the speaker: Peskov in a report, a Luhansk official in a translation", async () => {
    const { framing } = (await demo()).comparison;
    const row = (id: string) => framing.rows.find((r) => r.articleId === id)!;
    const war = row(PESKOV_REPORT).terms['the Russia-Ukraine war']!;
    expect(war.filter((u) => u.term === 'special military operation')).toEqual([{ term: 'special military operation', count: 1, quoted: true }]);
    const translation = row(TRANSLATION).terms;
    expect(translation['territory under Russian control']).toEqual([
      { term: 'occupied', count: 1, quoted: false },
      { term: 'liberated', count: 1, quoted: true },
    ]);
    expect(translation['Russian-backed entities in Donbas']).toEqual([{ term: "people's republic", count: 1, quoted: true }]);
  });

  it('does not count the war of "prisoners of war": Reuters names the war once', async () => {
    const { framing } = (await demo()).comparison;
    const reuters = framing.rows.find((r) => r.articleId === REUTERS)!;
    expect(reuters.terms['the Russia-Ukraine war']).toEqual([{ term: 'war', count: 1, quoted: false }]);
  });

  it("keeps a copy's row when it changed its original's words: the Guardian's Zelenskyy for Reuters' Zelenskiy", async () => {
    const { framing, articles } = (await demo()).comparison;
    expect(articles[GUARDIAN_COPY].copyOf).toBe(REUTERS);
    const copy = framing.rows.find((r) => r.articleId === GUARDIAN_COPY);
    expect(copy?.terms['President of Ukraine']).toEqual([{ term: 'Zelenskyy', count: 4, quoted: false }]);
  });

  it('leaves out a copy that uses only words its original uses, and one that names none', () => {
    const original = article('o', 'Wire', ['The invasion of Ukraine: Kyiv said the war goes on. Kyiv again.']);
    const trimmed = article('t', 'Reprint', ['The invasion of Ukraine: Kyiv said so.'], 'o');
    const silent = article('s', 'Other reprint', ['Nothing here.'], 'o');
    const respelled = article('r', 'Respelled', ['The invasion of Ukraine: Kiev said the war goes on.'], 'o');
    expect(framingTable('', [original, trimmed, silent, respelled]).rows.map((r) => r.articleId)).toEqual([null, 'o', 'r']);
  });

  it('lists the concepts in the registry order', async () => {
    const { framing } = (await demo()).comparison;
    const order = FRAMING_CONCEPTS.map((c) => c.concept);
    expect(framing.concepts.map((c) => order.indexOf(c))).toEqual([...framing.concepts.map((c) => order.indexOf(c))].sort((a, b) => a - b));
  });

  it('counts repeated terms, most used first', () => {
    const table = framingTable('The war goes on. The war and the invasion. Kyiv.', []);
    expect(table.rows[0].terms['the Russia-Ukraine war']).toEqual([
      { term: 'war', count: 2, quoted: false },
      { term: 'invasion', count: 1, quoted: false },
    ]);
    expect(table.concepts).toEqual(['capital of Ukraine', 'the Russia-Ukraine war']);
  });

  it('counts the terms a source only quotes apart from its own words, after them', () => {
    const table = framingTable('Peskov said: “The special military operation will go on until the war ends.” The invasion began in 2022. Kyiv.', []);
    expect(table.rows[0].terms['the Russia-Ukraine war']).toEqual([
      { term: 'invasion', count: 1, quoted: false },
      { term: 'special military operation', count: 1, quoted: true },
      { term: 'war', count: 1, quoted: true },
    ]);
  });

  it('shows a quoted term between quotation marks, its count after them', () => {
    expect(termLabel({ term: 'special military operation', count: 2, quoted: true })).toBe('“special military operation” ×2');
    expect(termLabel({ term: 'invasion', count: 1, quoted: false })).toBe('invasion');
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
