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
});
