/**
 * Finds reprints: an aggregator's copy of an article, or one wire story printed under several
 * outlets, and points each at its original. The text-reuse evidence is in reprint-pairs.ts.
 *
 * Why groups are stars around an original, not everything connected by reprint pairs: a pair
 * only says that the shorter text is mostly the longer's, and that is not transitive. A digest
 * printing two unrelated stories whole pairs with each of them, and a long article made of
 * paragraphs of every topic pairs with every short article it holds; grouping by single link
 * made such a text the glue that turned one story into a "copy" of another it shares no word
 * with. So a text is only ever linked to an original it is itself mostly made of. Originals are
 * chosen best first among the texts that are still free in a connected set (by the rule of
 * `pickOriginal`), and each takes for its copies the free texts it pairs with that are mostly
 * its text; the rest stay free for the next original. A digest is mostly none of the stories
 * it holds and is no one's copy; the stories are its copies only where it ranks as their
 * original (a brief printed whole in a fuller report of the same kind, as before).
 *
 * Two other rules were weighed. Mutual pairs only (each text mostly the other's) would drop
 * exactly those briefs, which a fuller report holds among much else. Following links through
 * a copy (a copy of a copy) would bring back the chains: a copy of a copy joins the original
 * only when it is itself mostly the original's text, else it stands as an original of its own.
 *
 * Cost: the evidence is computed once per candidate pair, as before; choosing originals reads
 * only the connected sets, one choice per group formed, and a group is a wire story's reprints.
 */
import type { Article } from '../types';
import { outletById } from './outlets';
import { publicationDate, publishedEarlier } from './publication-day';
import { reprintPairs, SHINGLE_WORDS } from './reprint-pairs';
import { isAggregatorCopy, shareReprintFields } from './reprints';
import { shingles } from './shingles';
import { runAtOnce, type Steps } from '../slices';

/** The articles with `copyOf` set on every reprint, pointing at an original it reprints. */
export function linkCopies(articles: Article[]): Article[] {
  return runAtOnce(copyLinking(articles));
}

/** linkCopies in steps of about one text each (lib/slices): an import compares thousands of articles. */
export function* copyLinking(articles: Article[]): Steps<Article[]> {
  const shingleSets: Set<string>[] = [];
  for (const article of articles) {
    yield;
    shingleSets.push(shingles(article.paragraphs.join('\n'), SHINGLE_WORDS));
  }
  const groups = yield* copyGroups(articles, shingleSets);
  const result = articles.map((article) => ({ ...article, copyOf: null as string | null }));
  for (const { original, copies } of groups) {
    for (const copy of copies) {
      result[copy]!.copyOf = result[original]!.id;
      [result[copy], result[original]] = shareReprintFields(result[copy]!, result[original]!);
    }
  }
  return result;
}

interface CopyGroup {
  original: number;
  /** In index order, as the articles were given. */
  copies: number[];
}

/** Originals with the texts that are mostly theirs, chosen best first (see the header). */
function* copyGroups(articles: Article[], shingleSets: Set<string>[]): Steps<CopyGroup[]> {
  const { pairedWith, isMostlyTextOf } = yield* reprintPairs(articles, shingleSets);
  const taken = new Uint8Array(articles.length);
  const free = (index: number) => taken[index] === 0;
  const groups: CopyGroup[] = [];
  for (const members of connectedSets(pairedWith)) {
    let open = members;
    for (;;) {
      yield;
      // A text with no free partner left can only stand alone: it is an original.
      open = open.filter((index) => free(index) && pairedWith[index]!.some(free));
      if (open.length === 0) break;
      const original = pickOriginal(open, articles, shingleSets);
      taken[original] = 1;
      const copies: number[] = [];
      // A wire story's group holds dozens of texts, each compared sentence by sentence: a step each.
      for (const other of pairedWith[original]!) {
        yield;
        if (free(other) && isMostlyTextOf(other, original)) copies.push(other);
      }
      copies.sort((a, b) => a - b);
      for (const copy of copies) taken[copy] = 1;
      if (copies.length) groups.push({ original, copies });
    }
  }
  return groups;
}

/** Indices of texts connected through reprint pairs, each set of two or more in index order. */
function connectedSets(pairedWith: number[][]): number[][] {
  const seen = new Uint8Array(pairedWith.length);
  const sets: number[][] = [];
  pairedWith.forEach((partners, start) => {
    if (seen[start] || partners.length === 0) return;
    seen[start] = 1;
    const members = [start];
    for (let k = 0; k < members.length; k++) {
      for (const other of pairedWith[members[k]!]!) {
        if (!seen[other]) {
          seen[other] = 1;
          members.push(other);
        }
      }
    }
    sets.push(members.sort((a, b) => a - b));
  });
  return sets;
}

/**
 * The original among reprints: a news agency's text over anyone else's (others reprint
 * agencies, not the reverse); then a publisher's own page over an aggregator's copy; then the
 * earlier publication, among articles whose dates fall on different days (a reprint that adds
 * a credit line is longer than its original, but not older); then the fuller text, since
 * reprints cut rather than add. Ties go to the earlier article.
 */
function pickOriginal(group: number[], articles: Article[], shingleSets: Set<string>[]): number {
  let candidates = keepBest(group, (index) => {
    const article = articles[index]!;
    return article.outletId && outletById(article.outletId)?.agency ? 1 : 0;
  });
  candidates = keepBest(candidates, (index) => (isAggregatorCopy(articles[index]!) ? 0 : 1));
  const dates = new Map(candidates.map((index) => [index, publicationDate(articles[index]!.published)]));
  // "Published on an earlier day" orders days, so some candidate is never preceded; an undated
  // article is neither before nor after any other.
  candidates = candidates.filter(
    (index) => !candidates.some((other) => publishedEarlier(dates.get(other)!, dates.get(index)!)),
  );
  return keepBest(candidates, (index) => shingleSets[index]!.size)[0]!;
}

/** The members with the highest score, in their order. */
function keepBest(members: number[], score: (index: number) => number): number[] {
  const scores = members.map(score);
  const best = scores.reduce((max, value) => Math.max(max, value), -Infinity);
  return members.filter((_, k) => scores[k] === best);
}
