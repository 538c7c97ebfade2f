/**
 * Coverage of the page's event: the claims the other sources reported, which of them this page
 * leaves out, and which article carried which claim. The event is what the articles reporting
 * the page's claims say; a claim counts once per independent source (copies go with their
 * original, and a copy whose original did not carry the claim stands for that source:
 * countSources, as the hover card counts reports). A claim is on the page when a passage links
 * to it or a page sentence states it (stated-claims.ts): the corpus often splits one claim into
 * several.
 */
import type { PassageMatch } from '../match/types';
import { countSources } from '../report-summary';
import { bySource } from './source-order';
import { groupBy } from '../group-by';
import { extractFeatures, indexedTerms, type SentenceFeatures } from '../match/features';
import { contextFinderFor } from './claim-context';
import { figureCheckerFor } from './figure-conflicts';
import type { PageReading, PageSentence } from './page-reading';
import { statementFinderFor } from './stated-claims';
import type { Pause } from '../slices';
import type { ArticleInfo, Coverage, CoverageRow, EventClaim, FigureConflict, SentenceRef } from './types';

export interface CoverageInput {
  passages: PassageMatch[];
  /** The page the passages come from, as the comparison read it. */
  page: PageReading;
  /** Every sentence of the event's articles and of the claims they carry. */
  sentences: SentenceRef[];
  articles: Record<string, ArticleInfo>;
}

/**
 * The figure and statement checks are most of a long page's comparison (each relates a corpus
 * sentence to page sentences): `pause` is awaited before each member's, so the work comes in slices.
 */
export async function eventCoverage({ passages, page, sentences, articles }: CoverageInput, pause: Pause): Promise<Coverage> {
  const originalOf = (articleId: string) => articles[articleId]?.copyOf ?? null;
  const isCopy = (articleId: string) => originalOf(articleId) !== null;

  const membersByClaim = groupBy([...sentences].sort((a, b) => a.id - b.id), (s) => s.claimId);

  const pageRows = new PageRows(passages);
  const contextOf = contextFinderFor(sentences);
  const leftOut: EventClaim[] = [];
  for (const [claimId, members] of membersByClaim) {
    if (pageRows.hasClaim(claimId)) continue;
    const articleIds = unique(members.map((m) => m.articleId));
    const representative = members.find((m) => !isCopy(m.articleId)) ?? members[0];
    leftOut.push({
      claimId,
      text: representative.text,
      articleIds,
      ...countSources(articleIds, originalOf),
      before: contextOf(representative),
    });
  }
  // Most widely carried first; among equals, in the order the corpus tells them.
  const firstId = (claim: EventClaim) => membersByClaim.get(claim.claimId)![0].id;
  leftOut.sort((a, b) => b.sources - a.sources || b.copies - a.copies || firstId(a) - firstId(b));

  const checkFigures = figureCheckerFor(page.sentences);
  const findStatement = statementFinderFor(page);
  const notOnPage: EventClaim[] = [];
  const otherFigures: FigureConflict[] = [];
  for (const claim of leftOut) {
    const members = await membersToCheck(membersByClaim.get(claim.claimId)!, pause);
    // The corpus counts the statement checks weigh the members' terms by, in one read per claim
    // rather than one per member (stated-claims.ts then finds them covered).
    await page.weights.cover(members.flatMap((m) => indexedTerms(m.features)));
    // Other figures first: the page sentence that states a claim with another figure often
    // reaches the link cut too, and the figures are what a reader needs to see.
    const conflict = await firstFound(members, (m) => checkFigures(m.text, m.features), pause);
    if (conflict) {
      otherFigures.push({ ...claim, ...conflict });
      continue;
    }
    const statement = await firstFound(members, (m) => findStatement(m.features), pause);
    if (statement) pageRows.addStated(claim, statement);
    else notOnPage.push(claim);
  }

  const rows: CoverageRow[] = [
    ...pageRows.inPageOrder(),
    ...otherFigures.map((c) => ({ ...c, place: 'other-figures' as const })),
    ...notOnPage.map((c) => ({ ...c, place: 'left-out' as const })),
  ];
  const columns = bySource(rows.map((row) => row.articleIds), originalOf);
  const byColumn = (ids: string[]) => [...ids].sort((a, b) => columns.indexOf(a) - columns.indexOf(b));
  return {
    notOnPage: notOnPage.map((c) => ({ ...c, articleIds: byColumn(c.articleIds) })),
    otherFigures: otherFigures.map((c) => ({ ...c, articleIds: byColumn(c.articleIds) })),
    columns,
    rows: rows.map((row) => ({ claimId: row.claimId, text: row.text, place: row.place, articleIds: byColumn(row.articleIds) })),
  };
}

