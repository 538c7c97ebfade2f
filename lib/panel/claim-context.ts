/**
 * The sentence a claim's listed wording leans on. Coverage lists a claim in the words of one
 * report, lifted out of its article; a sentence that opens by pointing back ("He said…", "It
 * follows…", "Therefore…") or that closes a quotation opened before it ("…will return home,"
 * Medinsky said.) does not say alone who or what it is about, so the sentence before it in its
 * article is shown with it. Only the one sentence: a quotation running over several is still
 * cut, but its speaker or its subject is most often named right before.
 */
import { foldText } from '../text/normalize';
import type { SentenceRef } from './types';

/** First words that point back to the sentence before: pronouns and connectives. Lowercase. */
const POINTING_BACK = new Set([
  'he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'such',
  'therefore', 'however', 'but', 'and', 'also', 'so', 'yet', 'still', 'meanwhile', 'instead', 'thus', 'then', 'nevertheless',
]);

/** The first word, past any opening quotation mark or bracket (folded text). */
const FIRST_WORD = /^[\s"'([]*(\p{L}+)/u;

/** The first quotation mark: a double one, or a single one at a word's edge (not an apostrophe inside a word). */
const FIRST_QUOTATION_MARK = /"|(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/u;

export function leansOnSentenceBefore(text: string): boolean {
  const folded = foldText(text);
  const first = FIRST_WORD.exec(folded)?.[1].toLowerCase();
  return (first !== undefined && POINTING_BACK.has(first)) || closesQuotationOpenedBefore(folded);
}

/**
 * The sentence's first quotation mark closes a quotation: it follows punctuation or a word and
 * is followed by a space or the end ("home," Medinsky said). A plural possessive (the troops'
 * positions) follows a letter, so one after a letter is taken for a closing mark only when
 * punctuation comes first.
 */
function closesQuotationOpenedBefore(folded: string): boolean {
  const mark = FIRST_QUOTATION_MARK.exec(folded);
  if (!mark) return false;
  const before = folded[mark.index - 1] ?? ' ';
  const after = folded[mark.index + 1] ?? ' ';
  return /[,.!?;:]/.test(before) && /[\s)]/.test(after);
}

/**
 * A finder of the sentence before a claim's wording, for the wordings that lean on it; null for
 * the others, and when the article's sentence before is not among `sentences`.
 */
export function contextFinderFor(sentences: readonly SentenceRef[]): (wording: SentenceRef) => string | null {
  const byPlace = new Map(sentences.map((s) => [placeKey(s.articleId, s.position), s.text]));
  return (wording) => (leansOnSentenceBefore(wording.text) ? (byPlace.get(placeKey(wording.articleId, wording.position - 1)) ?? null) : null);
}

function placeKey(articleId: string, position: number): string {
  return `${articleId}\u0000${position}`;
}
