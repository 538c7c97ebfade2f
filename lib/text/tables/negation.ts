/** Words that negate a clause. A sentence is "negated" when it has an odd number of them. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without',
]);

/** Contractions such as "isn't" and "won't" end in this suffix once apostrophes are normalised. */
export const NEGATED_CONTRACTION_SUFFIX = "n't";
