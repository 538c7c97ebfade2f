/**
 * Words ending in a full stop that do not end a sentence when a capitalised word follows.
 * Lowercase, without the final dot.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'adm', 'cmdr', 'sen', 'rep', 'gov', 'pres',
  'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'amb', 'supt', 'insp', 'messrs', 'mt', 'ft', 'no', 'vs', 'v', 'approx', 'est', 'inc', 'corp', 'co', 'ltd',
]);

/**
 * Words that typically open a sentence. After an acronym with dots ("U.S.") a following
 * capitalised word continues the sentence ("U.S. President"), unless it is one of these.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but', 'and', 'or',
  'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'however', 'meanwhile', 'his',
  'her', 'their', 'its', 'our', 'my', 'some', 'many', 'most', 'no', 'not', 'one', 'both', 'all', 'earlier', 'later', 'still', 'also',
]);
