import { describe, expect, it } from 'vitest';
import { namesComparedWith } from '../../../lib/compare/names';

const differingNames = (page: string, report: string) => namesComparedWith(page)(report);

describe('namesComparedWith', () => {
  it('gives the names each side has and the other lacks, as written', () => {
    expect(differingNames('Zelensky will meet Putin in Istanbul on Friday, his office said.', 'Zelensky will meet Trump in Washington on Friday, his office said.'))
      .toEqual({ page: ['Putin', 'Istanbul'], report: ['Trump', 'Washington'] });
  });

  it('takes no day of the week for a name', () => {
    expect(differingNames('Lavrov spoke to reporters in Moscow on Tuesday.', 'Lavrov spoke to reporters in Geneva on Thursday.'))
      .toEqual({ page: ['Moscow'], report: ['Geneva'] });
    expect(differingNames('Peskov told reporters on Tuesday that talks would go on.', 'Peskov told reporters on Thursday that talks would go on.')).toBeNull();
  });

  it('counts a known name that opens a sentence', () => {
    expect(differingNames('Britain approved a new package of sanctions against Russia.', 'The European Union approved a new package of sanctions against Russia.'))
      .toEqual({ page: ['Britain'], report: ['European Union'] });
  });

  it('gives a name of several words as one, and names apart as apart', () => {
    expect(differingNames('Washington accused Moscow of stalling the talks.', 'The United States accused Moscow of stalling the talks.'))
      .toEqual({ page: ['Washington'], report: ['United States'] });
    expect(differingNames('On Friday Macron and Scholz will meet in Paris.', 'On Friday Putin and Zelensky will meet in Paris.'))
      .toEqual({ page: ['Macron', 'Scholz'], report: ['Putin', 'Zelensky'] });
  });

  it('takes a first name before a name both give for the same person', () => {
    expect(differingNames('On Tuesday Peskov said the talks would go on in Istanbul.', 'On Tuesday Dmitry Peskov said the talks would go on in Geneva.'))
      .toEqual({ page: ['Istanbul'], report: ['Geneva'] });
  });

  it('says nothing when only one side adds names, such as its source', () => {
    expect(differingNames(
      'Russia controls nearly 19 per cent of Ukraine.',
      'Russia now controls almost 19% of Ukraine, including all of Luhansk and large parts of Donetsk, Reuters reported.',
    )).toBeNull();
  });

  it('takes spelling variants and titles for no difference', () => {
    expect(differingNames('Officials in Kiev said President Zelenskiy would travel to Rome.', 'Officials in Kyiv said Zelenskyy would travel to Rome.')).toBeNull();
    expect(differingNames('Foreign Minister Lavrov met Wang Yi.', 'Lavrov met Chinese Foreign Minister Wang Yi.')).toBeNull();
  });

  it('takes no capitalised common word for a name where either sentence writes it lowercase', () => {
    // A machine translation's stray capital ("at Briefing") against a report's lowercase word.
    expect(differingNames('"Nobody is stalling," Peskov said in Moscow at Briefing.', '"Nobody is stalling," Peskov told a briefing in Geneva.'))
      .toEqual({ page: ['Moscow'], report: ['Geneva'] });
    // The same sentence writes "War" and "war".
    expect(differingNames(
      'The envoy to the Ukraine War, Keith Kellogg, urged talks to end the war, Zelensky said.',
      'The envoy to Ukraine, Keith Kellogg, urged talks to end the fighting, Trump said.',
    )).toEqual({ page: ['Zelensky'], report: ['Trump'] });
  });

  it('takes no common noun capitalised after a preposition for a name, where the sentence is otherwise in sentence case', () => {
    // The seeds' machine translation: neither sentence writes "briefing" lowercase, but it is an ordinary noun.
    expect(differingNames('"No one is stalling anything," Kremlin spokesman Dmitry Peskov told reporters in Moscow.', '“Nobody came here,” Peskov said in Moscow at Briefing.'))
      .toBeNull();
    // The places beside it are still names.
    expect(differingNames('Peskov told reporters in Istanbul on Monday.', 'Peskov told reporters in Moscow at Briefing on Monday.'))
      .toEqual({ page: ['Istanbul'], report: ['Moscow'] });
  });

  it('keeps a name of several words whose words are not all written lowercase', () => {
    expect(differingNames('The United States and EU member states back the talks, Rubio said.', 'Britain and the EU back the talks, Rubio said.'))
      .toEqual({ page: ['United States'], report: ['Britain'] });
  });

  it('takes a framing term the framing table writes lowercase for a wording, not a name', () => {
    expect(differingNames(
      '"The territory of the Luhansk People\u2019s Republic is fully liberated," said Pasemnik.',
      'The Russian-backed head of the Luhansk region, Leonid Pasechnik, said the region was now occupied.',
    )).toEqual({ page: ['Pasemnik'], report: ['Russian', 'Leonid Pasechnik'] });
    expect(differingNames('Peskov said the Special Military Operation would go on, Moscow said.', 'Peskov said the war would go on, Kiev said.'))
      .toEqual({ page: ['Moscow'], report: ['Kiev'] });
    // One with a name in it stays a name.
    expect(differingNames('Putin said the Maidan Revolution changed everything.', 'Putin said the war changed everything in Kiev.'))
      .toEqual({ page: ['Maidan Revolution'], report: ['Kiev'] });
  });

  it('takes a word of a known place both give for part of that name, not another name', () => {
    expect(differingNames('The Government of Ukraine says the region is its territory, Zelensky said.', 'Ukraine says the region is its territory, Peskov said.'))
      .toEqual({ page: ['Zelensky'], report: ['Peskov'] });
  });

  it('keeps a surname after a first name both give as another person', () => {
    expect(differingNames('Russian Foreign Minister Sergey Lavrov said Moscow is open to talks.', 'Russian Deputy Foreign Minister Sergey Ryabkov said Moscow is open to talks.'))
      .toEqual({ page: ['Lavrov'], report: ['Ryabkov'] });
  });

  it('keeps an owner apart from the name it owns', () => {
    expect(differingNames("Ukraine's Umerov said the talks would go on in Istanbul.", "Ukraine's Zelensky said the talks would go on in Istanbul."))
      .toEqual({ page: ['Umerov'], report: ['Zelensky'] });
  });

  it('reads a capital or a seat of power acting for its country as the country, and not where it is a place', () => {
    expect(differingNames('Kiev accused Moscow of stalling, the Kremlin said.', 'Ukraine accused Russia of stalling, a Russian official said.')).toBeNull();
    expect(differingNames('Zelensky will meet Putin in Moscow, Russia said.', 'Zelensky will meet Putin in Istanbul, Turkey said.'))
      .toEqual({ page: ['Moscow', 'Russia'], report: ['Istanbul', 'Turkey'] });
    // Another country's capital is another actor.
    expect(differingNames('Beijing accused Moscow of stalling.', 'Washington accused Moscow of stalling.')).toEqual({ page: ['Beijing'], report: ['Washington'] });
  });

  it("takes no wire story's dateline or credit for a name", () => {
    expect(differingNames('Vladimir Medinsky said both sides agreed to swap 1,200 prisoners.', 'ISTANBUL, July 23 (Reuters) - Russia and Ukraine agreed to swap 1,200 prisoners, Medinsky said.')).toBeNull();
    expect(differingNames('Vladimir Medinsky said both sides agreed to swap 1,200 prisoners in Istanbul.', 'KYIV, July 23 (AP) - Both sides agreed to swap 1,200 prisoners in Geneva, Medinsky said.'))
      .toEqual({ page: ['Istanbul'], report: ['Geneva'] });
  });
});
