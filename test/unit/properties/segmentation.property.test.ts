/** Segmentation and feature extraction hold their contracts on any input. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '@/lib/text/segment';
import { extractFeatures, indexTerms, pairParts } from '@/lib/match/features';
import { anyText } from './arbitraries';

const RUNS = 10_000;

describe('segmentSentences, for any text', () => {
  it('returns ordered, non-overlapping spans that slice back to their text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const spans = segmentSentences(text);
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.text).toBe(span.text.trim());
          previousEnd = span.end;
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('loses no word: every letter and digit lies inside some sentence', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const span of segmentSentences(text)) covered.fill(1, span.start, span.end);
        for (let i = 0; i < text.length; i++) if (/[\p{L}\p{N}]/u.test(text[i])) expect(covered[i]).toBe(1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('extractFeatures, for any text', () => {
  it('never throws, survives a storage round trip, and indexes only its own terms', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const features = extractFeatures(text);
        expect(JSON.parse(JSON.stringify(features))).toEqual(features);
        const own = new Set(JSON.stringify(features).match(/"[^"]*"/g) ?? []);
        // Pair keys join two of the sentence's own terms.
        const parts = indexTerms(features).flatMap((key) => pairParts(key) ?? [key]);
        for (const term of parts) expect(own.has(JSON.stringify(term))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