/**
 * The matrix rows of the claims on the page: one per claim its passages link to, in the wording
 * of its first passage, and the claims the page states besides (stated-claims.ts). A claim stated
 * by a passage joins the row of the claim that passage links to (the corpus split one claim in
 * two; the page states it once); one stated by a sentence no passage is gets a row in that
 * sentence's words, which later claims it states join.
 */
class PageRows {
  private readonly rowByClaim = new Map<number, CoverageRow>();
  private readonly rowBySentence = new Map<number, CoverageRow>();
  /** Each row's place on the page, for the order. */
  private readonly starts = new Map<CoverageRow, number>();
  /** The claim each passage links to, by the passage's start on the page. */
  private readonly claimAt = new Map<number, number>();

  constructor(passages: PassageMatch[]) {
    for (const passage of passages) {
      this.claimAt.set(passage.start, passage.claimId);
      if (this.rowByClaim.has(passage.claimId)) continue;
      const row: CoverageRow = { claimId: passage.claimId, text: passage.text, place: 'page', articleIds: unique(passage.reports.map((r) => r.articleId)) };
      this.rowByClaim.set(passage.claimId, row);
      this.starts.set(row, passage.start);
    }
  }

  hasClaim(claimId: number): boolean {
    return this.rowByClaim.has(claimId);
  }

  addStated(claim: EventClaim, statement: PageSentence): void {
    const linked = this.claimAt.get(statement.start);
    const row = (linked !== undefined && this.rowByClaim.get(linked)) || this.rowBySentence.get(statement.start);
    if (row) {
      row.articleIds = unique([...row.articleIds, ...claim.articleIds]);
      return;
    }
    const added: CoverageRow = { claimId: claim.claimId, text: statement.text, place: 'page', articleIds: claim.articleIds };
    this.rowBySentence.set(statement.start, added);
    this.starts.set(added, statement.start);
  }

  inPageOrder(): CoverageRow[] {
    return [...this.starts].sort(([, a], [, b]) => a - b).map(([row]) => row);
  }
}

/**
 * The claim's members the checks relate to the page, with their features extracted once for
 * both. One per text: both checks answer by the text, and a text the claim carries again (a
 * copy's sentence, a reprinted wire story) would be answered for twice. A fifth of the members
 * of bench:compare's article's left-out claims; its coverage took 27 ms, now 21 (min of 30).
 */
async function membersToCheck(members: SentenceRef[], pause: Pause): Promise<(SentenceRef & { features: SentenceFeatures })[]> {
  const prepared = new Map<string, SentenceRef & { features: SentenceFeatures }>();
  for (const member of members) {
    if (prepared.has(member.text)) continue;
    await pause();
    prepared.set(member.text, { ...member, features: extractFeatures(member.text) });
  }
  return [...prepared.values()];
}

/** What `find` answers for the first member it answers for, or null. */
async function firstFound<M, T>(members: M[], find: (member: M) => T | null | Promise<T | null>, pause: Pause): Promise<T | null> {
  for (const member of members) {
    await pause();
    const found = await find(member);
    if (found) return found;
  }
  return null;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
