/**
 * Lookup of multi-word phrases in a token sequence (longest phrase wins). Phrases are
 * tokenised like sentences, so "people's republic" matches the tokens of "People's Republic".
 */
import { tokenize, type Token } from './tokenize';

export interface PhraseMatch<T> {
  length: number;
  value: T;
}

export class PhraseTable<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase).map((t) => t.lower);
      if (words.length === 0) continue;
      const list = this.byFirstWord.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirstWord.set(words[0], list);
    }
  }

  /** The longest phrase starting at token `at`, or null (only the tokens' `lower` is read). */
  matchAt(tokens: readonly Pick<Token, 'lower'>[], at: number): PhraseMatch<T> | null {
    const candidates = this.byFirstWord.get(tokens[at].lower);
    if (!candidates) return null;
    for (const { words, value } of candidates) {
      if (at + words.length > tokens.length) continue;
      if (words.every((w, k) => tokens[at + k].lower === w)) return { length: words.length, value };
    }
    return null;
  }
}
