/**
 * Finds reprints: an aggregator's copy of an article, or one wire story printed under
 * several outlets. Evidence is text reuse only (shared word 5-grams, as in passim), never
 * outlet or title names, so it works the same for bundled and user-imported articles.
 */
import type { Article } from '../types';
import { outletById } from './outlets';
import { isAggregatorCopy, shareReprintFields } from './reprints';
import { shingles } from './shingles';

/** passim keeps pairs sharing at least 5 n-grams; fewer is coincidence (stock phrases). */
const MIN_SHARED_SHINGLES = 5;
/**
 * Share of the shorter text's 5-grams also found in the longer one. Independent reports of
 * one event stay far below this (a few quotes and stock phrases); a shortened or restyled
 * reprint (the Guardian's edit of a Reuters story) stays well above it.
 */
const MIN_CONTAINMENT = 0.4;
/** passim ignores n-grams found in more than 100 texts: boilerplate, not reuse. */
const MAX_TEXTS_PER_SHINGLE = 100;

/** The articles with `copyOf` set on every reprint, pointing at its group's original. */
export function linkCopies(articles: Article[]): Article[] {
  const shingleSets = articles.map((article) => shingles(article.paragraphs.join('\n')));
  const groups = reuseGroups(shingleSets);
  const result = articles.map((article) => ({ ...article, copyOf: null as string | null }));
  for (const group of groups) {
    const original = pickOriginal(group, result, shingleSets);
    for (const member of group) {
      if (member === original) continue;
      result[member]!.copyOf = result[original]!.id;
      [result[member], result[original]] = shareReprintFields(result[member]!, result[original]!);
    }
  }
  return result;
}

/** Indices of texts that reuse each other's wording, grouped by single link. */
function reuseGroups(shingleSets: Set<string>[]): number[][] {
  const parent = shingleSets.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (const [a, b] of reusePairs(shingleSets)) parent[root(a)] = root(b);

  const groups = new Map<number, number[]>();
  shingleSets.forEach((_, index) => {
    const members = groups.get(root(index)) ?? [];
    members.push(index);
    groups.set(root(index), members);
  });
  return [...groups.values()].filter((members) => members.length > 1);
}

/**
 * Pairs of text indices whose shared shingles pass both thresholds. Shared shingles are counted
 * text by text in a typed array: an import of thousands of articles that share stock phrases
 * counts millions of pairs, and a Map entry per pair dominated its time.
 */
function reusePairs(shingleSets: Set<string>[]): [number, number][] {
  const textsByShingle = new Map<string, number[]>();
  shingleSets.forEach((set, index) => {
    for (const shingle of set) {
      const texts = textsByShingle.get(shingle);
      if (texts) texts.push(index);
      else textsByShingle.set(shingle, [index]);
    }
  });

  const pairs: [number, number][] = [];
  const shared = new Uint32Array(shingleSets.length);
  shingleSets.forEach((set, a) => {
    const touched: number[] = [];
    for (const shingle of set) {
      const texts = textsByShingle.get(shingle)!;
      if (texts.length < 2 || texts.length > MAX_TEXTS_PER_SHINGLE) continue;
      // Texts are listed in index order: count each pair once, from its lower index.
      for (let k = texts.length - 1; k >= 0 && texts[k] > a; k--) {
        if (shared[texts[k]]++ === 0) touched.push(texts[k]);
      }
    }
    for (const b of touched) {
      const shorter = Math.min(set.size, shingleSets[b]!.size);
      if (shared[b] >= MIN_SHARED_SHINGLES && shared[b] / shorter >= MIN_CONTAINMENT) pairs.push([a, b]);
      shared[b] = 0;
    }
  });
  return pairs;
}

/**
 * The original of a reuse group: a news agency's text over anyone else's (others reprint
 * agencies, not the reverse); then a publisher's own page over an aggregator's copy; then
 * the fuller text, since reprints cut rather than add. Ties go to the earlier article.
 */
function pickOriginal(group: number[], articles: Article[], shingleSets: Set<string>[]): number {
  const rank = (index: number): number[] => {
    const article = articles[index]!;
    const outlet = article.outletId ? outletById(article.outletId) : null;
    return [outlet?.agency ? 1 : 0, isAggregatorCopy(article) ? 0 : 1, shingleSets[index]!.size];
  };
  return group.reduce((best, candidate) => (compareRanks(rank(candidate), rank(best)) > 0 ? candidate : best));
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
