/**
 * Whether the page the reader has open reprints a corpus article, decided on real matches of
 * pages against the bundled seeds, as the background compares a page for the side panel.
 */
import { describe, expect, it } from 'vitest';
import { demo, fixtureText, matchedAndCompared as compared, WIRE_REPRINT_PAGE, WIRE_REPRINT_URL } from './demo';

const REUTERS = 'seed:003_bed8e93c8511a76b:3';
const ABC = 'seed:002_325b134e5421c636:0';

describe('the page as a reprint of a corpus article', () => {
  it('tells a paper running the Reuters story in its house style that it reprints it, its claims still listed', async () => {
    const { passages, comparison } = await compared(fixtureText(WIRE_REPRINT_PAGE), WIRE_REPRINT_URL);
    expect(comparison.reprint).toEqual({ articleId: REUTERS, pageIsCopy: true });
    expect(comparison.articles[REUTERS].outlet).toBe('Reuters');
    expect(passages.length).toBeGreaterThan(10);
  });

  it('tells an aggregator showing most of ABC’s report that it reprints ABC, not the Daily8 copy of it', async () => {
    const { articles } = await demo();
    // Its first 20 paragraphs: the same text whole would be taken for ABC's article itself (a
    // page the corpus holds is not matched with itself, handlers.ts).
    const text = articles.find((a) => a.id === ABC)!.paragraphs.slice(0, 20).join('\n\n');
    const { comparison } = await compared(text, 'https://news.yahoo.com/russia-denies-stalling-peace-talks');
    expect(comparison.reprint).toEqual({ articleId: ABC, pageIsCopy: true });
  });

  it('tells the wire’s own page that the corpus holds its story as a copy found on an aggregator, not that it reprints it', async () => {
    // Reuters' story in the seeds was found on Daily8: against the agency's own page, the import's
    // rule takes the aggregator's for the copy.
    const { comparison } = await compared(fixtureText(WIRE_REPRINT_PAGE), 'https://www.reuters.com/world/europe/russia-ukraine-pow-swaps');
    expect(comparison.reprint).toEqual({ articleId: REUTERS, pageIsCopy: false });
  });

  it('does not call a page a reprint for quoting three sentences of the Reuters story word for word', async () => {
    const quoted = [
      'Ukraine says it wants an immediate and much longer ceasefire.',
      'He said Moscow was working through a list of 339 names of Ukrainian children that Kyiv accuses it of abducting.',
      'Ukrainian authorities say at least 19,000 children have been forcibly deported.',
    ];
    const own = [
      'Istanbul talks end quickly',
      'Diplomats from three European countries followed the session from a hotel across the Bosporus.',
      'The Ukrainian delegation flew back to Kyiv on Wednesday evening without speaking to reporters.',
      'Families of missing soldiers gathered outside the venue holding photographs of their relatives.',
      'Turkish officials described the atmosphere in the room as businesslike but cold.',
      'Shares on the Moscow exchange barely moved as the news came in.',
      'A fourth round has not been scheduled, officials in Ankara said.',
    ];
    const text = [own[0], own[1], quoted[0], own[2], own[3], quoted[1], own[4], quoted[2], own[5], own[6]].join('\n\n');
    const { passages, comparison } = await compared(text, 'https://www.theage.com.au/world/istanbul-talks');
    // Reuters reports the three quotes word for word: a candidate, which the copy rule then turns down.
    const sameWords = passages.filter((p) => p.reports.some((r) => r.articleId === REUTERS && r.relation === 'verbatim'));
    expect(sameWords.map((p) => p.text)).toEqual(quoted);
    expect(comparison.reprint).toBeNull();
  });

  it('tells nothing to a long page that holds a short corpus article whole among much else', async () => {
    // A digest page: the leads of every bundled story. Perth Now's short piece is all in it, so
    // by the import's rule it is a copy of the page (the fuller text), yet the page is no one's
    // original, nor a reprint: a notice speaks of the whole page.
    const { articles } = await demo();
    const text = articles.flatMap((a) => a.paragraphs.slice(0, 3)).join('\n\n');
    const { comparison } = await compared(text, 'https://www.example.com/world/digest');
    expect(comparison.reprint).toBeNull();
  });

  it('does not call the demo article a reprint: it words most of what it reports its own way', async () => {
    expect((await demo()).comparison.reprint).toBeNull();
  });
});
