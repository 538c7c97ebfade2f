/**
 * Word-level tokens of a sentence, after typographic folding. Hyphenated compounds are split
 * ("three-year" -> "three", "year") so that they match their spaced forms.
 */
import { foldText } from './normalize';
import { QuotationReader } from './quotation';

export type TokenKind = 'word' | 'number' | 'ordinal' | 'percent' | 'quote';

export interface Token {
  /** Text as written (folded), e.g. "Kiev's", "5,438". */
  text: string;
  /** Lowercase text without possessive "'s". */
  lower: string;
  kind: TokenKind;
  capitalised: boolean;
  /** Inside a quotation (quotation.ts reads its marks, double and single). */
  quoted: boolean;
  /** Words (numbers included) of the quotation holding the token, 0 outside one. */
  quotationWords: number;
  /** Joined to the token before by a hyphen ("forty-five"): shown so when words are quoted back. */
  hyphenated: boolean;
}

/** An apostrophe inside a word is part of it (Kiev's, O'Brien); one at a word's edge is read as a possible quotation mark. */
const TOKEN = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d])|\p{L}+(?:'\p{L}+)*|[%"']/gu;
const POSSESSIVE = /'s?$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const quotation = new QuotationReader();
  const folded = foldText(text);
  let previousEnd = -1;
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0];
    const hyphenated = match.index - 1 === previousEnd && folded[previousEnd] === '-';
    previousEnd = match.index + raw.length;
    if (raw === '"' || raw === "'") {
      // An apostrophe that is no quotation mark (a plural possessive) is no token either.
      if (quotation.readMark(folded, match.index)) tokens.push({ text: raw, lower: raw, kind: 'quote', capitalised: false, quoted: quotation.inside, quotationWords: 0, hyphenated });
      continue;
    }
    const quoted = quotation.inside;
    const kind: TokenKind = raw === '%' ? 'percent' : /^\d/.test(raw) ? (/[a-z]$/.test(raw) ? 'ordinal' : 'number') : 'word';
    const lower = kind === 'word' ? raw.toLowerCase().replace(POSSESSIVE, '') : raw.toLowerCase();
    tokens.push({ text: raw, lower, kind, capitalised: /^\p{Lu}/u.test(raw), quoted, quotationWords: 0, hyphenated });
  }
  countQuotationWords(tokens);
  return tokens;
}

/** Gives each quoted token the word count of its quotation: a run of quoted tokens, marks inside it not counted. */
function countQuotationWords(tokens: Token[]): void {
  for (let start = 0; start < tokens.length; ) {
    if (!tokens[start].quoted) { start++; continue; }
    let end = start;
    while (end < tokens.length && tokens[end].quoted) end++;
    const run = tokens.slice(start, end);
    const words = run.filter((t) => t.kind !== 'quote').length;
    for (const token of run) if (token.kind !== 'quote') token.quotationWords = words;
    start = end;
  }
}

/** Numeric value of a digit token: "5,438" -> 5438, "2.5" -> 2.5, "23rd" -> 23. */
export function digitValue(raw: string): number {
  return Number(raw.replace(/(st|nd|rd|th)$/, '').replace(/,/g, ''));
}
