/**
 * Where a text's quotations open and close, as a reader tells them: the one reading of quotation
 * marks that the tokenizer (the matcher's terms, the relation's "quote worded differently") and
 * the framing table (a term the source quotes, not its own) share. Works on folded text
 * (normalize.ts), where every quotation mark is a straight `"` or `'`.
 *
 * A double quotation mark opens or closes. A single one is also an apostrophe, and British
 * outlets quote with it ("‘We will not give up,’ he said"), so its side decides: it opens before
 * a letter or digit and after a space or an opening mark, and closes right after a word or its
 * punctuation. One after a word when none is open is a plural possessive (the troops' positions);
 * one before an elided century ('90s) opens nothing. A plural possessive inside single quotation
 * marks closes them early, and a double quotation that closes ends a single one left open in it:
 * an apostrophe misread as an opening mark goes no further than the quotation holding it.
 */

/** A decade's elided century ('90s), which opens no quotation. */
const DECADE = /'\d0s\b/y;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

export class QuotationReader {
  private double = false;
  private single = false;

  /** The text read so far stands inside a quotation. */
  get inside(): boolean {
    return this.double || this.single;
  }

  /**
   * Reads the quotation mark at `at` in `text` (a `"` or a `'`); true when it opened or closed
   * a quotation, false for an apostrophe that is none.
   */
  readMark(text: string, at: number): boolean {
    if (text[at] === '"') {
      this.double = !this.double;
      if (!this.double) this.single = false;
      return true;
    }
    const before = text[at - 1] ?? ' ';
    if (this.single && !SPACE.test(before)) {
      this.single = false;
      return true;
    }
    if (LETTER_OR_DIGIT.test(before) || !LETTER_OR_DIGIT.test(text[at + 1] ?? '') || startsDecade(text, at)) return false;
    this.single = true;
    return true;
  }
}

function startsDecade(text: string, at: number): boolean {
  DECADE.lastIndex = at;
  return DECADE.test(text);
}
