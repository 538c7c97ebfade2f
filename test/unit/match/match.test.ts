import { describe, expect, it } from 'vitest';
import { matchText, MAX_MEMBERS_READ_PER_CLAIM, MAX_REPORTS_PER_PASSAGE, pageTermWeights, prepareSentences } from '../../../lib/match/match';
import { LINK_THRESHOLD, scorePair } from '../../../lib/match/score';
import { MemoryIndex } from '../../../lib/match/memory-index';
import type { CorpusReader, PassageMatch } from '../../../lib/match/types';
import { article, ARTICLES } from './fixtures';
import { countingReader, readerOver } from './counting-reader';
import { pairParts, extractFeatures, indexedTerms, indexTerms } from '../../../lib/match/features';
import { MAX_CANDIDATE_POSTINGS } from '../../../lib/match/postings';
import { allTerms } from '../../../lib/match/candidates';
import { segmentSentences } from '../../../lib/text/segment';
import { wordKey } from '../../../lib/text/analyze';
import { loadSeedIndex } from '../../../scripts/match-tools/seed-corpus';
import { summarizeReports } from '../../../lib/report-summary';

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

/** `index` read through another postings lookup. */
function withPostings(index: MemoryIndex, postings: CorpusReader['postings']): CorpusReader {
  return { ...readerOver(index), postings };
}

/** Index terms of the page's sentences, as matchText derives them. */
const PAGE_QUERIES = () => segmentSentences(PAGE).map((s) => indexTerms(extractFeatures(s.text)));

