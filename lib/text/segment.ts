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
const LAST_WORD_WITH_DOT = /(\p{L}+)\.\s*$/u;
const DOTTED_ACRONYM = /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}\s*$/u;
const SINGLE_INITIAL = /(?:^|[^\p{L}])\p{Lu}\.\s*$/u;
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

function platformSegments(text: string): Piece[] {
  return Array.from(segmenter.segment(text), (s) => ({ start: s.index, end: s.index + s.segment.length }));
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
    if (previous && continuesSentence(text.slice(previous.start, previous.end), text.slice(piece.start, piece.end))) {
      previous.end = piece.end;
    } else {
      out.push({ ...piece });
    }
  }
  return out;
}

/** Whether the break between `before` and `after` is a false one caused by an abbreviation. */
function continuesSentence(before: string, after: string): boolean {
  if (/\n\s*$/.test(before) || /\n/.test(before.slice(before.trimEnd().length))) return false;
  const next = FIRST_WORD.exec(after)?.[1];
  if (!next) return false;
  const lastWord = LAST_WORD_WITH_DOT.exec(before)?.[1]?.toLowerCase();
  if (lastWord === 'no') return /^\d/.test(next);
  if (lastWord && TITLE_ABBREVIATIONS.has(lastWord)) return true;
  const nextIsName = /^\p{Lu}/u.test(next) && !SENTENCE_OPENERS.has(next.toLowerCase());
  if (DOTTED_ACRONYM.test(before)) return nextIsName;
  if (SINGLE_INITIAL.test(before)) return /^\p{Lu}/u.test(next);
  return false;
}

function trimSpan(text: string, piece: Piece): Piece | null {
  let { start, end } = piece;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}
