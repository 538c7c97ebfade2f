import { describe, expect, it } from 'vitest';
import { headlineOfPageTitle } from '../../../lib/corpus/page-title';

describe('headlineOfPageTitle', () => {
  it("takes off a site's name and section after a spaced separator", () => {
    expect(headlineOfPageTitle('Moscow brushes off US claim of stalling | The Courier')).toBe('Moscow brushes off US claim of stalling');
    expect(headlineOfPageTitle('Russia denies stalling peace talks - BBC News')).toBe('Russia denies stalling peace talks');
    expect(headlineOfPageTitle('Ukraine war latest: talks stall again | World news | The Guardian')).toBe('Ukraine war latest: talks stall again');
    expect(headlineOfPageTitle('Kremlin rejects claim — Sky News')).toBe('Kremlin rejects claim');
    expect(headlineOfPageTitle('Kremlin rejects stalling claim | Russia-Ukraine war')).toBe('Kremlin rejects stalling claim');
  });

  it('keeps a title with no tail, a hyphen inside a word, and a long last part that is the headline itself', () => {
    expect(headlineOfPageTitle('Russia-Ukraine talks stall in Istanbul')).toBe('Russia-Ukraine talks stall in Istanbul');
    expect(headlineOfPageTitle('Live - Russia and Ukraine hold a third round of talks in Istanbul')).toBe('Live - Russia and Ukraine hold a third round of talks in Istanbul');
  });

  it('keeps a head too short to be a headline', () => {
    expect(headlineOfPageTitle('Putin - Trump call')).toBe('Putin - Trump call');
    expect(headlineOfPageTitle('Analysis | Ukraine')).toBe('Analysis | Ukraine');
  });
});
