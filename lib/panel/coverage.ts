/**
 * Coverage of the page's event: the claims the other sources reported, which of them this page
 * leaves out, and which article carried which claim. The event is what the articles reporting
 * the page's claims say; a claim counts once per independent source (copies go with their
 * original, as in summarizeReports).
 */
import type { PassageMatch } from '../match/types';
import { groupBy } from '../group-by';
import { figureCheckerFor, type FigureMatch } from './figure-conflicts';
import type { Pause } from '../slices';
import type { ArticleInfo, Coverage, CoverageRow, EventClaim, FigureConflict, SentenceRef } from './types';

export interface CoverageInput {
  passages: PassageMatch[];
  /** The page text the passages come from. */
  pageText: string;
  /** Every sentence of the event's articles and of the claims they carry. */
  sentences: SentenceRef[];
  articles: Record<string, ArticleInfo>;
}

/**
 * The figure checks are most of a long page's comparison (each relates a corpus sentence to the
 * page's sentences with figures): `pause` is awaited before each, so the work comes in slices.
 */
export async function eventCoverage({ passages, pageText, sentences, articles }: CoverageInput, pause: Pause): Promise<Coverage> {
  const sourceOf = (articleId: string) => articles[articleId]?.copyOf ?? articleId;
  const isCopy = (articleId: string) => !!articles[articleId]?.copyOf;

  const membersByClaim = groupBy([...sentences].sort((a, b) => a.id - b.id), (s) => s.claimId);

  const pageRows: CoverageRow[] = [];
  const pageClaims = new Set<number>();
  for (const passage of passages) {
    if (pageClaims.has(passage.claimId)) continue;
    pageClaims.add(passage.claimId);
    pageRows.push({ claimId: passage.claimId, text: passage.text, onPage: true, articleIds: unique(passage.reports.map((r) => r.articleId)) });
  }

  const leftOut: EventClaim[] = [];
  for (const [claimId, members] of membersByClaim) {
    if (pageClaims.has(claimId)) continue;
    const articleIds = unique(members.map((m) => m.articleId));
    const representative = members.find((m) => !isCopy(m.articleId)) ?? members[0];
    leftOut.push({
      claimId,
      text: representative.text,
      articleIds,
      sources: new Set(articleIds.map(sourceOf)).size,
      copies: articleIds.filter(isCopy).length,
    });
  }
  // Most widely carried first; among equals, in the order the corpus tells them.
  const firstId = (claim: EventClaim) => membersByClaim.get(claim.claimId)![0].id;
  leftOut.sort((a, b) => b.sources - a.sources || b.copies - a.copies || firstId(a) - firstId(b));

  const checkFigures = figureCheckerFor(pageText);
  const notOnPage: EventClaim[] = [];
  const otherFigures: FigureConflict[] = [];
  for (const claim of leftOut) {
    const conflict = await firstConflict(membersByClaim.get(claim.claimId)!, checkFigures, pause);
    if (conflict) otherFigures.push({ ...claim, ...conflict });
    else notOnPage.push(claim);
  }

  const rows: CoverageRow[] = [...pageRows, ...[...otherFigures, ...notOnPage].map((c) => ({ ...c, onPage: false }))];
  const columns = columnOrder(rows, sourceOf, isCopy);
  const byColumn = (ids: string[]) => [...ids].sort((a, b) => columns.indexOf(a) - columns.indexOf(b));
  return {
    notOnPage: notOnPage.map((c) => ({ ...c, articleIds: byColumn(c.articleIds) })),
    otherFigures: otherFigures.map((c) => ({ ...c, articleIds: byColumn(c.articleIds) })),
    columns,
    rows: rows.map((row) => ({ claimId: row.claimId, text: row.text, onPage: row.onPage, articleIds: byColumn(row.articleIds) })),
  };
}

/** The first of a claim's members that the page states with other figures, or null. */
async function firstConflict(
  members: SentenceRef[],
  checkFigures: (text: string) => FigureMatch | null,
  pause: Pause,
): Promise<FigureMatch | null> {
  for (const member of members) {
    await pause();
    const conflict = checkFigures(member.text);
    if (conflict) return conflict;
  }
  return null;
}

/** Sources in order of first appearance in the rows, each original followed by its copies. */
function columnOrder(rows: CoverageRow[], sourceOf: (id: string) => string, isCopy: (id: string) => boolean): string[] {
  const groups = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const id of row.articleIds) {
      const source = sourceOf(id);
      if (!groups.has(source)) groups.set(source, new Set());
      groups.get(source)!.add(id);
    }
  }
  return [...groups.values()].flatMap((ids) => [...ids].sort((a, b) => Number(isCopy(a)) - Number(isCopy(b)) || a.localeCompare(b)));
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
