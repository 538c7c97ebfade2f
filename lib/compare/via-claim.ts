/**
 * A passage links to a claim through its closest report, and every report of that claim is
 * listed with it. Claims group corpus sentences by the sentence that founded them, so a member
 * may tell another part of the founder's claim than the page does (0.04 to the passage). Such a
 * member's words are not the passage's "in other words": it belongs to the passage through the
 * other reports of its claim, and says so.
 */
import type { Relation } from '../match/types';

/**
 * The relation a report of the passage's claim is shown with: a paraphrase scoring under the
 * link cut (it could not have linked the passage itself) is 'via-claim'. Relations read from
 * the wording itself (same words, another figure, a quote worded otherwise) stand at any score.
 */
export function relationInClaim(relation: Relation, score: number, linkCut: number): Relation {
  return relation === 'paraphrase' && score < linkCut ? 'via-claim' : relation;
}