describe('prepareSentences', () => {
  it('indexes body sentences in order, without captions or the title', () => {
    const sentences = prepareSentences(ARTICLES[0]);
    expect(sentences.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(sentences.map((s) => s.text)).toEqual(ARTICLES[0].paragraphs);
    expect(sentences.every((s) => s.articleId === 'a')).toBe(true);
  });
});

describe('matchText', () => {
  it('does not take another city\'s toll, told in the same words, for a different figure of the same claim', async () => {
    // The corpus is about the war: both cities are everyday words in it, so they weigh little,
    // and the sentences differ only in the city and the figure.
    const story = [
      'Air raid sirens sounded in Kharkiv and Odesa for most of the night.',
      'Officials in Odesa said power was restored to most homes by the morning.',
      'Kharkiv has been hit by Russian strikes almost daily since the spring.',
      'Russian strikes on Odesa damaged port facilities and a grain terminal.',
    ];
    const index = new MemoryIndex();
    await index.addArticles([
      ...Array.from({ length: 40 }, (_, i) => article(`s${i}`, `Outlet ${i}`, [story[i % story.length].replace('.', ` (${i}).`)])),
      article('kharkiv', 'Outlet K', ['Russian strikes killed five people in Kharkiv on Monday, officials said.']),
    ]);
    expect(await matchText('Russian strikes killed three people in Odesa on Monday, officials said.', index)).toEqual([]);
    const [updated] = await matchText('Russian strikes killed seven people in Kharkiv on Monday, officials said.', index);
    expect(updated.reports[0].relation).toBe('different-figure');
    // Both figures as written, page first: what the hover card and the panel show.
    expect(updated.reports[0].figures).toEqual([['seven', 'five']]);
  });

  /**
   * The page's sentence on the bridge, matched where the wire's sentence joins the founder's claim
   * (both say the mayor announced the reopening): the page tells the repairs' length and cost,
   * which the founder gives and the wire does not, so the wire is far from it.
   */
  async function bridgePassage(wire: string): Promise<PassageMatch> {
    const index = new MemoryIndex();
    await index.addArticles([
      article('founder', 'Coast Herald', ['Mayor Ilse Brandt said the Valmora harbour bridge reopened on Friday after 14 months of repairs costing $48 million.']),
      article('wire', 'Wire Service', [wire]),
    ]);
    const [passage] = await matchText('The Valmora harbour bridge reopened after 14 months of repairs that cost $48 million.', index);
    return passage;
  }

  it('tells a claim member far from the passage apart from a paraphrase of it', async () => {
    const passage = await bridgePassage('Mayor Ilse Brandt said on Friday that the bridge in Valmora was open again.');
    const relations = new Map(passage.reports.map((r) => [r.articleId, r]));
    expect(relations.get('founder')!.relation).toBe('paraphrase');
    const wire = relations.get('wire')!;
    expect(wire.score).toBeLessThan(LINK_THRESHOLD);
    expect(wire.relation).toBe('via-claim');
  });

  it('does not give a claim member far from the passage as another figure of it, nor raise the passage\'s flag for one', async () => {
    // The wire's "15 months" may count another span than the page's "14 months of repairs".
    const passage = await bridgePassage('Mayor Ilse Brandt said on Friday that the bridge in Valmora was open again after 15 months.');
    const wire = passage.reports.find((r) => r.articleId === 'wire')!;
    expect(wire.score).toBeLessThan(LINK_THRESHOLD);
    expect(wire).toMatchObject({ relation: 'via-claim', figures: [] });
    expect(summarizeReports(passage).differs).toBe(false);
  });

  it('gives each report the names it and the passage give that the other does not, for the card and the panel to show', async () => {
    const index = new MemoryIndex();
    await index.addArticles([
      article('herald', 'Coast Herald', ['Mayor Ilse Brandt said the Valmora harbour bridge reopened on Friday after 14 months of repairs costing $48 million.']),
      article('wire', 'Wire Service', ['Mayor Piet Jansen said the Valmora harbour bridge reopened on Friday after 14 months of repairs costing $48 million.']),
    ]);
    const [passage] = await matchText('Mayor Ilse Brandt said the harbour bridge in Valmora reopened on Friday after 14 months of repairs that cost $48 million.', index);
    const names = new Map(passage.reports.map((r) => [r.articleId, r.names]));
    expect(names.get('herald')).toBeNull();
    expect(names.get('wire')).toEqual({ page: ['Ilse Brandt'], report: ['Piet Jansen'] });
  });

  it('lists an article that states the claim twice once, as its closest sentence', async () => {
    const lead = 'Dock workers at the northern port ended their strike on Monday after a pay deal, the union said.';
    const index = new MemoryIndex();
    await index.addArticles([
      article('wire', 'Coast Wire', [lead, 'Ships queued for a week.', lead]),
      article('reprint', 'Harbour Gazette', [lead, 'Ships queued for a week.', lead], 'wire'),
      article('paper', 'Port Daily', ['The union said dock workers at the northern port ended their strike on Monday after agreeing a pay deal.']),
    ]);
    const [passage] = await matchText(lead, index);
    const articleIds = passage.reports.map((r) => r.articleId);
    expect(new Set(articleIds).size).toBe(articleIds.length);
    expect(articleIds).toContain('reprint');
  });

  it('gives each report its article’s publication time when the article has one', async () => {
    const index = new MemoryIndex();
    const dated = { ...ARTICLES[0], published: '2025-07-23T14:05:00Z' };
    await index.addArticles([dated, ...ARTICLES.slice(1)]);
    const [bridge] = await matchText(PAGE, index);
    const reports = new Map(bridge.reports.map((r) => [r.articleId, r.published]));
    expect(reports.get('a')).toBe('2025-07-23T14:05:00Z');
    expect(reports.get('b')).toBeNull();
  });

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
      expect(['verbatim', 'near-verbatim', 'paraphrase', 'different-figure', 'different-quote', 'via-claim']).toContain(r.relation);
    }
  });

  it('leaves excluded articles out of the candidates and the reports', async () => {
    const passages = await matchText(PAGE, await corpus(), { excludeArticleIds: new Set(['a', 'd']) });
    for (const p of passages) for (const r of p.reports) expect(['a', 'd']).not.toContain(r.articleId);
    expect(passages.length).toBeGreaterThan(0);
  });

  it('reads the corpus in batches: postings of the page\'s terms, then of its candidates\' other terms, and one sentences read per page', async () => {
    const { reader, calls } = countingReader(await corpus());
    const asked: string[][] = [];
    await matchText(PAGE, { ...reader, postings: (keys) => (asked.push(keys), reader.postings(keys)) });
    // Every term of this small corpus is selective: no term pair is worth reading. The
    // candidates' (and claim members') own terms are read once each, after the page's.
    expect(calls.postings).toBeLessThanOrEqual(3);
    expect(asked.flat().some((key) => pairParts(key))).toBe(false);
    expect(new Set(asked.flat()).size).toBe(asked.flat().length);
    const pageTerms = new Set(allTerms(PAGE_QUERIES()));
    expect(asked.slice(1).flat().some((term) => pageTerms.has(term))).toBe(false);
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

  it('reads the term pairs that stand in for too common terms, and finds what reading every pair finds', async () => {
    // One word carried by more sentences than a posting list keeps: only pairs can reach past it.
    const index = new MemoryIndex();
    const filler = Array.from({ length: MAX_CANDIDATE_POSTINGS + 20 }, (_, i) => article(`f${i}`, `Outlet ${i}`, [`Valmora council notice number ${i} was filed.`]));
    await index.addArticles([...ARTICLES, ...filler]);
    const asked: string[][] = [];
    const tracking = withPostings(index, (keys) => (asked.push(keys), index.postings(keys)));
    const passages = await matchText(PAGE, tracking);
    // The page's terms, the pairs standing in for the common one, then the candidates' other terms.
    expect(asked[1].length).toBeGreaterThan(0);
    expect(asked[1].every((key) => pairParts(key)?.includes(wordKey('valmora')))).toBe(true);
    expect(asked.slice(2).flat().some((key) => pairParts(key))).toBe(false);
    const everyPair = withPostings(index, (keys) => index.postings([...keys, ...allTerms(PAGE_QUERIES())]));
    expect(passages).toEqual(await matchText(PAGE, everyPair));
    expect(passages.map((p) => p.text)).toContain('The Valmora harbour bridge reopened on Friday, after repairs lasting 14 months and costing $48 million.');
  });

  it('returns nothing for text without content words', async () => {
    expect(await matchText('  \n… — ', await corpus())).toEqual([]);
  });
});

