/**
 * Word-level tokens of a sentence, after typographic folding. Hyphenated compounds are split
 * ("three-year" -> "three", "year") so that they match their spaced forms.
 */
import { foldText } from './normalize';

export type TokenKind = 'word' | 'number' | 'ordinal' | 'percent' | 'quote';

export interface Token {
  /** Text as written (folded), e.g. "Kiev's", "5,438". */
  text: string;
  /** Lowercase text without possessive "'s". */
  lower: string;
  kind: TokenKind;
  capitalised: boolean;
  /** Inside a double-quoted span. */
  quoted: boolean;
  /** Joined to the token before by a hyphen ("forty-five"): shown so when words are quoted back. */
  hyphenated: boolean;
}

const TOKEN = /\d+(?:[.,]\d+)*(?:st|nd|rd|th)?(?![\p{L}\d])|\p{L}+(?:'\p{L}+)*|[%"]/gu;
const POSSESSIVE = /'s?$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let quoted = false;
  const folded = foldText(text);
  let previousEnd = -1;
  for (const match of folded.matchAll(TOKEN)) {
    const raw = match[0];
    const hyphenated = match.index - 1 === previousEnd && folded[previousEnd] === '-';
    previousEnd = match.index + raw.length;
    if (raw === '"') {
      quoted = !quoted;
      tokens.push({ text: raw, lower: raw, kind: 'quote', capitalised: false, quoted, hyphenated });
      continue;
    }
    const kind: TokenKind = raw === '%' ? 'percent' : /^\d/.test(raw) ? (/[a-z]$/.test(raw) ? 'ordinal' : 'number') : 'word';
    const lower = kind === 'word' ? raw.toLowerCase().replace(POSSESSIVE, '') : raw.toLowerCase();
    tokens.push({ text: raw, lower, kind, capitalised: /^\p{Lu}/u.test(raw), quoted, hyphenated });
  }
  return tokens;
}

/** Numeric value of a digit token: "5,438" -> 5438, "2.5" -> 2.5, "23rd" -> 23. */
export function digitValue(raw: string): number {
  return Number(raw.replace(/(st|nd|rd|th)$/, '').replace(/,/g, ''));
}
