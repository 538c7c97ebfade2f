/**
 * Sentence segmentation: the platform's Unicode sentence breaker (Intl.Segmenter), corrected
 * for what news text needs: no break after titles ("Mr.", "Dr."), initials ("J. K.") and
 * dotted acronyms followed by a name ("U.S. President"); a break after an ellipsis that is
 * followed by a new capitalised sentence. Line breaks always end a sentence (headlines and
 * subheads have no final punctuation).
 */
import type { SentenceSpan } from '../types';
import { SENTENCE_OPENERS, TITLE_ABBREVIATIONS } from './abbreviations';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** An ellipsis (with an optional closing quote) followed by a capitalised sentence start. */
const ELLIPSIS_BREAK = /(?:\u2026|\.\.\.)["'\u201D\u2019]?(?=\s+["'\u201C\u2018]?\p{Lu})/gu;
const LETTER = /\p{L}/u;
const UPPERCASE = /\p{Lu}/u;
const FIRST_WORD = /^\s*["'\u201C\u2018(]?(\p{L}+|\d)/u;

interface Piece {
  start: number;
  end: number;
}

/** Split `text` into sentences with their offsets (pointing at the trimmed sentence text). */
export function segmentSentences(text: string): SentenceSpan[] {
  const pieces = mergeFalseBreaks(text, splitAfterEllipses(text, platformSegments(text)));
  const sentences: SentenceSpan[] = [];
  for (const piece of pieces) {
    const trimmed = trimSpan(text, piece);
    if (trimmed && /[\p{L}\p{N}]/u.test(text.slice(trimmed.start, trimmed.end))) {
      sentences.push({ ...trimmed, text: text.slice(trimmed.start, trimmed.end) });
    }
  }
  return sentences;
}

/**
 * Longest stretch of text handed to the platform segmenter, and longest sentence that absorbs
 * another piece. On some inputs (long runs of abbreviations or dots) the platform's time and the
 * abbreviation checks grow with the square of the stretch; no news sentence is this long.
 */
export const MAX_RUN = 2_000;

/**
 * The platform's sentences, found line by line (a line break always ends a sentence) and, in a
 * longer line, stretch by stretch: each stretch ends after the last sentence-ending mark (else
 * space) before MAX_RUN characters, and a cut after an abbreviation is joined back below.
 */
function platformSegments(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const run of runs(text)) {
    for (const s of segmenter.segment(text.slice(run.start, run.end))) {
      pieces.push({ start: run.start + s.index, end: run.start + s.index + s.segment.length });
    }
  }
  return pieces;
}

function runs(text: string): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    const lineEnd = text.indexOf('\n', start);
    let end = lineEnd < 0 ? text.length : lineEnd + 1;
    if (end - start > MAX_RUN) end = cutBefore(text, start, start + MAX_RUN);
    out.push({ start, end });
    start = end;
  }
  return out;
}

/** Where to cut text[start, limit): after a sentence-ending mark and space, else after a space. */
function cutBefore(text: string, start: number, limit: number): number {
  let afterSpace = -1;
  for (let i = limit - 1; i > start; i--) {
    if (!/\s/.test(text[i])) continue;
    if (afterSpace < 0) afterSpace = i + 1;
    if (/[.!?\u2026]["'\u201D\u2019)]*$/.test(text.slice(Math.max(start, i - 4), i))) return i + 1;
  }
  if (afterSpace > start) return afterSpace;
  // No space at all: cut anywhere, but not inside a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[limit] ?? '') && /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit;
}

function splitAfterEllipses(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    let start = piece.start;
    const body = text.slice(piece.start, piece.end);
    for (const m of body.matchAll(ELLIPSIS_BREAK)) {
      const cut = piece.start + m.index + m[0].length;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: piece.end });
  }
  return out;
}

function mergeFalseBreaks(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    const previous = out[out.length - 1];
    if (previous && previous.end - previous.start < MAX_RUN
      && continuesSentence(text.slice(previous.start, previous.end), text.slice(piece.start, piece.end))) {
      previous.end = piece.end;
    } else {
      out.push({ ...piece });
    }
  }
  return out;
}

/** Whether the break between `before` and `after` is a false one caused by an abbreviation. */
function continuesSentence(before: string, after: string): boolean {
  const end = finalDot(before);
  if (end === null) return false;
  const next = FIRST_WORD.exec(after)?.[1];
  if (!next) return false;
  let start = end;
  while (start > 0 && LETTER.test(before[start - 1])) start--;
  const lastWord = before.slice(start, end).toLowerCase();
  if (lastWord === 'no') return /^\d/.test(next);
  if (TITLE_ABBREVIATIONS.has(lastWord)) return true;
  const initial = end - start === 1 && UPPERCASE.test(before[start]);
  if (!initial) return false;
  // Dotted acronym ("U.S."): an initial after another one, the first not ending a longer word.
  const acronym = start >= 2 && before[start - 1] === '.' && UPPERCASE.test(before[start - 2]) && !LETTER.test(before[start - 3] ?? '');
  if (acronym) return /^\p{Lu}/u.test(next) && !SENTENCE_OPENERS.has(next.toLowerCase());
  return /^\p{Lu}/u.test(next);
}

/**
 * Index of the full stop that ends `text` before trailing spaces, or null when there is none
 * or the spaces hold a line break (a line break always ends a sentence). Scanned from the end:
 * an end-anchored regex would try every position of a long piece.
 */
function finalDot(text: string): number | null {
  let at = text.length - 1;
  while (at >= 0 && /\s/.test(text[at])) {
    if (text[at] === '\n') return null;
    at--;
  }
  return text[at] === '.' ? at : null;
}

function trimSpan(text: string, piece: Piece): Piece | null {
  let { start, end } = piece;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}
