/** Markdown and JSON-LD exports of the demo article's comparison. */
import { describe, expect, it } from 'vitest';
import { comparisonJsonLd, jsonLdText } from '../../../lib/panel/export-jsonld';
import { comparisonMarkdown, markdownText } from '../../../lib/panel/export-markdown';
import { namesComparedWith } from '../../../lib/compare/names';
import { demo, fixtureText, matchedAndCompared, WIRE_REPRINT_PAGE, WIRE_REPRINT_URL } from './demo';

const PAGE = { url: 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge', title: 'Kremlin rejects charge | Demo Daily' };

type Node = Record<string, unknown> & { '@type': string };

describe('comparisonMarkdown', () => {
  it('has every claim of the page, the left-out claims and the framing table', async () => {
    const { passages, comparison } = await demo();
    const markdown = comparisonMarkdown(PAGE, passages, comparison);
    expect(markdown.startsWith('# How other sources reported: Kremlin rejects charge \\| Demo Daily\n')).toBe(true);
    for (const p of passages) expect(markdown).toContain(markdownText(p.text));
    const leftOut = markdown.slice(markdown.indexOf('## Not on this page'), markdown.indexOf('## Framing'));
    expect(leftOut).toContain('Ukraine says it wants an immediate and much longer ceasefire. — Reuters, The Guardian (1 independent source, 1 copy)');
    // A line that leans on the sentence before it comes with it.
    expect(leftOut).toMatch(/- \(After: [^\n]*Rustem Umerov said after talks that lasted just 40 minutes\.\) He said Ukraine had proposed a meeting/);
    // A quotation the line closes, from where it opens.
    expect(leftOut).toContain('- (After: "Some of the children have already been returned back to Ukraine. Work is under way on the rest.) If their legal parents');
    expect(markdown).toContain('- Copy of Reuters');
    expect(markdown).toMatch(/\| This page \| Kyiv \|/);
    // A copy keeps its framing row for the spelling it changed, and says whose copy it is.
    expect(markdown).toMatch(/\| The Guardian \(copy of Reuters\) \| [^\n]*Zelenskyy ×4/);
    expect(markdown).toContain('“special military operation”');
    // A bundled article's relative time counts from when its page was saved.
    expect(markdown).toContain('2 hours ago when saved');
  });

  it('marks a left-out line’s context that starts inside a longer quotation with “…”', async () => {
    const { passages, comparison } = await demo();
    const [first, ...rest] = comparison.coverage.notOnPage;
    const cut = { ...first, before: { sentences: ['Three.', 'Four.', 'Five.'], opensEarlier: true } };
    const markdown = comparisonMarkdown(PAGE, passages, { ...comparison, coverage: { ...comparison.coverage, notOnPage: [cut, ...rest] } });
    expect(markdown).toContain(`- (After: … Three. Four. Five.) ${markdownText(first.text)} — `);
  });

  it('says under its address that the page reprints a corpus article, and says nothing of the kind for the demo article', async () => {
    const { passages, comparison } = await matchedAndCompared(fixtureText(WIRE_REPRINT_PAGE), WIRE_REPRINT_URL);
    const markdown = comparisonMarkdown({ url: WIRE_REPRINT_URL, title: 'Russia, Ukraine discuss more POW swaps' }, passages, comparison);
    expect(markdown).toContain(`<${WIRE_REPRINT_URL}>\n\nThis page reprints “Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders' meeting” (Reuters).\n\n## Claims on this page`);
    const demoPage = await demo();
    expect(comparisonMarkdown(PAGE, demoPage.passages, demoPage.comparison)).not.toMatch(/reprints|copy of this page/);
  });

  it('dates a report by its publication time and lists the names it gives that the page does not', async () => {
    const { passages, comparison } = await demo();
    const talks = passages.find((p) => p.text.startsWith('At a short round of talks'))!;
    const [text, sentence] = ['Zelensky will meet Putin in Istanbul on Friday, his office said.', 'Zelensky will meet Trump in Washington on Friday, his office said.'];
    // The names as the background finds them when it matches the page.
    const names = namesComparedWith(text)(sentence);
    const passage = { ...talks, text, reports: [{ ...talks.reports[0], sentence, relation: 'paraphrase' as const, copyOf: null, published: '2025-07-23T14:05:00Z', names }] };
    const markdown = comparisonMarkdown(PAGE, [passage], comparison);
    expect(markdown).toContain('23 Jul 2025');
    expect(markdown).toContain('  - Other names: Putin, Istanbul on this page; Trump, Washington here');
  });

  it('escapes text that Markdown would read as markup', () => {
    expect(markdownText('a *b* [c](d) <e> | #f\n g')).toBe('a \\*b\\* \\[c\\](d) \\<e\\> \\| \\#f g');
  });
});

describe('comparisonJsonLd', () => {
  it('makes one ClaimReview per page claim, with the page and every report as appearances', async () => {
    const { passages, comparison } = await demo();
    const graph = comparisonJsonLd(PAGE, passages, comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[];
    const reviews = graph.filter((n) => n['@type'] === 'ClaimReview');
    expect(reviews.map((r) => r.claimReviewed)).toEqual(passages.map((p) => p.text));
    const talks = reviews.find((r) => (r.claimReviewed as string).startsWith('At a short round of talks'))!;
    const claim = talks.itemReviewed as { '@type': string; appearance: Node[] };
    expect(claim['@type']).toBe('Claim');
    expect(claim.appearance[0]).toMatchObject({ url: PAGE.url, headline: PAGE.title });
    const guardian = claim.appearance.find((a) => (a.publisher as Node | undefined)?.name === 'The Guardian')!;
    expect(guardian.isBasedOn).toMatchObject({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: 'Reuters' } });
    expect(talks.datePublished).toBe('2025-07-02T10:00:00.000Z');
  });

  it('says in its review when a passage is a loose match, as the Markdown does', async () => {
    const { passages, comparison } = await demo();
    const graph = comparisonJsonLd(PAGE, passages, comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[];
    const reviews = graph.filter((n) => n['@type'] === 'ClaimReview');
    const loose = passages.filter((p) => p.loose).map((p) => p.text);
    expect(loose.length).toBeGreaterThan(0);
    for (const review of reviews) {
      const said = (review.reviewBody as string).includes('Loose match:');
      expect([review.claimReviewed, said]).toEqual([review.claimReviewed, loose.includes(review.claimReviewed as string)]);
    }
  });

  it('leaves the publisher out where the outlet is unknown, rather than name an "Unknown outlet"', async () => {
    const { passages, comparison } = await demo();
    const peskov = passages.find((p) => p.text.startsWith('"No one is stalling anything,"'))!;
    const [review] = comparisonJsonLd(PAGE, [peskov], comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[];
    const appearances = (review.itemReviewed as { appearance: Node[] }).appearance.slice(1);
    const abc = appearances.find((a) => (a.headline as string | undefined)?.startsWith('Russia denies US claim'))!;
    expect(abc).toBeDefined();
    expect(abc).not.toHaveProperty('publisher');
    // Nowhere an Organization named so (the notes still go by the label the panel gives such a source).
    expect(JSON.stringify(comparisonJsonLd(PAGE, passages, comparison, '2025-07-02T10:00:00.000Z'))).not.toContain('"name":"Unknown outlet"');
  });

  it('gives each figure note once per independent source, not again for its copy', async () => {
    const { passages, comparison } = await demo();
    const talks = passages.find((p) => p.text.startsWith('At a short round of talks'))!;
    // The Reuters story and its Guardian reprint both give another figure.
    const differing = { ...talks, reports: talks.reports.map((r) => ({ ...r, relation: 'different-figure' as const, figures: [['1,200', '1,000']] as [string, string][] })) };
    expect(differing.reports.filter((r) => r.copyOf)).toHaveLength(1);
    const [review] = comparisonJsonLd(PAGE, [differing], comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[];
    const body = review.reviewBody as string;
    expect(body.match(/1,000 where this page says 1,200/g)).toHaveLength(1);
    expect(body).toContain('Reuters: 1,000 where this page says 1,200');
  });

  it('says the page is based on the corpus article it reprints, and only then', async () => {
    const { passages, comparison } = await matchedAndCompared(fixtureText(WIRE_REPRINT_PAGE), WIRE_REPRINT_URL);
    const page = { url: WIRE_REPRINT_URL, title: 'Russia, Ukraine discuss more POW swaps' };
    const reviews = (comparisonJsonLd(page, passages, comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[]).filter((n) => n['@type'] === 'ClaimReview');
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      const [pageAppearance] = (review.itemReviewed as { appearance: Node[] }).appearance;
      expect(pageAppearance).toMatchObject({ url: WIRE_REPRINT_URL, isBasedOn: { '@type': 'NewsArticle', publisher: { name: 'Reuters' } } });
    }
    const demoPage = await demo();
    for (const review of comparisonJsonLd(PAGE, demoPage.passages, demoPage.comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[]) {
      if (review['@type'] !== 'ClaimReview') continue;
      expect((review.itemReviewed as { appearance: Node[] }).appearance[0]).not.toHaveProperty('isBasedOn');
    }
  });

  it('says a corpus copy of the page is based on the page', async () => {
    const { passages, comparison } = await demo();
    const talks = passages.find((p) => p.text.startsWith('At a short round of talks'))!;
    const reuters = talks.reports.find((r) => r.outlet === 'Reuters')!;
    const copied = { ...comparison, reprint: { articleId: reuters.articleId, pageIsCopy: false } };
    const [review] = comparisonJsonLd(PAGE, [talks], copied, '2025-07-02T10:00:00.000Z')['@graph'] as Node[];
    const appearances = (review.itemReviewed as { appearance: Node[] }).appearance;
    expect(appearances[0]).not.toHaveProperty('isBasedOn');
    const copy = appearances.find((a) => (a.publisher as Node | undefined)?.name === 'Reuters')!;
    expect(copy.isBasedOn).toEqual({ '@type': 'NewsArticle', url: PAGE.url, headline: PAGE.title });
  });

  it('writes a title holding "</script>" so that it cannot end the script element the JSON-LD is pasted into', async () => {
    const { passages, comparison } = await demo();
    const page = { url: PAGE.url, title: 'Talks </script><script>alert(1)</script> stall' };
    const text = jsonLdText(comparisonJsonLd(page, passages, comparison, '2025-07-02T10:00:00.000Z'));
    expect(text).not.toContain('<');
    const review = (JSON.parse(text)['@graph'] as Node[]).find((n) => n['@type'] === 'ClaimReview')!;
    expect((review.itemReviewed as { appearance: Node[] }).appearance[0].headline).toBe(page.title);
  });

  it('invents no verdict and no first appearance', async () => {
    const { passages, comparison } = await demo();
    const text = JSON.stringify(comparisonJsonLd(PAGE, passages, comparison, '2025-07-02T10:00:00.000Z'));
    expect(text).not.toContain('reviewRating');
    expect(text).not.toContain('firstAppearance');
  });

  it('lists the left-out claims as plain Claims', async () => {
    const { passages, comparison } = await demo();
    const graph = comparisonJsonLd(PAGE, passages, comparison, '2025-07-02T10:00:00.000Z')['@graph'] as Node[];
    const claims = graph.filter((n) => n['@type'] === 'Claim');
    expect(claims.map((c) => c.text)).toEqual(comparison.coverage.notOnPage.map((c) => c.text));
  });
});