describe('pageTermWeights', () => {
  it('weighs a page’s pairs as matchText scored them', async () => {
    const index = await corpus();
    const passages = await matchText(PAGE, index);
    expect(passages.length).toBeGreaterThan(0);
    const features = segmentSentences(PAGE).map((s) => extractFeatures(s.text));
    const weights = await pageTermWeights(features.map(indexTerms), index);
    for (const passage of passages) {
      const [report] = passage.reports;
      const [member] = await index.sentences([report.sentenceId]);
      await weights.cover(indexedTerms(member.features));
      expect(scorePair(extractFeatures(passage.text), member.features, weights.weigh)).toBe(report.score);
    }
  });
});

describe('matchText scores a page sentence the same whatever else the page says', () => {
  it('does not link an unrelated sentence because another sentence of the page names the corpus’s people', async () => {
    const index = await loadSeedIndex();
    const sentence = 'A spokesman for the regional government said it was grateful to the council for helping to facilitate the talks with the national rail operator.';
    const naming = 'Elsewhere, Kremlin spokesperson Dmitry Peskov spoke about Donald Trump on Monday.';
    const linksOf = async (page: string) => (await matchText(page, index)).filter((p) => p.text === sentence).map((p) => p.score);
    const alone = await linksOf(sentence);
    expect(await linksOf(`${sentence}\n\n${naming}`)).toEqual(alone);
    expect(await linksOf(`${naming}\n\n${sentence}`)).toEqual(alone);
  });

  it('gives each sentence of a seed article the scores it gets alone', async () => {
    const index = await loadSeedIndex();
    const page = ['Russia controls nearly 19 per cent of what is internationally recognised to be Ukraine.',
      'Kremlin spokesperson Dmitry Peskov said Moscow was not stalling the talks.',
      'The council said the first trams would run in 2029.'].join('\n\n');
    const together = await matchText(page, index);
    for (const passage of together) {
      const [alone] = await matchText(passage.text, index);
      expect(alone?.score).toBe(passage.score);
      expect(alone?.reports.map((r) => [r.sentenceId, r.score])).toEqual(passage.reports.map((r) => [r.sentenceId, r.score]));
    }
    expect(together.length).toBeGreaterThan(0);
  });
});
