/**
 * A passage links to a claim through its closest report, and every report of that claim is
 * listed with it. Claims group corpus sentences by the sentence that founded them, so a member
 * may tell another part of the founder's claim than the page does (0.04 to the passage). Such a
 * member's words are not the passage's "in other words": it belongs to the passage through the
 * other reports of its claim, and says so.
 */
import type { ReportRelation } from './relation';

/**
 * The relation a report of the passage's claim is shown with. A report scoring under the link
 * cut (it could not have linked the passage itself) is 'via-claim', also where its wording gives
 * another figure or words a quote otherwise: those say the report tells the passage's fact or
 * quote differently, which only a report as close as a link shows (a conflict among close
 * reports is an updated toll; a far member's figure may count something else, its quote be
 * another, the machine translation's "Nobody came here" against "No one is stalling anything").
 * So it carries no figures, and raises no "figures or quotes differ" flag. The same or nearly
 * the same words stand at any score: they tell how the report is worded, not what it reports.
 */
export function relationInClaim(related: ReportRelation, score: number, linkCut: number): ReportRelation {
  if (score >= linkCut || related.relation === 'verbatim' || related.relation === 'near-verbatim') return related;
  return { relation: 'via-claim', figures: [] };
}
