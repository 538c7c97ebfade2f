/**
 * Words that negate a clause. A sentence is "negated" when it has an odd number of them, or a
 * denying verb (below). Followed by a hyphen they make a compound, not a negation: "a no-fly
 * zone", "a no-confidence vote".
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without',
]);

/**
 * Negated contractions that lost their apostrophe ("I dont know"), as in transcripts, plain-text
 * feeds and machine translations. "wont" is left out: it is also a word ("as is his wont").
 */
export const UNMARKED_NEGATED_CONTRACTIONS: ReadonlySet<string> = new Set([
  'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'couldnt', 'wouldnt',
  'shouldnt', 'hasnt', 'havent', 'hadnt', 'mustnt', 'neednt',
]);

/** Contractions such as "isn't" and "won't" end in this suffix once apostrophes are normalised. */
export const NEGATED_CONTRACTION_SUFFIX = "n't";

/**
 * Verbs that deny what follows ("rejected the claims", "denied stalling", "refused to sign"):
 * a sentence with one states that something is not so, so "rejected claims of sovereignty"
 * and "will never recognise its sovereignty" agree. They stay content words too. Unlike "not",
 * two of them do not cancel ("denied the report and rejected it"). Left out: "dismiss" (in news
 * mostly "fired", or "dismissed X as Y", which says X is Y), "decline" ("shares declined"),
 * and the bare "refuse", also a noun ("refuse collection").
 */
export const DENYING_WORDS: ReadonlySet<string> = new Set([
  'reject', 'rejects', 'rejected', 'rejecting', 'deny', 'denies', 'denied', 'denying',
  'refuses', 'refused', 'refusing',
]);
