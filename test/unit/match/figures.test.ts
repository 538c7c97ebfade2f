import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../../lib/match/features';
import { conflictingFigures, countedConflicts, figureNeighbourKeys } from '../../../lib/match/figures';

const terms = (text: string) => extractFeatures(text).t;
const shareKey = (a: readonly string[], b: readonly string[]) => [...figureNeighbourKeys(a)].some((key) => figureNeighbourKeys(b).has(key));

describe('figureNeighbourKeys', () => {
  it('keys each number by its kind and the terms beside it', () => {
    expect(figureNeighbourKeys(terms('Russia launched 6,297 drones in July.'))).toEqual(new Set(['|launch', '|drone']));
    expect(figureNeighbourKeys(terms('Prices rose 19% in Valmora.'))).toEqual(new Set(['%|rise', '%|valmora']));
    expect(figureNeighbourKeys(terms('The council met on Monday.'))).toEqual(new Set());
  });

  it('is shared by two sentences giving the same count with other figures, not by figures of other things', () => {
    const drones = terms('Russia launched 6,297 drones in July.');
    expect(conflictingFigures(drones, terms('Russia launched 5,438 drones in June.'))).not.toEqual([]);
    expect(shareKey(drones, terms('Russia launched 5,438 drones in June.'))).toBe(true);
    expect(shareKey(drones, terms('The war has lasted 3 years.'))).toBe(false);
    // What a reader is told differs counts the same thing: not figures of other things after the
    // same verb (the claim model's evidence still pairs them), and figures a date or a time
    // follows by the term before.
    const civilians = terms('Negotiators agreed to exchange at least 250 more civilians.');
    const prisoners = terms('Negotiators agreed to exchange at least 1,200 more prisoners of war.');
    expect(countedConflicts(civilians, prisoners)).toEqual([]);
    expect(conflictingFigures(civilians, prisoners)).not.toEqual([]);
    expect(countedConflicts(terms('The bank raised its main rate to 4.5% on Thursday.'), terms('The bank cut its main rate to 3% in March.'))).not.toEqual([]);
    expect(countedConflicts(drones, terms('Russia launched 5,438 drones in June.'))).not.toEqual([]);
    // A count and a percentage beside the same word are different kinds of figure.
    expect(shareKey(terms('Exports rose 4 times.'), terms('Exports rose 4% this year.'))).toBe(false);
  });

  it('is shared whenever two term lists have conflicting figures', () => {
    const term = fc.constantFrom('#3', '#5', '#7', '#19%', '#20%', '#4th', '#5th', 'drone', 'peopl', 'kill', '@7', 'kyiv');
    fc.assert(
      fc.property(fc.array(term, { maxLength: 12 }), fc.array(term, { maxLength: 12 }), (a, b) => {
        if (conflictingFigures(a, b).length > 0) expect(shareKey(a, b)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });
});
