import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_RUN, segmentSentences } from '../../../lib/text/segment';

const texts = (input: string) => segmentSentences(input).map((s) => s.text);

describe('segmentSentences', () => {
  it('does not break after titles, initials and dotted acronyms before names', () => {
    expect(texts('Mr. Carney met Dr. Okafor in Ottawa. J. R. Hartley wrote a book. The U.S. Treasury agreed.')).toEqual([
      'Mr. Carney met Dr. Okafor in Ottawa.',
      'J. R. Hartley wrote a book.',
      'The U.S. Treasury agreed.',
    ]);
  });

  it('breaks after a dotted acronym that ends a sentence', () => {
    expect(texts('Exports fell in the U.K. The pound slipped.')).toEqual(['Exports fell in the U.K.', 'The pound slipped.']);
  });

  it('keeps a quotation that closes after a comma or full stop in its sentence', () => {
    expect(texts('“Nothing has been decided yet,” Ms Varga told reporters. “We will wait.” She left.')).toEqual([
      '“Nothing has been decided yet,” Ms Varga told reporters.',
      '“We will wait.”',
      'She left.',
    ]);
  });

  it('ends a sentence at a line break, so headlines without punctuation stand alone', () => {
    expect(texts('Storm closes ports along the coast\nThree ports shut on Friday.\n\nSubhead here\nMore text.')).toEqual([
      'Storm closes ports along the coast',
      'Three ports shut on Friday.',
      'Subhead here',
      'More text.',
    ]);
  });

  it('breaks after an ellipsis followed by a new sentence, not inside one', () => {
    expect(texts('Prices rose… Then they fell. He paused… and went on.')).toEqual(['Prices rose…', 'Then they fell.', 'He paused… and went on.']);
  });

  it('does not split decimals or "No." before a number', () => {
    expect(texts('Growth was 2.5 per cent. No. 10 denied it.')).toEqual(['Growth was 2.5 per cent.', 'No. 10 denied it.']);
  });

  it('gives offsets that point at the trimmed sentence text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr. Lee said so.', '  The vote passed. ', '\n“Yes,” he said.\n', 'Rates rose 5%… ', 'Headline', ' U.S. ', 'ok'), { maxLength: 12 }), (parts) => {
        const input = parts.join(' ');
        let previousEnd = 0;
        for (const s of segmentSentences(input)) {
          expect(input.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = s.end;
        }
      }),
    );
  });

  it('finds every sentence of a paragraph longer than the stretch handed to the platform at once', () => {
    const sentences = Array.from({ length: 3 * Math.ceil(MAX_RUN / 60) }, (_, i) => `Mr. Brandt said the bridge number ${i} would reopen on Monday.`);
    const spans = segmentSentences(sentences.join(' '));
    expect(spans.map((s) => s.text)).toEqual(sentences);
  });

  it('stays within its text on a line of hostile length without spaces', () => {
    // Letters outside the BMP, offset by one so that a cut at the limit would split a pair.
    const text = 'x' + '\u{1D400}'.repeat(MAX_RUN);
    const spans = segmentSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.map((s) => s.text).join('')).toBe(text);
    for (const span of spans) expect(span.text).toBe(text.slice(span.start, span.end));
  });
});
