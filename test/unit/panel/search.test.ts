/** The corpus browser's search and article view over the bundled seeds. */
import { describe, expect, it } from 'vitest';
import { articleDetail, searchCorpus } from '../../../lib/panel/panel-corpus';
import { queryMatcher } from '../../../lib/panel/search';
import { demo } from './demo';

describe('queryMatcher', () => {
  it('needs every word, ignoring case, accents and typography', () => {
    const matches = queryMatcher('kremlin DENIES')!;
    expect(matches('The Kremlin denies it')).toBe(true);
    expect(matches('The Kremlin said')).toBe(false);
    expect(queryMatcher('turkiye')!('talks in Türkiye')).toBe(true);
    expect(queryMatcher('  ,; ')).toBeNull();
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

  it('finds articles by title and outlet', async () => {
    const { corpus } = await demo();
    const result = await searchCorpus(corpus, 'reuters POW');
    expect(result.articles.map((a) => a.title)).toEqual(["Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders' meeting"]);
  });

  it('answers nothing for a query without words', async () => {
    expect(await searchCorpus((await demo()).corpus, ' ')).toEqual({ claims: [], articles: [], claimArticles: {} });
  });
});

describe('articleDetail', () => {
  it('marks the sentences of an article that other articles also carry', async () => {
    const { corpus } = await demo();
    const guardian = await articleDetail(corpus, 'seed:003_bed8e93c8511a76b:1');
    expect(guardian?.article.outlet).toBe('The Guardian');
    // A reprint of the Reuters story: every sentence is carried by Reuters too.
    expect(guardian?.sentences.length).toBeGreaterThan(10);
    expect(guardian?.sentences.every((s) => s.otherArticles >= 1)).toBe(true);
    expect(guardian?.sentences.map((s) => s.position)).toEqual(guardian?.sentences.map((_, i) => i));
  });

  it('answers null for an article not in the corpus', async () => {
    expect(await articleDetail((await demo()).corpus, 'user:missing')).toBeNull();
  });
});
