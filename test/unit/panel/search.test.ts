/** The corpus browser's search and article view over the bundled seeds. */
import { describe, expect, it } from 'vitest';
import { articleDetail, searchCorpus } from '../../../lib/panel/panel-corpus';
import { countedHits, queryMatcher } from '../../../lib/panel/search';
import type { ArticleInfo } from '../../../lib/panel/types';
import { demo } from './demo';

const REUTERS = 'seed:003_bed8e93c8511a76b:3';
const GUARDIAN_COPY = 'seed:003_bed8e93c8511a76b:1';
const ABC = 'seed:002_325b134e5421c636:0';
const DAILY8_COPY_OF_ABC = 'seed:000_92067d04bb2e0189:0';

describe('queryMatcher', () => {
  it('needs every word, ignoring case, accents and typography', () => {
    const matches = queryMatcher('kremlin DENIES')!;
    expect(matches('The Kremlin denies it')).toBe(true);
    expect(matches('The Kremlin said')).toBe(false);
    expect(queryMatcher('turkiye')!('talks in Türkiye')).toBe(true);
    expect(queryMatcher('  ,; ')).toBeNull();
  });

  it('finds a name in any of its spellings, and a British word in American spelling, as the matcher reads them', () => {
    expect(queryMatcher('kyiv')!('Kiev is derailing peace efforts.')).toBe(true);
    expect(queryMatcher('Kiev')!('Officials in Kyiv said so.')).toBe(true);
    expect(queryMatcher('zelenskyy odesa')!('Zelensky visited Odessa.')).toBe(true);
    expect(queryMatcher('defence')!('The defense ministry said.')).toBe(true);
    // A country's adjective is not the country: "Russian" finds neither "Russia" nor a prefix of it.
    expect(queryMatcher('russian')!('Russia said.')).toBe(false);
    expect(queryMatcher('kyiv')!('Kharkiv was hit.')).toBe(false);
  });

  it('finds a word at the start of a word, and a figure however its thousands are written', () => {
    expect(queryMatcher('zelensk')!('Zelenskyy said')).toBe(true);
    expect(queryMatcher('a')!('The Kremlin said')).toBe(false);
    const drones = 'Russia launched a record 5,438 drones in June.';
    for (const query of ['5,438', '5438', '5\u00a0438']) expect([query, queryMatcher(query)!(drones)]).toEqual([query, true]);
    expect(queryMatcher('5,438')!('Delays of up to 4385 hours and 438 trains.')).toBe(false);
    expect(queryMatcher('100')!('In 2025 100 people were moved.')).toBe(true);
  });
});

describe('searchCorpus', () => {
  it('finds claims with the articles carrying them, most carried first', async () => {
    const { corpus } = await demo();
    const result = await searchCorpus(corpus, 'much longer ceasefire');
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0].text).toBe('Ukraine says it wants an immediate and much longer ceasefire.');
    expect(result.claims[0].articleIds.map((id) => result.claimArticles[id].outlet).sort()).toEqual(['Reuters', 'The Guardian']);
  });

  it('counts a reprint with its original, not as another source, and lists it after its original', async () => {
    const { corpus } = await demo();
    const { claims, claimArticles } = await searchCorpus(corpus, 'much longer ceasefire');
    expect(claims[0]).toMatchObject({ articleIds: [REUTERS, GUARDIAN_COPY], sources: 1, copies: 1 });
    expect(claimArticles[GUARDIAN_COPY].copyOf).toBe(REUTERS);
    // Kellogg's accusation: ABC's report and the Daily8 reprint of it are one source.
    const kellogg = (await searchCorpus(corpus, 'Kellogg accusation')).claims[0];
    expect(kellogg).toMatchObject({ articleIds: [ABC, DAILY8_COPY_OF_ABC], sources: 1, copies: 1 });
  });

  it('finds articles by title and outlet', async () => {
    const { corpus } = await demo();
    const result = await searchCorpus(corpus, 'reuters POW');
    expect(result.articles.map((a) => a.title)).toEqual(["Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders' meeting"]);
  });

  it('answers nothing for a query without words', async () => {
    expect(await searchCorpus((await demo()).corpus, ' ')).toEqual({ claims: [], articles: [], claimArticles: {} });
  });
});

describe('countedHits', () => {
  it('puts claims with more independent sources first, however many copies another has', () => {
    // No claim of the seeds has two copies of one original: a wire story and two reprints.
    const info = (id: string, copyOf: string | null) => ({ id, copyOf }) as ArticleInfo;
    const articles = { wire: info('wire', null), portal: info('portal', 'wire'), mirror: info('mirror', 'wire'), a: info('a', null), b: info('b', null) };
    const hits = countedHits(
      [
        { claimId: 1, text: 'Reprinted twice', articleIds: ['portal', 'mirror', 'wire'] },
        { claimId: 2, text: 'Reported twice', articleIds: ['b', 'a'] },
      ],
      articles,
    );
    expect(hits.map(({ claimId, articleIds, sources, copies }) => ({ claimId, articleIds, sources, copies }))).toEqual([
      { claimId: 2, articleIds: ['b', 'a'], sources: 2, copies: 0 },
      { claimId: 1, articleIds: ['wire', 'mirror', 'portal'], sources: 1, copies: 2 },
    ]);
  });
});

describe('articleDetail', () => {
  it('marks the sentences of an article that other sources also carry, its reprints not counted', async () => {
    const { corpus } = await demo();
    // 35 sentences, nearly all of them carried by the Daily8 reprint of ABC: only the four the
    // machine-translated rewrite (seed 004) also reports are carried by another source.
    const abc = (await articleDetail(corpus, ABC))!;
    expect(abc.sentences.map((s) => s.position)).toEqual(abc.sentences.map((_, i) => i));
    const marked = abc.sentences.filter((s) => s.otherSources > 0);
    expect(marked.map((s) => s.text.slice(0, 30))).toEqual([
      '“No one is delaying anything h',
      '“We are naturally in favour of',
      'On Tuesday, the Russian-backed',
      'Ukraine says that Russia’s cla',
    ]);
    expect(marked.map((s) => s.otherSources)).toEqual([1, 1, 1, 1]);
    expect(abc).toMatchObject({ original: null, sameStory: 1 });
  });

  it('counts neither a reprint’s original nor the original’s other reprints as other sources, and names the original', async () => {
    const { corpus } = await demo();
    // The Guardian's reprint of the Reuters story: only Reuters carries its sentences.
    const guardian = (await articleDetail(corpus, GUARDIAN_COPY))!;
    expect(guardian.article.outlet).toBe('The Guardian');
    expect(guardian.sentences.length).toBeGreaterThan(10);
    expect(guardian.sentences.filter((s) => s.otherSources > 0)).toEqual([]);
    expect(guardian.original?.outlet).toBe('Reuters');
    expect(guardian.sameStory).toBe(1);
    const reuters = (await articleDetail(corpus, REUTERS))!;
    expect(reuters.sentences.filter((s) => s.otherSources > 0)).toEqual([]);
    expect(reuters).toMatchObject({ original: null, sameStory: 1 });
  });

  it('answers null for an article not in the corpus', async () => {
    expect(await articleDetail((await demo()).corpus, 'user:missing')).toBeNull();
  });
});
