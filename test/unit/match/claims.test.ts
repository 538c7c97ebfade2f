import { describe, expect, it } from 'vitest';
import { MemoryIndex } from '../../../lib/match/memory-index';
import { ARTICLES, article } from './fixtures';
import { countingReader } from './counting-reader';
import { assignClaims } from '../../../lib/match/claims';
import { prepareSentences } from '../../../lib/match/prepare';
import { MAX_CANDIDATE_POSTINGS } from '../../../lib/match/postings';
import { wordKey } from '../../../lib/text/analyze';
import { TimeSlices } from '../../../lib/slices';
import { syntheticArticles } from '../store/store-fixtures';

const claimsOf = (index: MemoryIndex) => index.allSentences().map((s) => [s.articleId, s.position, s.claimId]);

describe('assignClaims', () => {
  it('groups reports of one claim from different articles under the earliest sentence', async () => {
    const index = new MemoryIndex();
    await index.addArticles(ARTICLES);
    const bridge = index.allSentences().filter((s) => /bridge reopened|reopened on Friday/.test(s.text));
    expect(bridge).toHaveLength(4);
    expect(new Set(bridge.map((s) => s.claimId))).toEqual(new Set([bridge[0].id]));
    const shops = index.allSentences().find((s) => s.text.startsWith('Local shops'))!;
    expect(shops.claimId).toBe(shops.id);
  });

  it('files an article’s word-for-word restatement of its own sentence under that sentence’s claim, and nothing else of its own', async () => {
    const lead = 'Officials in Kiev said the grain corridor reopened on Friday.';
    const index = new MemoryIndex();
    await index.addArticles([
      article('wire', 'Coast Wire', [
        lead,
        'Officials in Kiev said the grain corridor had not reopened on Friday.',
        'He will visit the port on Friday.',
        'She will visit the port on Friday.',
        '“Officials in Kiev said the grain corridor reopened on Friday.”',
        'Officials in Kiev said the grain corridor had not reopened on Friday.',
      ]),
    ]);
    const [first, negated, he, she, repeat, negatedRepeat] = index.allSentences();
    expect(repeat.claimId).toBe(first.id);
    expect(negatedRepeat.claimId).toBe(negated.id);
    expect([negated.claimId, he.claimId, she.claimId]).toEqual([negated.id, he.id, she.id]);
  });

  it('files another article’s word-for-word copy of a sentence under its claim, however little the sentence says', async () => {
    // Too short on information to reach the pair cut against itself (the score is damped), so a
    // reprint's copy of it founded a claim of its own, and Coverage listed the line twice.
    const quote = '“Therefore, we are not interested in drawing out anything.”';
    const index = new MemoryIndex();
    await index.addArticles([
      article('abc', 'ABC News', [quote, 'The Kremlin rejected the accusation on Tuesday.']),
      article('aggregator', 'Daily8', ['"Therefore, we are not interested in drawing out anything."', 'Other news of the day followed.']),
      article('other', 'Sky News', ['“Therefore, we are not interested in drawing out anything,” he said, not that anyone asked.']),
    ]);
    const [original, , copy, , longer] = index.allSentences();
    expect(copy.claimId).toBe(original.claimId);
    expect(longer.claimId).not.toBe(original.claimId);
  });

  it('gives the same grouping whether articles arrive one at a time or all at once', async () => {
    const allAtOnce = new MemoryIndex();
    await allAtOnce.addArticles(ARTICLES);
    const oneByOne = new MemoryIndex();
    for (const a of ARTICLES) await oneByOne.addArticles([a]);
    const inPairs = new MemoryIndex();
    await inPairs.addArticles(ARTICLES.slice(0, 2));
    await inPairs.addArticles(ARTICLES.slice(2));
    expect(claimsOf(oneByOne)).toEqual(claimsOf(allAtOnce));
    expect(claimsOf(inPairs)).toEqual(claimsOf(allAtOnce));
  });

  it('gives the same grouping in any batch when a term becomes too common inside the batch', async () => {
    // "Valmora" passes MAX_CANDIDATE_POSTINGS among the fillers, around the reports of claims.
    const filler = (i: number) => article(`f${i}`, `Outlet ${i % 7}`, [`Valmora council notice ${i % 40} on the ${i % 9 ? 'harbour' : 'bridge'} was filed by ward ${i}.`]);
    const articles = [
      ...Array.from({ length: MAX_CANDIDATE_POSTINGS - 30 }, (_, i) => filler(i)),
      ...ARTICLES.slice(0, 2),
      ...Array.from({ length: 60 }, (_, i) => filler(MAX_CANDIDATE_POSTINGS + i)),
      ...ARTICLES.slice(2),
    ];
    const oneByOne = new MemoryIndex();
    for (const a of articles) await oneByOne.addArticles([a]);
    const inBatches = new MemoryIndex();
    for (let i = 0; i < articles.length; i += 250) await inBatches.addArticles(articles.slice(i, i + 250));
    const allAtOnce = new MemoryIndex();
    await allAtOnce.addArticles(articles);
    expect((await allAtOnce.postings([wordKey('valmora')])).get(wordKey('valmora'))!.df).toBeGreaterThan(MAX_CANDIDATE_POSTINGS);
    expect(claimsOf(inBatches)).toEqual(claimsOf(oneByOne));
    expect(claimsOf(allAtOnce)).toEqual(claimsOf(oneByOne));
  }, 60_000);

  it('joins a claim only through its founding sentence, so that claims do not chain', async () => {
    // B reports A's claim and adds another; C reports only the added one: C is not A's claim.
    const a = 'The bridge in Tarvo reopened on Friday after six weeks of repairs that cost $40 million.';
    const b = 'The bridge in Tarvo reopened on Friday after six weeks of repairs, and the mayor, Lina Ostrova, said tolls on the bridge would be cut next month.';
    const c = 'The mayor of Tarvo, Lina Ostrova, said tolls on the bridge would be cut next month.';
    const index = new MemoryIndex();
    await index.addArticles([article('a', 'Outlet A', [a]), article('b', 'Outlet B', [b]), article('c', 'Outlet C', [c])]);
    const [first, second, third] = index.allSentences();
    expect(second.claimId).toBe(first.id);
    expect(third.claimId).not.toBe(first.id);
  });

  it('keeps the same report from two cities apart in a corpus where both cities are everyday words', async () => {
    // In a corpus about the war "Kharkiv" and "Odesa" are everywhere, and the two reports share
    // every other word: another city and another toll make another claim, however cheap the names.
    const story = [
      'Air raid sirens sounded in Kharkiv and Odesa for most of the night.',
      'Officials in Odesa said power was restored to most homes by the morning.',
      'Kharkiv has been hit by Russian strikes almost daily since the spring.',
      'Russian strikes on Odesa damaged port facilities and a grain terminal.',
      'The mayor of Kharkiv said schools would stay closed for another week.',
    ];
    const kharkiv = 'Russian strikes killed five people in Kharkiv on Monday, officials said.';
    const odesa = 'Russian strikes killed three people in Odesa on Monday, officials said.';
    const restated = 'Five people were killed in Russian strikes on Kharkiv on Monday, officials said.';
    const index = new MemoryIndex();
    await index.addArticles([
      ...Array.from({ length: 40 }, (_, i) => article(`s${i}`, `Outlet ${i}`, [story[i % story.length].replace('.', ` (${i}).`)])),
      article('kharkiv', 'Outlet K', [kharkiv]),
      article('odesa', 'Outlet O', [odesa]),
      article('restated', 'Outlet R', [restated]),
    ]);
    const claimOf = (text: string) => index.allSentences().find((s) => s.text === text)!.claimId;
    expect(claimOf(restated)).toBe(claimOf(kharkiv));
    expect(claimOf(odesa)).not.toBe(claimOf(kharkiv));
  });

  it('never joins a claim through a sentence of the same article that says it in other words', async () => {
    const index = new MemoryIndex();
    // Two articles' rewordings of one claim, which join across articles (above), in one article.
    const repeated = { ...ARTICLES[2], id: 'r', paragraphs: [ARTICLES[0].paragraphs[0], ARTICLES[1].paragraphs[0]] };
    await index.addArticles([repeated]);
    const [first, second] = index.allSentences();
    expect(first.claimId).toBe(first.id);
    expect(second.claimId).toBe(second.id);
  });

  it('groups alike however often it gives way, telling each time how many of the batch\'s articles have their claims', async () => {
    const articles = syntheticArticles(40);
    const index = new MemoryIndex();
    await index.addArticles(articles.slice(0, 20));
    const batch = articles.slice(20);
    const firstId = index.allSentences().length + 1;
    const fresh = batch.flatMap(prepareSentences).map((s, i) => ({ ...s, id: firstId + i }));
    const inOneGo = await assignClaims(fresh, index);

    let gaveWay = 0;
    const told: number[] = [];
    const everyStep = new TimeSlices(async () => void gaveWay++, 0);
    expect(await assignClaims(fresh, index, everyStep, (articles) => told.push(articles))).toEqual(inOneGo);
    // Before each sentence's claim: the articles before that sentence's own.
    expect(told).toEqual(batch.flatMap((article, k) => prepareSentences(article).map(() => k)));
    expect(gaveWay).toBeGreaterThan(told.length);
    // Sentences of the batch joined claims of stored articles, or the test would prove little.
    expect([...inOneGo.claims.values()].filter((claimId) => claimId < firstId).length).toBeGreaterThan(10);
  });

  it('reads the existing corpus in batches, not per sentence: candidates, then their claims\' founders', async () => {
    const index = new MemoryIndex();
    await index.addArticles(ARTICLES.slice(0, 2));
    const { reader, calls } = countingReader(index);
    const fresh = ARTICLES.slice(2).flatMap(prepareSentences).map((s, i) => ({ ...s, id: 100 + i }));
    const { claims } = await assignClaims(fresh, reader);
    expect(calls.postings).toBe(1);
    expect(calls.sentences).toBeGreaterThanOrEqual(1);
    expect(calls.sentences).toBeLessThanOrEqual(2);
    expect([...claims.keys()]).toEqual(fresh.map((s) => s.id));
  });
});
