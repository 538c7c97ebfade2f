/**
 * The page's comparison as schema.org JSON-LD. Each claim of the page becomes a ClaimReview
 * whose itemReviewed Claim lists where it appeared (this page and every corpus report, with
 * wording and, where the outlet is known, publisher); copies point at their original with isBasedOn,
 * and so does the page when it reprints a corpus article (or a corpus copy of the page at it). There is no
 * reviewRating: the extension compares sources and never rates a claim. There is no
 * firstAppearance either: relative time labels ("5 hours ago") cannot order the articles.
 * Claims the page leaves out follow as plain Claims with their appearances.
 */
import type { PassageMatch, Report } from '../match/types';
import { summarizeReports } from '../report-summary';
import { namesOutlet, sourceLabel } from './article-info';
import { outletDetails } from './outlet-details';
import type { ExportPage } from './export-markdown';
import { inCardOrder } from './report-cards';
import { distinctPassages } from './repeated-passages';
import { countWords, looseMatchNote, RELATION_WORDS, summaryWords } from './wording';
import type { ArticleInfo, EventClaim, PageComparison } from './types';

type Node = Record<string, unknown>;

/**
 * The outlet as a publisher, or null when neither the page nor the registry names it: an
 * Organization named "Unknown outlet" would state a publisher that does not exist.
 */
function organization(name: string, outletId: string | null | undefined): Node | null {
  if (!namesOutlet({ outlet: name, outletId: outletId ?? null })) return null;
  const { name: shown, outlet } = outletDetails(name, outletId);
  return { '@type': 'Organization', name: shown, ...(outlet?.domains[0] && { url: `https://${outlet.domains[0]}/` }) };
}

function articleNode(article: ArticleInfo | undefined, fallbackOutlet: string): Node {
  const publisher = organization(article?.outlet ?? fallbackOutlet, article?.outletId);
  return {
    '@type': 'NewsArticle',
    ...(article?.title && { headline: article.title }),
    ...(article?.url && { url: article.url }),
    ...(article?.published && { datePublished: article.published }),
    ...(publisher && { publisher }),
  };
}

function pageNode(page: ExportPage): Node {
  return { '@type': 'NewsArticle', url: page.url, headline: page.title };
}

function appearance(page: ExportPage, report: Report, comparison: PageComparison): Node {
  const { articles, reprint } = comparison;
  const article = articles[report.articleId];
  const original = report.copyOf ? articles[report.copyOf] : undefined;
  const copiesPage = reprint !== null && !reprint.pageIsCopy && reprint.articleId === report.articleId;
  return {
    ...articleNode(article, report.outlet),
    text: report.sentence,
    ...(report.copyOf && { isBasedOn: articleNode(original, original?.outlet ?? '') }),
    ...(copiesPage && { isBasedOn: pageNode(page) }),
  };
}

function pageAppearance(page: ExportPage, text: string, comparison: PageComparison): Node {
  const { reprint, articles } = comparison;
  const original = reprint?.pageIsCopy ? articles[reprint.articleId] : undefined;
  return { ...pageNode(page), text, ...(original && { isBasedOn: articleNode(original, original.outlet ?? '') }) };
}

function claimReview(page: ExportPage, passage: PassageMatch, comparison: PageComparison, exportedAt: string): Node {
  const summary = summarizeReports(passage);
  // The claim view's order, without its cards' word diffs and names checks: the JSON-LD gives
  // neither.
  const reports = inCardOrder(passage.reports);
  // Once per independent source: a copy prints its original's figures and quotes again.
  const notes = reports.filter((report) => summary.sources.includes(report)).flatMap((report) => {
    const source = sourceLabel(comparison.articles[report.articleId]);
    return [
      ...report.figures.map(([ours, theirs]) => `${source}: ${theirs} where this page says ${ours}`),
      ...(report.relation === 'different-quote' ? [`${source}: ${RELATION_WORDS['different-quote']}`] : []),
    ];
  });
  return {
    '@type': 'ClaimReview',
    url: page.url,
    datePublished: exportedAt,
    claimReviewed: passage.text,
    // A loose link is said where the Markdown, the card and the panel say it: about a third of
    // them are wrong, and a reader of the export has no other way to tell.
    reviewBody: [
      `Also reported by ${summaryWords(summary)} in the local corpus.`,
      ...(passage.loose ? [looseMatchNote(passage)] : []),
      ...(notes.length ? [`${notes.join('; ')}.`] : []),
    ].join(' '),
    itemReviewed: {
      '@type': 'Claim',
      text: passage.text,
      appearance: [pageAppearance(page, passage.text, comparison), ...reports.map((report) => appearance(page, report, comparison))],
    },
  };
}

function leftOutClaim(claim: EventClaim, articles: Record<string, ArticleInfo>): Node {
  return {
    '@type': 'Claim',
    text: claim.text,
    description: `Reported by ${countWords(claim.sources, claim.copies)}; not on this page.`,
    appearance: claim.articleIds.map((id) => articleNode(articles[id], '')),
  };
}

export function comparisonJsonLd(page: ExportPage, passages: PassageMatch[], comparison: PageComparison, exportedAt: string): Node {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      // A pull quote's repeat is the same claim in the same words: reviewed once.
      ...distinctPassages(passages).map(({ passage }) => claimReview(page, passage, comparison, exportedAt)),
      ...comparison.coverage.notOnPage.map((claim) => leftOutClaim(claim, comparison.articles)),
    ],
  };
}

/**
 * The JSON-LD as the Export tab gives it, indented. "<" is written as "\u003c", which JSON reads
 * alike: a title holding "</script>" cannot end the <script type="application/ld+json"> element
 * the export is pasted into.
 */
export function jsonLdText(graph: Node): string {
  return JSON.stringify(graph, null, 2).replace(/</g, '\\u003c');
}
