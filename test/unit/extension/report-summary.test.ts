import { describe, expect, it } from 'vitest';
import { countSources, summarizeReports } from '@/lib/report-summary';
import { counted } from '@/lib/panel/wording';
import type { Report } from '@/lib/match/types';

const report = (articleId: string, score: number, extra: Partial<Report> = {}): Report => ({
  sentenceId: Math.round(score * 1000) + articleId.length,
  articleId,
  outlet: articleId.toUpperCase(),
  title: null,
  sentence: `${articleId} wording`,
  score,
  relation: 'paraphrase',
  figures: [],
  copyOf: null,
  published: null,
  names: null,
  ...extra,
});

describe('summarizeReports', () => {
  it('counts a reprint as a copy of its original, not as another source', () => {
    const summary = summarizeReports({ reports: [report('wire', 0.9), report('aggregator', 0.95, { copyOf: 'wire' }), report('other', 0.7)], moreReports: false });
    expect(summary.sources.map((r) => r.articleId)).toEqual(['wire', 'other']);
    expect(summary.copies.map((r) => r.articleId)).toEqual(['aggregator']);
  });

  it('lets a copy stand for its source when the original itself is not among the reports, counted once', () => {
    const summary = summarizeReports({ reports: [report('aggregator', 0.8, { copyOf: 'absent' })], moreReports: false });
    expect(summary.sources.map((r) => r.articleId)).toEqual(['aggregator']);
    expect(summary.copies).toEqual([]);
  });

  it('counts every report it lists once: the closest copy of an absent original as its source, the others as copies', () => {
    const reports = [report('aggregator', 0.8, { copyOf: 'absent' }), report('portal', 0.9, { copyOf: 'absent' }), report('other', 0.7)];
    const summary = summarizeReports({ reports, moreReports: false });
    expect(summary.sources.map((r) => r.articleId)).toEqual(['portal', 'other']);
    expect(summary.copies.map((r) => r.articleId)).toEqual(['aggregator']);
    expect(summary.sources.length + summary.copies.length).toBe(reports.length);
  });

  it('keeps the closest sentence of an article that reports the claim twice', () => {
    const summary = summarizeReports({ reports: [report('a', 0.6, { sentenceId: 1 }), report('a', 0.9, { sentenceId: 2 })], moreReports: false });
    expect(summary.sources.map((r) => r.sentenceId)).toEqual([2]);
  });

  it('flags a different figure or a reworded quote', () => {
    expect(summarizeReports({ reports: [report('a', 0.9)], moreReports: false }).differs).toBe(false);
    expect(summarizeReports({ reports: [report('a', 0.9, { relation: 'different-figure' })], moreReports: false }).differs).toBe(true);
    expect(summarizeReports({ reports: [report('a', 0.9, { relation: 'different-quote' })], moreReports: false }).differs).toBe(true);
  });

  it('says when the source count is a lower bound, in every wording of it', () => {
    const summary = summarizeReports({ reports: [report('a', 0.9), report('b', 0.8)], moreReports: true });
    expect(summary.more).toBe(true);
    expect(counted(summary.sources.length, 'other source', 'other sources', summary.more)).toBe('2+ other sources');
    expect(counted(1, 'other source', 'other sources', true)).toBe('1+ other sources');
    expect(counted(1, 'copy', 'copies')).toBe('1 copy');
    expect(summarizeReports({ reports: [report('a', 0.9)], moreReports: false }).more).toBe(false);
  });
});

describe('countSources', () => {
  const originals: Record<string, string> = { aggregator: 'wire', portal: 'wire', mirror: 'absent' };
  const copyOf = (id: string) => originals[id] ?? null;

  it('counts articles as summarizeReports counts reports: each source once, the other articles copies', () => {
    expect(countSources(['wire', 'aggregator', 'portal', 'other'], copyOf)).toEqual({ sources: 2, copies: 2 });
    // A copy whose original is not listed stands for that source: one source, no copy.
    expect(countSources(['mirror'], copyOf)).toEqual({ sources: 1, copies: 0 });
    expect(countSources(['aggregator', 'portal'], copyOf)).toEqual({ sources: 1, copies: 1 });
    expect(countSources(['wire', 'wire'], copyOf)).toEqual({ sources: 1, copies: 0 });
  });
});
