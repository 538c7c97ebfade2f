/** The claim view's cards for the demo article's passages. */
import { describe, expect, it } from 'vitest';
import { inCardOrder, reportCards } from '../../../lib/panel/report-cards';
import type { Report } from '../../../lib/match/types';
import { sourceLabel } from '../../../lib/panel/article-info';
import { relate } from '../../../lib/compare/relation';
import { relationInClaim } from '../../../lib/compare/via-claim';
import { extractFeatures } from '../../../lib/match/features';
import { LINK_THRESHOLD, linkThresholdFor } from '../../../lib/match/score';
import { demo, passageStarting } from './demo';

describe('reportCards', () => {
  it('puts each copy right after its original and names the original', async () => {
    const { passages, comparison } = await demo();
    const cards = reportCards(passageStarting(passages, 'At a short round of talks'), comparison.articles);
    expect(cards.map((c) => sourceLabel(c.article))).toEqual(['Reuters', 'The Guardian']);
    expect(cards[1].copyOf?.outlet).toBe('Reuters');
    expect(cards[0].copyOf).toBeUndefined();
  });

  it('shows the aggregator reprint of a verbatim sentence as a copy of the original article', async () => {
    const { passages, comparison } = await demo();
    const cards = reportCards(passageStarting(passages, 'Luhansk, which has an area'), comparison.articles);
    const copy = cards.find((c) => c.report.copyOf);
    expect(copy?.article?.via).toBe('Daily8');
    expect(copy?.copyOf?.id).toBe(copy?.report.copyOf);
    const original = cards.find((c) => c.report.articleId === copy?.report.copyOf);
    expect(copy?.sameWords).toBe(true);
    expect(original?.sameWords).toBe(true);
  });

  it('relates the quote another source words differently as such, and a report far from the passage as in its claim through others', async () => {
    const { passages, comparison } = await demo();
    const cards = reportCards(passageStarting(passages, '"No one is stalling anything,"'), comparison.articles);
    // The page has Peskov say "stalling"; ABC (and its copy) "delaying".
    expect(cards.filter((c) => c.report.relation === 'different-quote').map((c) => c.report.sentence).sort()).toEqual([
      '"No one is delaying anything here," Mr Peskov told reporters in Moscow.',
      '“No one is delaying anything here,” Mr Peskov told reporters in Moscow.',
    ]);
    // The machine translation's "Nobody came here" shares a quote's place and its speaker, little
    // else: too far from the passage to call its quote the page's, worded otherwise.
    const translation = cards.find((c) => c.report.sentence === '“Nobody came here,” Peskov said in Moscow at Briefing.')!;
    expect(translation.report.score).toBeLessThan(LINK_THRESHOLD);
    expect(translation.report.relation).toBe('via-claim');
  });

  it('gives each card the word diff from the page, and the relation the full comparison finds, placed in the claim', async () => {
    const { passages, comparison } = await demo();
    let cards = 0;
    for (const passage of passages) {
      const linkCut = linkThresholdFor(extractFeatures(passage.text));
      for (const card of reportCards(passage, comparison.articles)) {
        cards++;
        // The matcher relates without diffing when the words cannot be a near copy: same answer.
        const full = relate(passage.text, card.report.sentence);
        expect(card.report.relation).toBe(relationInClaim({ relation: full.relation, figures: full.differingNumbers }, card.report.score, linkCut).relation);
        expect(card.diff.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(passage.text);
      }
    }
    expect(cards).toBeGreaterThan(10);
  });
});

describe('inCardOrder', () => {
  const report = (articleId: string, score: number, copyOf: string | null = null): Report => ({
    sentenceId: score * 100,
    articleId,
    outlet: articleId,
    title: null,
    sentence: `Said by ${articleId}.`,
    score,
    relation: 'paraphrase',
    figures: [],
    copyOf,
    published: null,
    names: null,
  });

  it('puts originals by closeness, each followed by its copies, and copies of an unlisted original last', () => {
    const reports = [report('wire-copy', 0.9, 'wire'), report('orphan-copy', 0.95, 'unlisted'), report('wire', 0.5), report('paper', 0.8)];
    expect(inCardOrder(reports).map((r) => r.articleId)).toEqual(['paper', 'wire', 'wire-copy', 'orphan-copy']);
  });

  it('lists each copy once, after the closest report of an original that reports the claim twice', () => {
    const reports = [report('wire', 0.6), report('wire-copy', 0.7, 'wire'), report('wire', 0.9), report('paper', 0.8)];
    expect(inCardOrder(reports).map((r) => `${r.articleId} ${r.score}`)).toEqual(['wire 0.9', 'wire-copy 0.7', 'paper 0.8', 'wire 0.6']);
  });
});
