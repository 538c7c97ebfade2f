/**
 * An aggregator reprint is the same publication as its original, shown elsewhere. What one
 * page leaves out (the original's page may lack the headline, the aggregator's the outlet
 * name) the other may give, so linked pairs fill each other's gaps. Wire copies under a
 * different outlet are different publications and share nothing.
 */
import type { Article } from '../types';
import { outletById, UNKNOWN_OUTLET } from './outlets';

export function isAggregatorCopy(article: Article): boolean {
  return article.via !== null || outletKind(article) === 'aggregator';
}

function outletKind(article: Article): string | null {
  return article.outletId ? (outletById(article.outletId)?.kind ?? null) : null;
}

function namesOutlet(article: Article): boolean {
  return article.outlet !== UNKNOWN_OUTLET && outletKind(article) !== 'aggregator';
}

function sameOrUnknownOutlet(a: Article, b: Article): boolean {
  if (!namesOutlet(a) || !namesOutlet(b)) return true;
  return a.outletId !== null ? a.outletId === b.outletId : a.outlet === b.outlet;
}

/** Copies of `receiver` with the title and outlet it lacks taken from `giver`. */
function fillGaps(receiver: Article, giver: Article): Article {
  const filled = { ...receiver };
  if (filled.title === null) filled.title = giver.title;
  if (!namesOutlet(filled) && namesOutlet(giver)) {
    filled.outlet = giver.outlet;
    filled.outletId = giver.outletId;
  }
  return filled;
}

/**
 * The pair with gaps filled, when `copy` is an aggregator reprint of `original` whose
 * outlets do not contradict each other; otherwise the pair unchanged.
 */
export function shareReprintFields(copy: Article, original: Article): [Article, Article] {
  if (!isAggregatorCopy(copy) || !sameOrUnknownOutlet(copy, original)) return [copy, original];
  return [fillGaps(copy, original), fillGaps(original, copy)];
}
