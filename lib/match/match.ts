/**
 * Finds the sentences of a page that report a claim the corpus also reports, with every
 * corpus report of that claim. Reads are batched: the postings of the page's terms (with the
 * sentence count, which with the posting lengths gives the corpus idf), then of the term pairs
 * that can still count (see readPostings), and one sentences read for the whole page, then one
 * claim-members read and one articles read.
 */
import { relationsFor } from '../compare/relation';
import { relationInClaim } from '../compare/via-claim';
import { namesComparedWith } from '../compare/names';
import type { Article } from '../types';
import { segmentSentences } from '../text/segment';
import { groupBy } from '../group-by';
import { allTerms, rankCandidates } from './candidates';
import { extractFeatures, indexedTerms, indexTerms, pairParts } from './features';
import { isCommon, type PostingList } from './postings';
import { CorpusWeights } from './corpus-weights';
import { linkThresholdFor, SAME_CLAIM_THRESHOLD, scorePair } from './score';
import type { CorpusReader, IndexedSentence, PassageMatch, Report } from './types';

export { prepareSentences } from './prepare';

/**
 * Reports kept per passage, closest first. A claim carried by hundreds of articles in a large
 * corpus would otherwise cost a diff each and bloat every message; the card and the panel show
 * the closest ones.
 */
export const MAX_REPORTS_PER_PASSAGE = 40;

/**
 * Members read per linked claim. In a large corpus a claim gathers thousands of reports, and
 * reading and scoring each would grow page matching with the corpus; the reports are chosen
 * among the claim's first members and the passage's own candidates from that claim.
 */
export const MAX_MEMBERS_READ_PER_CLAIM = 100;

export interface MatchOptions {
  /** Articles to leave out of the results (the page itself when it is in the corpus, its copies). */
  excludeArticleIds?: Set<string>;
}

export async function matchText(text: string, reader: CorpusReader, opts: MatchOptions = {}): Promise<PassageMatch[]> {
  const excluded = opts.excludeArticleIds ?? new Set<string>();
  const spans = segmentSentences(text);
  const features = spans.map((span) => extractFeatures(span.text));
  const queries = features.map(indexTerms);
  const keys = allTerms(queries);
  if (keys.length === 0) return [];

  const terms = weighedTerms(keys);
  const [postings, weights] = await Promise.all([readPostings(terms, keys, reader), CorpusWeights.of(reader)]);
  weights.record(terms, postings);
  const candidateIds = rankCandidates(queries, postings, undefined, weights.weigh);
  const candidates = new Map((await reader.sentences([...new Set(candidateIds.flat())])).map((s) => [s.id, s]));
  // Every pair is weighed by the corpus counts of both its sentences' terms (corpus-weights.ts).
  await weights.cover([...candidates.values()].flatMap((s) => indexedTerms(s.features)));

  // Scores by passage and sentence id: a claim's members are often the passage's candidates.
  const scores = spans.map(() => new Map<number, number>());
  const scoreOf = (index: number, sentence: IndexedSentence) => {
    let value = scores[index].get(sentence.id);
    if (value === undefined) scores[index].set(sentence.id, (value = scorePair(features[index], sentence.features, weights.weigh)));
    return value;
  };
  const linked: { index: number; claimId: number; score: number }[] = [];
  spans.forEach((_, index) => {
    let best: { claimId: number; score: number } | null = null;
    for (const id of candidateIds[index]) {
      const candidate = candidates.get(id);
      if (!candidate || excluded.has(candidate.articleId)) continue;
      const score = scoreOf(index, candidate);
      if (!best || score > best.score) best = { claimId: candidate.claimId, score };
    }
    if (best && best.score >= linkThresholdFor(features[index])) linked.push({ index, ...best });
  });
  if (linked.length === 0) return [];

  const linkedClaims = new Set(linked.map((l) => l.claimId));
  const read = await reader.claimMembers([...linkedClaims], MAX_MEMBERS_READ_PER_CLAIM);
  const readIds = new Set(read.map((m) => m.id));
  const candidateMembers = [...candidates.values()].filter((c) => linkedClaims.has(c.claimId) && !readIds.has(c.id));
  const members = [...read, ...candidateMembers].filter((m) => !excluded.has(m.articleId));
  await weights.cover(read.flatMap((m) => indexedTerms(m.features)));
  const membersByClaim = groupBy(members, (member) => member.claimId);
  const ranked = linked.map(({ index, claimId }) =>
    closestPerArticle((membersByClaim.get(claimId) ?? []).map((member) => ({ member, score: scoreOf(index, member) })).sort((x, y) => y.score - x.score)),
  );
  // Articles (outlet, title, copy link) only of the reports kept: a claim's other members are
  // scored but not shown, and an article row holds its whole text.
  const shown = ranked.map((reports) => reports.slice(0, MAX_REPORTS_PER_PASSAGE));
  const articleIds = new Set(shown.flatMap((reports) => reports.map(({ member }) => member.articleId)));
  const articles = new Map((await reader.articles([...articleIds])).map((a) => [a.id, a]));

  return linked.map(({ index, claimId, score }, i) => {
    const span = spans[index];
    const relate = { relations: relationsFor(span.text, features[index]), names: namesComparedWith(span.text) };
    const linkCut = linkThresholdFor(features[index]);
    const reports = shown[i].map(({ member, score }) => toReport(relate, linkCut, member, score, articles));
    const moreReports = ranked[i].length > MAX_REPORTS_PER_PASSAGE;
    return { text: span.text, start: span.start, end: span.end, claimId, score, reports, moreReports, loose: score < SAME_CLAIM_THRESHOLD };
  });
}

