/**
 * Generators of news-like and hostile text for the property tests: real words and names,
 * numbers with units, quotes, abbreviations, line breaks, right-to-left script, emoji, markup
 * look-alikes and control characters, in any mix.
 */
import fc from 'fast-check';

const WORDS = [
  'Russia', 'Ukraine', 'Kyiv', 'Kiev', 'Kremlin', 'said', 'talks', 'ceasefire', 'Mr.', 'U.S.', 'Dr.', 'J.', 'K.',
  'the', 'a', 'of', 'on', 'not', 'no', 'never', 'drones', 'per', 'cent', '19%', '5,438', 'three', 'July', '23',
  'square', 'km', '...', '…', '—', '–', '"', '“', '”', '‘', '’', "'", '(', ')', ',', '.', '?', '!', ';', ':',
  'Zelenskyy', 'Zelensky', 'Luhansk', 'Pasechnik', 'Reuters', 'said.', 'here."', '<script>alert(1)</script>',
  '&amp;', '<b>', 'שלום', 'مرحبا', '😀', '👍🏽', '\u200B', '\u202E', '\u0000', 'e\u0301', 'ﬁ', '١٢٣',
];

const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\n\n', '\t', '\u00A0', '');

/** A text of up to `maxTokens` tokens joined by assorted white space. */
export const newsText = (maxTokens = 60) =>
  fc.array(fc.tuple(token, separator), { maxLength: maxTokens }).map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Any string at all, including lone surrogates. */
export const anyText = fc.oneof(newsText(), fc.string({ maxLength: 200, unit: 'binary' }));
