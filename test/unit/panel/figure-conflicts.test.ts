/**
 * The figure check's reading of a reworded statement: the same fact with another figure is
 * found in other words, and sentences that only count the same thing are not (see
 * lib/panel/same-fact.ts). The check over a whole page is tested in coverage.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { figureCheckerFor } from '../../../lib/panel/figure-conflicts';

const check = (page: string, corpusSentence: string) => figureCheckerFor(page)(corpusSentence);

describe('figureCheckerFor on reworded statements', () => {
  it('finds the same fact reworded, credited to the source under another name, with another figure', () => {
    const page = 'Ukraine said it shot down four drones overnight.';
    expect(check(page, 'Two drones were downed during the night, Kyiv said.')).toEqual({ pageSentence: page, figures: [['four', 'Two']] });
  });

  it('does not take a figure of another month for another figure of the same fact', () => {
    const page = 'Russia launched a record 8,150 drones in May.';
    expect(check(page, 'Russia launched a record 5,438 drones in June.')).toBeNull();
    // The same words in the same month are the same fact.
    expect(check(page, 'In May Russia launched a record 5,438 drones.')?.figures).toEqual([['8,150', '5,438']]);
  });

  it('does not take a figure of another year for another figure of the same fact', () => {
    const page = 'Russia fired a record 8,150 drones at Ukraine in 2024.';
    expect(check(page, 'In 2025, Russia fired a record 5,438 drones at Ukraine.')).toBeNull();
  });

  it('does not take a toll of another place for another toll of the same strike', () => {
    const page = 'A missile strike killed 3 people in Kharkiv on Monday.';
    expect(check(page, 'A missile strike killed 5 people in Odesa on Monday.')).toBeNull();
    // A place only one side gives may be where part of the count happened.
    expect(check(page, 'A missile strike on Monday killed 5 people.')).toBeNull();
    expect(check(page, 'A missile strike killed 5 people in Kharkiv on Monday.')?.figures).toEqual([['3', '5']]);
  });

  it('does not take a toll of another day for another toll of the same strike', () => {
    expect(check('A missile strike killed 3 people in Kharkiv on Monday.', 'A missile strike killed 5 people in Kharkiv on Tuesday.')).toBeNull();
  });

  it('does not flag the same fact told with the same figure and another, unrelated number', () => {
    const page = 'Ukraine said it shot down four drones overnight.';
    expect(check(page, 'Four drones were downed during the night, Kyiv said, in the 3rd attack this week.')).toBeNull();
    expect(check(page, 'Four drones were downed during the night, 2 days after the talks, Kyiv said.')).toBeNull();
  });

  it('does not take a fact denied for the fact with another figure', () => {
    expect(check('Officials said 14 people were killed in the flood on Monday.', 'Officials denied that 17 people were killed in the flood on Monday.')).toBeNull();
  });

  it('does not take a figure that the longer sentence tells of something else for the same fact', () => {
    const page = 'Orvel added 2.6 million subscribers in the quarter.';
    expect(check(page, 'Orvel had forecast adding 2 million subscribers in the quarter, a target analysts called ambitious after its launch slipped.')).toBeNull();
    expect(check(page, 'Orvel added 2.4 million subscribers in the quarter.')?.figures).toEqual([['2.6 million', '2.4 million']]);
  });

  it('does not take the same counted thing in another statement for the same fact', () => {
    const page = 'Ukraine said it shot down 30 drones overnight.';
    expect(check(page, 'Russia launched 40 drones overnight, Ukraine said.')).toBeNull();
  });
});

describe('figureCheckerFor on sentences that join two statements', () => {
  const JOINED = 'Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war from each side, and Russia had offered to hand over another 3,000 Ukrainian bodies.';

  it('finds one of the statements printed as a sentence of its own with another figure, on either side', () => {
    const half = 'Medinsky said the negotiators agreed to exchange at least 1,500 more prisoners.';
    expect(check(half, JOINED)).toEqual({ pageSentence: half, figures: [['1,500', '1,200']] });
    expect(check(JOINED, 'Russia offered to hand over another 2,000 Ukrainian bodies, Medinsky said.')).toEqual({ pageSentence: JOINED, figures: [['3,000', '2,000']] });
  });

  it('holds each statement to the same rules: another month is another fact', () => {
    const joined = 'The two sides swapped 1,200 prisoners in June, and Russia handed over the bodies of 3,000 soldiers in July.';
    expect(check('The two sides swapped 1,000 prisoners in May.', joined)).toBeNull();
    expect(check('The two sides swapped 1,000 prisoners in June.', joined)?.figures).toEqual([['1,000', '1,200']]);
  });
});
