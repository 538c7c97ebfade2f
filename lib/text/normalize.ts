/**
 * Character-level folding so that typography does not affect matching: curly quotes,
 * dashes, non-breaking spaces, ellipses and diacritics ("Türkiye" -> "Turkiye").
 * The output is for analysis only; offsets always refer to the original text.
 */
const CHARACTER_FOLDS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u2009': ' ', '\u200A': ' ', '\u202F': ' ', '\u200B': '', '\u00AD': '',
  '\u2026': '...',
};

const FOLDABLE = new RegExp(`[${Object.keys(CHARACTER_FOLDS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}+/gu;

/** Typographic variants folded to ASCII punctuation, accents removed. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(FOLDABLE, (ch) => CHARACTER_FOLDS[ch]);
}