/** The keys whose corpus frequencies weigh a page's pairs: terms only, as a pair key's weight comes from its parts. */
function weighedTerms(keys: readonly string[]): string[] {
  return keys.filter((key) => !pairParts(key));
}

/**
 * The term weights matchText weighs a page with, its sentences' index terms (indexTerms) covered:
 * the side panel scores more of the page's pairs later (which corpus claims the page states), and
 * covers the other side of each as it scores it, as matchText does.
 */
export async function pageTermWeights(queries: readonly (readonly string[])[], reader: Pick<CorpusReader, 'postings' | 'sentenceCount'>): Promise<CorpusWeights> {
  const weights = await CorpusWeights.of(reader);
  await weights.cover(weighedTerms(allTerms(queries)));
  return weights;
}

/**
 * An article that states the claim twice (its lead, again lower down) is one source: its closest
 * sentence reports it, or a reprint of it would count, and be listed, as two copies.
 */
function closestPerArticle<T extends { member: IndexedSentence }>(ranked: T[]): T[] {
  const seen = new Set<string>();
  return ranked.filter(({ member }) => !seen.has(member.articleId) && seen.add(member.articleId));
}

/**
 * The posting lists of the terms, then of the pair keys (among `keys`) that have a part too
 * common to be walked: a pair stands in only for such parts (candidates.ts) and weighs nothing
 * otherwise. In a small corpus almost every term is selective, and most pairs need no read.
 */
async function readPostings(terms: string[], keys: readonly string[], reader: CorpusReader): Promise<Map<string, PostingList>> {
  const postings = await reader.postings(terms);
  const useful = keys.filter((key) => pairParts(key)?.some((part) => isCommon(postings, part)));
  if (useful.length) for (const [key, list] of await reader.postings(useful)) postings.set(key, list);
  return postings;
}

/** How a passage's reports relate to it: wording and figures, and names (each prepared once per passage). */
interface PassageRelators {
  relations: ReturnType<typeof relationsFor>;
  names: ReturnType<typeof namesComparedWith>;
}

/** `linkCut`: the score the passage's best report had to reach, which a paraphrase of it reaches too. */
function toReport(relate: PassageRelators, linkCut: number, member: IndexedSentence, score: number, articles: Map<string, Article>): Report {
  const article = articles.get(member.articleId);
  return {
    sentenceId: member.id,
    articleId: member.articleId,
    outlet: article?.outlet ?? '',
    title: article?.title ?? null,
    sentence: member.text,
    score,
    ...relationInClaim(relate.relations(member.text, member.features), score, linkCut),
    copyOf: article?.copyOf ?? null,
    published: article?.published ?? null,
    names: relate.names(member.text),
  };
}
