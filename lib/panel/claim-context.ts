/**
 * The sentence a claim's listed wording leans on. Coverage lists a claim in the words of one
 * report, lifted out of its article; a sentence that opens by pointing back ("He said…", "It
 * follows…", "Therefore…") or that closes a quotation opened before it ("…will return home,"
 * Medinsky said.) does not say alone who or what it is about, so the sentence before it in its
 * article is shown with it. A line closing a quotation that runs over several sentences is
 * shown after all of them, from the one where the quotation opens, up to MAX_CONTEXT_SENTENCES:
 * the sentence right before is then still someone's words, cut off from who says them.
 */
import { foldText } from '../text/normalize';
import { tokenize } from '../text/tokenize';
import type { ClaimContext, SentenceRef } from './types';

/**
 * Sentences of a quotation given before the line that closes it. Longer quotations are rare
 * and their opening sentence is far from the line: the panel shows the last ones after "…".
 */
export const MAX_CONTEXT_SENTENCES = 3;

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
 * A finder of the context of a claim's wording, for the wordings that lean on the sentence
 * before them; null for the others, and when the article's sentence before is not among
 * `sentences`.
 */
export function contextFinderFor(sentences: readonly SentenceRef[]): (wording: SentenceRef) => ClaimContext | null {
  const byPlace = new Map(sentences.map((s) => [placeKey(s.articleId, s.position), s.text]));
  const textAt = (wording: SentenceRef, back: number) => byPlace.get(placeKey(wording.articleId, wording.position - back));
  return (wording) => {
    if (!leansOnSentenceBefore(wording.text)) return null;
    const before = textAt(wording, 1);
    if (before === undefined) return null;
    const context = [before];
    if (!closesQuotationOpenedBefore(foldText(wording.text))) return { sentences: context, opensEarlier: false };
    // Back to the sentence that opens the quotation: one with no quotation mark is inside it.
    while (!hasQuotationMark(context[0])) {
      const earlier = textAt(wording, context.length + 1);
      if (earlier === undefined || context.length === MAX_CONTEXT_SENTENCES) return { sentences: context, opensEarlier: true };
      context.unshift(earlier);
    }
    return { sentences: context, opensEarlier: false };
  };
}

/** A quotation mark as the tokenizer reads them (quotation.ts), not an apostrophe. */
function hasQuotationMark(text: string): boolean {
  return tokenize(text).some((t) => t.kind === 'quote');
}

/** A context as the panel and the export show it: in article order, "…" first when the quotation opens earlier. */
export function contextText(context: ClaimContext): string {
  return `${context.opensEarlier ? '… ' : ''}${context.sentences.join(' ')}`;
}

function placeKey(articleId: string, position: number): string {
  return `${articleId}\u0000${position}`;
}
