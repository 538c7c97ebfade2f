/**
 * Word-level tokens of a sentence, after typographic folding. Hyphenated compounds are split
 * ("three-year" -> "three", "year") so that they match their spaced forms.
 */
import { foldText } from './normalize';
import { QuotationReader } from './quotation';

export type TokenKind = 'word' | 'number' | 'ordinal' | 'percent' | 'quote' | 'currency';

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
  /** Written onto the number before it, a degree sign at most between ("bn" of "1.2bn", "C" of "42°C"). */
  attached: boolean;
}

/**
 * A currency sign ("$", "US$", "£"); a number standing alone (no letter or digit after it, nor
 * a decimal part it could have been cut from); a number with letters written onto it ("1.2bn",
 * "248m", "10km", "42.3°C", "2.4GHz", "1990s"), whose letters are then a token of their own
 * (analyze.ts reads the scales and units among them), unless the number is itself inside a
 * word ("W3C"); a word (an apostrophe inside it is part of it: Kiev's, O'Brien); a percent
 * sign; a quotation mark (an apostrophe at a word's edge may be one).
 */
const TOKEN = /(?:US|A|C|NZ|HK|S)?\$|[£€¥]|\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d]|[.,]\d)|(?<![\p{L}\d])\d+(?:[.,]\d+)*(?=°?\p{L})|\p{L}+(?:'\p{L}+)*|[%"']/gu;
const CURRENCY_SIGN = /[$£€¥]$/;
const POSSESSIVE = /'s?$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const quotation = new QuotationReader();
  const folded = foldText(text);
  let previousEnd = -1;
  let afterNumber = false;
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0];
    const hyphenated = match.index - 1 === previousEnd && folded[previousEnd] === '-';
    const between = folded.slice(previousEnd, match.index);
    const attached = afterNumber && (between === '' || between === '°');
    previousEnd = match.index + raw.length;
    afterNumber = /^\d/.test(raw);
    if (raw === '"' || raw === "'") {
      // An apostrophe that is no quotation mark (a plural possessive) is no token either.
      if (quotation.readMark(folded, match.index)) tokens.push({ text: raw, lower: raw, kind: 'quote', capitalised: false, quoted: quotation.inside, quotationWords: 0, hyphenated, attached });
      continue;
    }
    const quoted = quotation.inside;
    const kind: TokenKind = raw === '%' ? 'percent' : CURRENCY_SIGN.test(raw) ? 'currency' : /^\d/.test(raw) ? (/[a-z]$/.test(raw) ? 'ordinal' : 'number') : 'word';
    const lower = kind === 'word' ? raw.toLowerCase().replace(POSSESSIVE, '') : raw.toLowerCase();
    // The degree sign is no token: it is kept in the text a unit is quoted back with.
    const text = attached && between === '°' ? `°${raw}` : raw;
    tokens.push({ text, lower, kind, capitalised: /^\p{Lu}/u.test(raw), quoted, quotationWords: 0, hyphenated, attached });
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
