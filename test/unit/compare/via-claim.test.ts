/**
 * The relation a claim member is shown with, against the score it has to the passage: a member
 * under the link cut is in the claim only through its other reports, and no figure or quote it
 * gives is one the passage's claim gives differently.
 */
import { describe, expect, it } from 'vitest';
import { relationInClaim } from '../../../lib/compare/via-claim';
import type { ReportRelation } from '../../../lib/compare/relation';

const LINK_CUT = 0.4;
const figure: ReportRelation = { relation: 'different-figure', figures: [['14', '15']] };

describe('relationInClaim', () => {
  it('keeps what the wording tells of a report as close as the passage’s link: other words, another figure, a quote worded otherwise', () => {
    for (const relation of ['paraphrase', 'different-quote'] as const) expect(relationInClaim({ relation, figures: [] }, LINK_CUT, LINK_CUT)).toEqual({ relation, figures: [] });
    expect(relationInClaim(figure, 0.7, LINK_CUT)).toEqual(figure);
  });

  it('calls a member under the link cut "via other reports", with no figure the passage would give differently, whatever its words say', () => {
    for (const related of [figure, { relation: 'different-quote', figures: [] }, { relation: 'paraphrase', figures: [] }] satisfies ReportRelation[]) {
      expect(relationInClaim(related, 0.13, LINK_CUT)).toEqual({ relation: 'via-claim', figures: [] });
    }
  });

  it('calls the same words, or nearly, so at any score: they say how it is worded, not that it is the same claim', () => {
    for (const relation of ['verbatim', 'near-verbatim'] as const) expect(relationInClaim({ relation, figures: [] }, 0.3, LINK_CUT)).toEqual({ relation, figures: [] });
  });
});
