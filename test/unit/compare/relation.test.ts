import { describe, expect, it } from 'vitest';
import { relate } from '../../../lib/compare/relation';
import { framingTerms } from '../../../lib/compare/framing';

describe('relate', () => {
  it('calls a copy that differs only in typography verbatim', () => {
    const result = relate('The council “rejected” the plan – again.', 'The council "rejected" the plan - again.');
    expect(result.relation).toBe('verbatim');
    expect(result.diff.every((p) => p.kind === 'same')).toBe(true);
  });

  it('calls a lightly edited copy near-verbatim, with a word diff from page to report', () => {
    const page = 'The council rejected the harbour plan on Monday after a long debate in the town hall.';
    const report = 'The council rejected the harbour plan on Monday after a heated debate in the town hall.';
    const result = relate(page, report);
    expect(result.relation).toBe('near-verbatim');
    expect(result.diff).toContainEqual({ kind: 'removed', text: 'long' });
    expect(result.diff).toContainEqual({ kind: 'added', text: 'heated' });
    expect(result.diff.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(page);
    expect(result.diff.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(report);
  });

  it('reports differing figures as written', () => {
    const result = relate('Rescuers found 1,250 survivors by Sunday.', 'Rescuers found 980 survivors by Sunday.');
    expect(result.relation).toBe('different-figure');
    expect(result.differingNumbers).toEqual([['1,250', '980']]);
  });

  it('keeps a figure whole in the word diff, not split at its comma', () => {
    const result = relate(
      'Both sides agreed in Istanbul to exchange at least 1,500 more prisoners of war.',
      'Both sides agreed to exchange at least 1,200 more prisoners of war, Medinsky said in Istanbul, Turkey.',
    );
    expect(result.diff.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toContain('1,500');
    expect(result.diff.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain('1,200');
    expect(result.diff.filter((p) => p.kind === 'same').map((p) => p.text).join('')).not.toMatch(/\d/);
  });

  it('calls a report of the same count with another value different-figure, and leaves other numbers alone', () => {
    const result = relate(
      'A weather service analysis found that a record 412 wildfires burned in Portugal in August.',
      'Analysis by the weather service found a record 398 wildfires had burned in Portugal in August.',
    );
    expect(result.relation).toBe('different-figure');
    expect(result.differingNumbers).toEqual([['412', '398']]);
    // Numbers that count different things are extra information, not a different figure.
    const extra = relate('The dam, built in 1962, holds back the river.', 'The dam holds back the river along 40 km of valley.');
    expect(extra.differingNumbers).toEqual([]);
    expect(extra.relation).toBe('paraphrase');
  });

  it('does not tell figures of other things apart as a different figure', () => {
    const result = relate('Medinsky said the sides agreed to exchange at least 250 more civilians.', 'Medinsky said the sides agreed to exchange at least 1,200 more prisoners of war.');
    expect(result.relation).not.toBe('different-figure');
    expect(result.differingNumbers).toEqual([]);
  });

  it('does not treat reformatted figures as different', () => {
    const result = relate('Prices rose 7 per cent in April.', 'In April, prices rose 7%.');
    expect(result.differingNumbers).toEqual([]);
    expect(result.relation).toBe('paraphrase');
  });

  it('flags a quotation rendered in different words', () => {
    const result = relate('“We will never give up the port,” the governor said.', '“The harbour stays ours forever,” the governor said.');
    expect(result.relation).toBe('different-quote');
  });

  it('flags a quotation with one word changed, even for a word the matcher reads alike', () => {
    expect(relate('"No one is stalling anything," Kremlin spokesman Dmitry Peskov told reporters in Moscow.', '“No one is delaying anything here,” Mr Peskov told reporters in Moscow.').relation).toBe('different-quote');
    expect(relate('"We will achieve our goals by military means," Peskov said.', '"We will achieve our goals via political and diplomatic means," Peskov said.').relation).toBe('different-quote');
  });

  it('reads a quotation in single quotation marks, as British outlets print it', () => {
    expect(relate("'No one is stalling anything,' Kremlin spokesman Dmitry Peskov told reporters in Moscow.", '“No one is delaying anything here,” Mr Peskov told reporters in Moscow.').relation).toBe('different-quote');
    expect(relate('Peskov said: ‘We will achieve our goals by military means.’', 'Peskov said: ‘We will achieve our goals via political and diplomatic means.’').relation).toBe('different-quote');
    expect(relate("'Kiev must withdraw its troops,' Lavrov told reporters on Monday.", 'Lavrov said on Monday: "Kyiv must withdraw its troops."').relation).not.toBe('different-quote');
  });

  it('does not take terms held in quotation marks for a quotation worded differently', () => {
    expect(relate("Gabbard charged Obama with driving a 'false' narrative that Russia wanted Trump to win the election.", 'Gabbard detailed "striking" findings, claiming "overwhelming evidence" that Obama aides built a narrative that Russia wanted Trump to win the election.').relation).not.toBe('different-quote');
  });

  it('does not flag a quotation spelled otherwise, nor a fragment of it', () => {
    expect(relate('"Kiev must withdraw its troops," Lavrov told reporters on Monday.', 'Lavrov said on Monday: "Kyiv must withdraw its troops."').relation).not.toBe('different-quote');
    expect(relate('Peskov said Russia was "grateful" for the remarks.', '"We are grateful to President Trump for the remarks," Peskov said.').relation).not.toBe('different-quote');
  });
});

describe('framingTerms', () => {
  it('finds the framing variant each source uses, longest phrase first', () => {
    expect(framingTerms('Troops in the special military operation advanced towards Kiev.')).toEqual([
      { concept: 'the Russia-Ukraine war', term: 'special military operation', quoted: false },
      { concept: 'capital of Ukraine', term: 'kiev', quoted: false },
    ]);
    expect(framingTerms('The invasion reached the outskirts of Kyiv; Zelenskyy stayed.').map((f) => f.term)).toEqual(['invasion', 'kyiv', 'zelenskyy']);
  });

  it('tells liberated, occupied and captured apart as terms of one concept', () => {
    const concepts = ['The town was liberated.', 'The town was occupied.', 'The town was captured.'].map((t) => framingTerms(t)[0]);
    expect(new Set(concepts.map((c) => c.concept)).size).toBe(1);
    expect(concepts.map((c) => c.term)).toEqual(['liberated', 'occupied', 'captured']);
  });

  it('separates the 2014 framings', () => {
    expect(framingTerms('after the Maidan Revolution')[0].term).toBe('maidan revolution');
    expect(framingTerms('after the armed coup')[0].term).toBe('armed coup');
  });
});
