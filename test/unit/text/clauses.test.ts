import { describe, expect, it } from 'vitest';
import { coordinateClauses } from '../../../lib/text/clauses';

describe('coordinateClauses', () => {
  it('splits at a comma and a conjunction, and at a semicolon, where both sides are clauses', () => {
    expect(coordinateClauses('The negotiators agreed to exchange 1,200 more prisoners, and Russia offered to hand over 3,000 bodies.'))
      .toEqual(['The negotiators agreed to exchange 1,200 more prisoners', 'and Russia offered to hand over 3,000 bodies.']);
    expect(coordinateClauses('The talks lasted less than an hour; the next round has no date yet.'))
      .toEqual(['The talks lasted less than an hour', 'the next round has no date yet.']);
  });

  it('keeps a list’s last item and a short aside with the clause before them', () => {
    const list = 'Russia fired 550 drones at Kyiv, Odesa, Lviv, and Kharkiv overnight.';
    expect(coordinateClauses(list)).toEqual([list]);
    const aside = 'The ministry said the strike hit a warehouse near the port, and nothing else.';
    expect(coordinateClauses(aside)).toEqual([aside]);
  });

  it('gives a sentence without a clause break whole', () => {
    const sentence = 'Kremlin spokesman Dmitry Peskov told reporters that no one was stalling anything.';
    expect(coordinateClauses(sentence)).toEqual([sentence]);
  });
});
