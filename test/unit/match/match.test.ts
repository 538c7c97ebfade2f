import { describe, expect, it } from 'vitest';
import { matchText, MAX_MEMBERS_READ_PER_CLAIM, MAX_REPORTS_PER_PASSAGE, prepareSentences } from '../../../lib/match/match';
import { MemoryIndex } from '../../../lib/match/memory-index';
import { article, ARTICLES } from './fixtures';
import { countingReader } from './counting-reader';

async function corpus(): Promise<MemoryIndex> {
  const index = new MemoryIndex();
  await index.addArticles(ARTICLES);
  return index;
}

const PAGE = [
  'Valmora celebrates',
  '',
  'The Valmora harbour bridge reopened on Friday, after repairs lasting 14 months and costing $48 million.',
  'Residents lined the quay. Mayor Ilse Brandt said traffic would be back to normal within a week.',
  'The weather was sunny.',
].join('\n');

describe('prepareSentences', () => {
  it('indexes body sentences in order, without captions or the title', () => {
    const sentences = prepareSentences(ARTICLES[0]);
    expect(sentences.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(sentences.map((s) => s.text)).toEqual(ARTICLES[0].paragraphs);
    expect(sentences.every((s) => s.articleId === 'a')).toBe(true);
  });
});

describe('matchText', () => {
  it('highlights the sentences that report a corpus claim, with offsets into the text', async () => {
    const passages = await matchText(PAGE, await corpus());
    expect(passages.map((p) => p.text)).toEqual([
      'The Valmora harbour bridge reopened on Friday, after repairs lasting 14 months and costing $48 million.',
      'Mayor Ilse Brandt said traffic would be back to normal within a week.',
    ]);
    for (const p of passages) expect(PAGE.slice(p.start, p.end)).toBe(p.text);
    expect(passages[0].start).toBeLessThan(passages[1].start);
  });

  it('returns every report of the linked claim with outlet and relation', async () => {
    const [bridge] = await matchText(PAGE, await corpus());
    expect(new Set(bridge.reports.map((r) => r.articleId))).toEqual(new Set(['a', 'b', 'c', 'd']));
    expect(bridge.moreReports).toBe(false);
    const copy = bridge.reports.find((r) => r.articleId === 'd')!;
    expect(copy.copyOf).toBe('a');
    expect(copy.outlet).toBe('Aggregator');
    for (const r of bridge.reports) {
      expect(['verbatim', 'near-verbatim', 'paraphrase', 'different-figure', 'different-quote']).toContain(r.relation);
    }
  });

  it('leaves excluded articles out of the candidates and the reports', async () => {
    const passages = await matchText(PAGE, await corpus(), { excludeArticleIds: new Set(['a', 'd']) });
    for (const p of passages) for (const r of p.reports) expect(['a', 'd']).not.toContain(r.articleId);
    expect(passages.length).toBeGreaterThan(0);
  });

  it('reads the corpus in batches: one postings and one sentences read per page', async () => {
    const { reader, calls } = countingReader(await corpus());
    await matchText(PAGE, reader);
    expect(calls.postings).toBe(1);
    expect(calls.sentences).toBe(1);
    expect(calls.claimMembers).toBe(1);
    expect(calls.articles).toBe(1);
  });

  it('does not match a sentence that only shares the topic, or a different figure', async () => {
    const passages = await matchText('The harbour bridge in Valmora reopened on Friday after 9 months of repairs costing $12 million.\nValmora is a port city.', await corpus());
    expect(passages).toEqual([]);
  });

  it('reads a bounded share of a claim carried by very many articles', async () => {
    const index = new MemoryIndex();
    const bridge = 'The Valmora harbour bridge reopened on Friday, after repairs lasting 14 months and costing $48 million.';
    await index.addArticles(Array.from({ length: MAX_MEMBERS_READ_PER_CLAIM + 50 }, (_, i) => article(`r${i}`, `Outlet ${i}`, [bridge])));
    const { reader } = countingReader(index);
    const limits: number[] = [];
    const [passage] = await matchText(PAGE, { ...reader, claimMembers: (ids, limit) => (limits.push(limit), reader.claimMembers(ids, limit)) });
    expect(limits).toEqual([MAX_MEMBERS_READ_PER_CLAIM]);
    expect(passage.reports).toHaveLength(MAX_REPORTS_PER_PASSAGE);
    expect(passage.moreReports).toBe(true);
    expect(passage.reports.every((r) => r.sentence === bridge)).toBe(true);
  });

  it('returns nothing for text without content words', async () => {
    expect(await matchText('  \n… — ', await corpus())).toEqual([]);
  });
});
