/**
 * The same-claim score is a probability, symmetric, never above what mayReachScore allows, and
 * matching offsets always point at the passage.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFeatures } from '@/lib/match/features';
import { termWeight } from '@/lib/match/idf';
import { mayReachScore, scorePair } from '@/lib/match/score';
import { matchText } from '@/lib/match/match';
import { MemoryIndex } from '@/lib/match/memory-index';
import { parseSeedFile } from '@/lib/corpus/parse';
import { linkCopies } from '@/lib/corpus/copies';
import { anyText, newsText } from './arbitraries';

const RUNS = 10_000;
const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');

describe('scorePair, for any two texts', () => {
  it('is a number in [0, 1] and does not depend on the order of the pair', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const fa = extractFeatures(a);
        const fb = extractFeatures(b);
        const score = scorePair(fa, fb);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(scorePair(fb, fa)).toBeCloseTo(score, 10);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('mayReachScore, for any two texts', () => {
  it('allows the score the pair has', () => {
    // Its own score is the highest cut a pair reaches: a bound short of it anywhere shows here.
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const fa = extractFeatures(a);
        const fb = extractFeatures(b);
        expect(mayReachScore(fa, fb, scorePair(fa, fb), termWeight)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('matchText against the bundled corpus, for any page text', () => {
  let index: MemoryIndex;
  const corpusSentences: string[] = [];

  beforeAll(async () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
    const articles = linkCopies(files.flatMap((f) => parseSeedFile(f, readFileSync(join(SEEDS, f), 'utf8'))));
    index = new MemoryIndex();
    await index.addArticles(articles);
    corpusSentences.push(...index.allSentences().map((s) => s.text));
  });

  it('reports passages in page order whose offsets slice back to their text', async () => {
    // Pages mixing corpus sentences with noise, so that matches actually happen.
    const page = fc.array(fc.oneof(newsText(30), fc.nat().map((i) => corpusSentences[i % corpusSentences.length])), {
      maxLength: 6,
    });
    await fc.assert(
      fc.asyncProperty(page, fc.constantFrom(' ', '\n\n', ' “', '" '), async (parts, glue) => {
        const text = parts.join(glue);
        const passages = await matchText(text, index);
        let previousEnd = 0;
        for (const passage of passages) {
          expect(passage.start).toBeGreaterThanOrEqual(previousEnd);
          expect(text.slice(passage.start, passage.end)).toBe(passage.text);
          expect(passage.reports.length).toBeGreaterThan(0);
          previousEnd = passage.end;
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
