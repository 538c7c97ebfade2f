import { describe, expect, it } from 'vitest';
import { summarizeReports } from '@/lib/report-summary';
import type { Report } from '@/lib/match/types';

const report = (articleId: string, score: number, extra: Partial<Report> = {}): Report => ({
  sentenceId: Math.round(score * 1000) + articleId.length,
  articleId,
  outlet: articleId.toUpperCase(),
  title: null,
  sentence: `${articleId} wording`,
  score,
  relation: 'paraphrase',
  copyOf: null,
  ...extra,
});

describe('summarizeReports', () => {
  it('counts a reprint as a copy of its original, not as another source', () => {
    const summary = summarizeReports([report('wire', 0.9), report('aggregator', 0.95, { copyOf: 'wire' }), report('other', 0.7)]);
    expect(summary.sources.map((r) => r.articleId)).toEqual(['wire', 'other']);
    expect(summary.copies.map((r) => r.articleId)).toEqual(['aggregator']);
  });

  it('lets a copy stand for its source when the original itself is not among the reports', () => {
    const summary = summarizeReports([report('aggregator', 0.8, { copyOf: 'absent' })]);
    expect(summary.sources).toHaveLength(1);
    expect(summary.copies).toHaveLength(1);
  });

  it('keeps the closest sentence of an article that reports the claim twice', () => {
    const summary = summarizeReports([report('a', 0.6, { sentenceId: 1 }), report('a', 0.9, { sentenceId: 2 })]);
    expect(summary.sources.map((r) => r.sentenceId)).toEqual([2]);
  });

  it('flags a different figure or a reworded quote', () => {
    expect(summarizeReports([report('a', 0.9)]).differs).toBe(false);
    expect(summarizeReports([report('a', 0.9, { relation: 'different-figure' })]).differs).toBe(true);
    expect(summarizeReports([report('a', 0.9, { relation: 'different-quote' })]).differs).toBe(true);
  });
});
