/**
 * Text-reuse evidence between articles: which pairs of texts reprint each other, and whether a
 * given text is mostly another's. Evidence is text reuse only (shared word 5-grams, as in
 * passim), never outlet or title names, so it works the same for bundled and user-imported
 * articles. Which text of a pair is the copy is decided elsewhere (copies.ts).
 */
import type { Article } from '../types';
import { segmentSentences } from '../text/segment';
import { reuseWords } from './shingles';
import type { Steps } from '../slices';

/** Words per shingle, as `shingles` makes them. */
export const SHINGLE_WORDS = 5;
/** passim keeps pairs sharing at least 5 n-grams; fewer is coincidence (stock phrases). */
const MIN_SHARED_SHINGLES = 5;
/**
 * Share of the shorter text's 5-grams also found in the longer one. Independent reports of
 * one event stay far below this (a few quotes and stock phrases); a shortened or restyled
 * reprint (the Guardian's edit of a Reuters story) stays well above it.
 */
const MIN_CONTAINMENT = 0.4;
/** passim ignores n-grams found in more than 100 texts: boilerplate, not reuse. */
const MAX_TEXTS_PER_SHINGLE = 100;

/**
 * Reprint or quote. The shares above count 5-grams, which a quote copies unbroken while a
 * restyled reprint loses five to every changed word, so one long sentence quoted in a short
 * text can pass them. What tells the two apart is where the reuse lies: a reprint reuses its
 * text throughout, a quote is one run among the text's own sentences. So a text's sentences
 * are counted: one is reprinted when at least half its words lie inside shared 5-grams (a
 * changed word or a stock phrase does not decide it), and the text is mostly the other's only
 * when more than half of them are (a reprint is mostly the other text, a quoting article mostly
 * its own) and at least two (one shared sentence is a quote, as the import's candidate search
 * holds it, lib/store/copy-candidates.ts). A brief of two or three sentences copied whole has
 * all of its sentences reprinted; a text quoting one sentence has one.
 */
export const MIN_REPRINTED_SENTENCES = 2;
const MIN_REPRINTED_SENTENCE_SHARE = 0.5;
const MIN_REPRINTED_WORD_SHARE = 0.5;

export interface ReprintPairs {
  /**
   * For each text, the texts it forms a reprint pair with: the shorter of the two (fewer
   * 5-grams) is mostly the longer's. Symmetric.
   */
  pairedWith: number[][];
  /** Whether most of `copy`'s own sentences are printed in `original`'s words. */
  isMostlyTextOf(copy: number, original: number): boolean;
}

/** In steps (lib/slices) of one text or one pair each: an import compares thousands of texts. */
export function* reprintPairs(articles: Article[], shingleSets: Set<string>[]): Steps<ReprintPairs> {
  const { pairs, textsByShingle } = yield* reusePairs(shingleSets);
  const sentences = new Map<number, SentenceShingles>();
  const sentencesOf = (index: number): SentenceShingles => {
    let found = sentences.get(index);
    if (!found) sentences.set(index, (found = sentenceShingles(articles[index]!)));
    return found;
  };
  // Asked once per pair to find the pairs, and again of a pair's copy once its original is chosen.
  const answers = new Map<number, boolean>();
  const isMostlyTextOf = (copy: number, original: number): boolean => {
    const key = copy * shingleSets.length + original;
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = reusedThroughout(sentencesOf(copy), (shingle) => {
        const texts = textsByShingle.get(shingle);
        return !!texts && texts.length <= MAX_TEXTS_PER_SHINGLE && shingleSets[original]!.has(shingle);
      });
      answers.set(key, answer);
    }
    return answer;
  };

  const pairedWith: number[][] = shingleSets.map(() => []);
  for (const [a, b] of pairs) {
    yield;
    const sizeA = shingleSets[a]!.size;
    const sizeB = shingleSets[b]!.size;
    const reprint = (sizeA <= sizeB && isMostlyTextOf(a, b)) || (sizeB <= sizeA && isMostlyTextOf(b, a));
    if (!reprint) continue;
    pairedWith[a]!.push(b);
    pairedWith[b]!.push(a);
  }
  return { pairedWith, isMostlyTextOf };
}

/**
 * Pairs of text indices whose shared shingles pass both thresholds. Shared shingles are counted
 * text by text in a typed array: an import of thousands of articles that share stock phrases
 * counts millions of pairs, and a Map entry per pair dominated its time.
 */
function* reusePairs(shingleSets: Set<string>[]): Steps<{ pairs: [number, number][]; textsByShingle: Map<string, number[]> }> {
  const textsByShingle = new Map<string, number[]>();
  for (const [index, set] of shingleSets.entries()) {
    yield;
    for (const shingle of set) {
      const texts = textsByShingle.get(shingle);
      if (texts) texts.push(index);
      else textsByShingle.set(shingle, [index]);
    }
  }

  const pairs: [number, number][] = [];
  const shared = new Uint32Array(shingleSets.length);
  for (const [a, set] of shingleSets.entries()) {
    yield;
    const touched: number[] = [];
    for (const shingle of set) {
      const texts = textsByShingle.get(shingle)!;
      if (texts.length < 2 || texts.length > MAX_TEXTS_PER_SHINGLE) continue;
      // Texts are listed in index order: count each pair once, from its lower index.
      for (let k = texts.length - 1; k >= 0 && texts[k] > a; k--) {
        if (shared[texts[k]]++ === 0) touched.push(texts[k]);
      }
    }
    for (const b of touched) {
      const shorter = Math.min(set.size, shingleSets[b]!.size);
      if (shared[b] >= MIN_SHARED_SHINGLES && shared[b] / shorter >= MIN_CONTAINMENT) pairs.push([a, b]);
      shared[b] = 0;
    }
  }
  return { pairs, textsByShingle };
}

/** A text's shingles in reading order, with how many words each of its sentences has. */
interface SentenceShingles {
  sentenceWords: number[];
  /** The shingle starting at each word (shingles run across sentence and paragraph ends, as `shingles` makes them). */
  shingleAt: string[];
}

function sentenceShingles(article: Article): SentenceShingles {
  const sentenceWords: number[] = [];
  const words: string[] = [];
  for (const paragraph of article.paragraphs) {
    for (const sentence of segmentSentences(paragraph)) {
      const sentenceText = reuseWords(sentence.text);
      if (sentenceText.length === 0) continue;
      sentenceWords.push(sentenceText.length);
      words.push(...sentenceText);
    }
  }
  const shingleAt: string[] = [];
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingleAt.push(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return { sentenceWords, shingleAt };
}

/** Whether the shared shingles reprint most of a text's sentences (see MIN_REPRINTED_SENTENCES). */
function reusedThroughout(text: SentenceShingles, isShared: (shingle: string) => boolean): boolean {
  const wordCount = text.sentenceWords.reduce((sum, count) => sum + count, 0);
  const covered = new Uint8Array(wordCount);
  text.shingleAt.forEach((shingle, start) => {
    if (isShared(shingle)) covered.fill(1, start, start + SHINGLE_WORDS);
  });
  let reprinted = 0;
  let at = 0;
  for (const count of text.sentenceWords) {
    let inShared = 0;
    for (let k = at; k < at + count; k++) inShared += covered[k]!;
    if (inShared >= MIN_REPRINTED_WORD_SHARE * count) reprinted++;
    at += count;
  }
  return reprinted >= MIN_REPRINTED_SENTENCES && reprinted > MIN_REPRINTED_SENTENCE_SHARE * text.sentenceWords.length;
}
