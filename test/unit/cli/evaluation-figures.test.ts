/** The evaluation's threshold rules and page figures, on small invented cases. */
import { describe, expect, it } from 'vitest';
import { ACCURACY, bestThreshold, cutSpread, SAME_F1 } from '../../../scripts/match-tools/classification';
import { labelledPageFigures, loadLabelledPages } from '../../../scripts/match-tools/labelled-pages';
import { evalDir } from '../../../scripts/match-tools/paths';

describe('bestThreshold', () => {
  // Mostly positive, as MSRP: some positives score low, below a band of negatives, so the
  // cut that gets most pairs right leaves them out and the cut that finds them lets the band in.
  const scores = [0.1, 0.2, 0.25, 0.3, 0.5, 0.55, 0.6, 0.65, 0.9, 0.92, 0.94, 0.96];
  const labels = [0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1];

  it('fits the cut for accuracy or for F1 of "same", each maximising its own measure', () => {
    const accuracyAt = (cut: number) => scores.filter((s, i) => (s >= cut) === (labels[i] === 1)).length;
    const f1At = (cut: number) => {
      const tp = scores.filter((s, i) => s >= cut && labels[i] === 1).length;
      const fp = scores.filter((s, i) => s >= cut && labels[i] === 0).length;
      return (2 * tp) / (2 * tp + fp + (labels.filter((y) => y === 1).length - tp));
    };
    const cuts = scores.map((s) => s + 0.01).concat([0]);
    const byAccuracy = bestThreshold(scores, labels, ACCURACY);
    const byF1 = bestThreshold(scores, labels, SAME_F1);
    expect(accuracyAt(byAccuracy)).toBe(Math.max(...cuts.map(accuracyAt)));
    expect(f1At(byF1)).toBeCloseTo(Math.max(...cuts.map(f1At)), 12);
    // F1 of "same" cuts below the band, accuracy above it.
    expect(byF1).toBeLessThan(0.2);
    expect(byAccuracy).toBeGreaterThan(0.65);
  });

  it('fits for accuracy when not told otherwise', () => {
    expect(bestThreshold(scores, labels)).toBe(bestThreshold(scores, labels, ACCURACY));
  });
});

describe('cutSpread', () => {
  it('keeps a cut that a wide gap fixes, and spreads one that the objective barely prefers', () => {
    // Forty well-separated pairs: every resample's best cut lies in the gap between the classes.
    const separated = Array.from({ length: 40 }, (_, i) => (i < 20 ? 0.1 + i * 0.01 : 0.7 + i * 0.005));
    const separatedLabels = separated.map((_, i) => (i < 20 ? 0 : 1));
    const firm = cutSpread(separated, separatedLabels, ACCURACY);
    expect(firm.low).toBeGreaterThan(0.29);
    expect(firm.high).toBeLessThan(0.8);
    // Classes interleaved over the whole range: the best cut depends on which pairs were drawn.
    const mixed = Array.from({ length: 40 }, (_, i) => i / 40);
    const mixedLabels = mixed.map((_, i) => (i % 3 === 0 ? 0 : 1));
    const loose = cutSpread(mixed, mixedLabels, ACCURACY);
    expect(loose.high - loose.low).toBeGreaterThan(firm.high - firm.low);
    expect(loose.low).toBeLessThanOrEqual(loose.median);
    expect(loose.median).toBeLessThanOrEqual(loose.high);
  });

  it('repeats itself for a seed', () => {
    const scores = [0.1, 0.4, 0.45, 0.5, 0.8, 0.9];
    const labels = [0, 1, 0, 1, 0, 1];
    expect(cutSpread(scores, labels, SAME_F1, 50, 7)).toEqual(cutSpread(scores, labels, SAME_F1, 50, 7));
  });
});

describe('labelledPageFigures', () => {
  it('counts a highlight right on a reported sentence, wrong on an unreported one, and a reported one left out as missed', () => {
    const page = [
      { text: 'a', reported: true },
      { text: 'b', reported: true },
      { text: 'c', reported: false },
      { text: 'd', reported: false },
    ];
    const score: Record<string, number> = { a: 0.9, b: 0.1, c: 0.8, d: 0.2 };
    expect(labelledPageFigures([page], (text) => score[text], () => 0.5)).toEqual({ reported: 2, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('holds each sentence to its own cut', () => {
    const page = [
      { text: 'a heading', reported: true },
      { text: 'a full sentence', reported: true },
    ];
    const cutOf = (text: string) => (text.includes('heading') ? 0.7 : 0.4);
    expect(labelledPageFigures([page], () => 0.5, cutOf)).toEqual({ reported: 2, precision: 1, recall: 0.5, f1: 2 / 3 });
  });

  it('finds every labelled sentence of the fixture pages among the page sentences', () => {
    const pages = loadLabelledPages();
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      expect(page.some((s) => s.reported)).toBe(true);
      expect(page.some((s) => !s.reported)).toBe(true);
    }
  });
});

describe('evalDir', () => {
  it('says where to point when the evaluation data is not there', () => {
    expect(() => evalDir(['--eval-dir', '/nonexistent/eval'])).toThrow(/No evaluation data at \/nonexistent\/eval: pass --eval-dir DIR or set EVAL_DIR/);
  });
});
