/**
 * The corpus browser's search: every word of the query must occur in the text, ignoring case,
 * accents and typography, in any of its spellings (variants.ts). Claims are grouped from their matching sentences and ranked by how
 * many independent sources carry them, a reprint counting with its original (countSources).
 */
import { foldText } from '../text/normalize';
import { spellingsOf } from '../text/tables/variants';
import { countSources } from '../report-summary';
import { bySource } from './source-order';
import type { ArticleInfo, ArticleSentence, ClaimHit, SentenceRef } from './types';

export const MAX_CLAIM_HITS = 30;
export const MAX_ARTICLE_HITS = 30;

/** A claim hit before its articles' copy links are read. */
export type UncountedHit = Omit<ClaimHit, 'sources' | 'copies'>;

/**
 * Folded as the search compares: case, accents and typography aside, and a figure's thousands
 * separators dropped (a comma, or the space French and others print, never a plain space: "in 2025
 * 100 people"), so that "5438", "5,438" and "5\u00a0438" are one figure and "5,438" is not the
 * words "5" and "438" (which matched "4385 hours").
 */
const fold = (text: string) => foldText(text.replace(/(\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, '$1')).toLowerCase();

/**
 * A predicate for texts containing every word of `query`, each at the start of one of the text's
 * words ("zelensk" finds Zelenskyy; "a" does not find every "the"); null for a query with no words.
 */
export function queryMatcher(query: string): ((text: string) => boolean) | null {
  const words = fold(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) return null;
  // Any spelling of a name or a British word, as the matcher reads them ("kyiv" finds "Kiev").
  // Letters and digits only: nothing in a word needs escaping.
  const starts = words.map((word) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellingsOf(word).join('|')})`, 'u'));
  return (text) => {
    const folded = fold(text);
    return starts.every((start) => start.test(folded));
  };
}

/**
 * One hit per claim among the matching sentences, with every article carrying it: the `limit`
 * claims most articles carry. Which articles are copies is not known yet: their rows are read
 * for the hits kept only (countedHits), since a common word's claims may have thousands.
 */
export function claimHits(matching: SentenceRef[], members: SentenceRef[], limit = MAX_CLAIM_HITS): UncountedHit[] {
  const articlesByClaim = new Map<number, Set<string>>();
  for (const m of members) {
    if (!articlesByClaim.has(m.claimId)) articlesByClaim.set(m.claimId, new Set());
    articlesByClaim.get(m.claimId)!.add(m.articleId);
  }
  const hits = new Map<number, UncountedHit>();
  for (const s of matching) {
    if (!hits.has(s.claimId)) hits.set(s.claimId, { claimId: s.claimId, text: s.text, articleIds: [...(articlesByClaim.get(s.claimId) ?? [s.articleId])] });
  }
  return [...hits.values()].sort((a, b) => b.articleIds.length - a.articleIds.length).slice(0, limit);
}

/**
 * The hits with their articles' copy links read: each counted by independent source, its
 * articles listed original first, then its copies; most sources first, then most copies.
 */
export function countedHits(hits: UncountedHit[], articles: Record<string, ArticleInfo>): ClaimHit[] {
  const originalOf = (id: string) => articles[id]?.copyOf ?? null;
  return hits
    .map((hit) => ({ ...hit, articleIds: bySource([hit.articleIds], originalOf), ...countSources(hit.articleIds, originalOf) }))
    .sort((a, b) => b.sources - a.sources || b.copies - a.copies);
}

/**
 * An article's sentences in order, each with how many other independent sources carry its
 * claim. The articles printing the article's own story (its original, its copies, the
 * original's other copies) are that one source, not others confirming it. `originalOf` gives
 * the original of each article among the members.
 */
export function articleSentences(
  articleId: string,
  sentences: SentenceRef[],
  members: SentenceRef[],
  originalOf: (articleId: string) => string | null,
): ArticleSentence[] {
  const sourceOf = (id: string) => originalOf(id) ?? id;
  const others = new Map<number, string[]>();
  for (const m of members) {
    if (sourceOf(m.articleId) === sourceOf(articleId)) continue;
    if (!others.has(m.claimId)) others.set(m.claimId, []);
    others.get(m.claimId)!.push(m.articleId);
  }
  return sentences
    .filter((s) => s.articleId === articleId)
    .sort((a, b) => a.position - b.position)
    .map((s) => ({ position: s.position, text: s.text, claimId: s.claimId, otherSources: countSources(others.get(s.claimId) ?? [], originalOf).sources }));
}
