/**
 * Claim grouping at index time. Each new sentence joins the claim of its best-scoring
 * earlier sentence from another article when that score reaches the pair cut (score.ts) and the
 * sentence also reaches it against the claim's founding sentence; otherwise it founds a claim
 * whose id is its own sentence id. "Earlier" means indexed before, or from an
 * article that comes before it in this batch, so the grouping is the same whether articles
 * arrive one at a time or all at once.
 *
 * A sentence never joins a claim through its own article's sentences (an article does not
 * corroborate itself), with one exception: an article that restates one of its sentences word
 * for word (a lead repeated lower down) files the repeat under that sentence's claim. Otherwise
 * the repeat would found a claim of its own, which a page stating the sentence once would then
 * "leave out". An article is always indexed within one batch, so the rule keeps the grouping
 * the same for any batching.
 *
 * Another article's word-for-word copy of a candidate (a reprint's, or a quote printed alike)
 * joins the candidate's claim whatever its score: a sentence that says little ("Therefore, we
 * are not interested in drawing out anything.") is damped below the pair cut even against
 * itself, and its copy would found a claim of its own, listed twice as left out.
 */
import { allTerms, candidateRanking } from './candidates';
import { reuseWords } from '../corpus/shingles';
import { indexTerms } from './features';
import { appendPostings, EMPTY_POSTINGS, extendPostings, idsByTerm, isSelective, MAX_CANDIDATE_POSTINGS, type PostingList } from './postings';
import { SAME_CLAIM_THRESHOLD, scorePair } from './score';
import type { CorpusReader, IndexedSentence } from './types';
import { runInSlices, TimeSlices } from '../slices';

type NewSentence = Omit<IndexedSentence, 'claimId'>;

export interface AssignedClaims {
  /** Claim id of each new sentence. */
  claims: Map<number, number>;
  /** The posting lists of the new sentences' terms with them appended: what the index stores. */
  postings: Map<string, PostingList>;
}

/**
 * A chunk's grouping takes a second or more, so it runs in `slices` (lib/slices), giving way
 * between sentences; before each time it does, `grouped` hears how many of the batch's articles
 * have all their sentences' claims (in the order they first appear), for an import's progress.
 * The result does not depend on where the slices fall.
 */
export async function assignClaims(
  newSentences: NewSentence[],
  reader: CorpusReader,
  slices = TimeSlices.endless(),
  grouped: (articles: number) => void = () => {},
): Promise<AssignedClaims> {
  const articleOrder = new Map<string, number>();
  for (const s of newSentences) if (!articleOrder.has(s.articleId)) articleOrder.set(s.articleId, articleOrder.size);
  const ordered = [...newSentences].sort((x, y) => articleOrder.get(x.articleId)! - articleOrder.get(y.articleId)!);
  const byId = new Map(ordered.map((s) => [s.id, s]));
  const queries: string[][] = [];
  for (const s of ordered) {
    if (slices.due) await slices.giveWay();
    queries.push(indexTerms(s.features));
  }

  // The batch's own sentences join the stored lists.
  const stored = await reader.postings(allTerms(queries));
  const batchIds = idsByTerm(ordered.map((s, q) => [s.id, queries[q]]));
  const postings = new Map<string, PostingList>();
  const ranked = new Map<string, PostingList>();
  for (const [term, ids] of batchIds) {
    if (slices.due) await slices.giveWay();
    const before = stored.get(term) ?? EMPTY_POSTINGS;
    postings.set(term, appendPostings(before, ids));
    ranked.set(term, isSelective(before) ? extendPostings(before, ids) : { df: before.df + ids.length, ids: EMPTY_POSTINGS.ids });
  }
  // Batch ids follow stored ids (the store numbers sentences in queue order), so a lookup by
  // id is an array index, not a Map lookup: admit runs once per posting entry.
  const firstFreshId = newSentences.reduce((least, s) => Math.min(least, s.id), Infinity);
  const orderOfFresh: number[] = [];
  const lastIdOfOrder: number[] = [];
  for (const s of ordered) {
    const order = articleOrder.get(s.articleId)!;
    orderOfFresh[s.id - firstFreshId] = order;
    lastIdOfOrder[order] = Math.max(lastIdOfOrder[order] ?? 0, s.id);
  }
  const queryOrder = ordered.map((s) => articleOrder.get(s.articleId)!);
  const admit = (q: number, id: number): boolean => id < firstFreshId || orderOfFresh[id - firstFreshId] < queryOrder[q];
  // A key that passes MAX_CANDIDATE_POSTINGS within the batch is common from the article that
  // passes it on, as when articles are indexed one at a time: chunk sizes group alike.
  const commonAt = (q: number, key: string): boolean => {
    const list = ranked.get(key)!;
    if (list.df <= MAX_CANDIDATE_POSTINGS) return false;
    const ids = batchIds.get(key)!;
    const before = list.df - ids.length;
    return before > MAX_CANDIDATE_POSTINGS || before + countUpTo(ids, lastIdOfOrder[queryOrder[q]]) > MAX_CANDIDATE_POSTINGS;
  };
  const candidateIds = await runInSlices(candidateRanking(queries, ranked, admit, undefined, undefined, commonAt), slices);
  const existingIds = [...new Set(candidateIds.flat().filter((id) => !byId.has(id)))];
  const existing = new Map((await reader.sentences(existingIds)).map((s) => [s.id, s]));
  // The founders of the stored claims those candidates belong to, in one more batched read.
  const founderIds = [...new Set([...existing.values()].map((s) => s.claimId).filter((id) => !existing.has(id)))];
  const founders = new Map([...existing, ...(founderIds.length ? await reader.sentences(founderIds) : []).map((s) => [s.id, s] as const)]);

  const claims = new Map<number, number>();
  const firstStatement = new Map<string, number>();
  for (const [q, sentence] of ordered.entries()) {
    if (slices.due) {
      grouped(queryOrder[q]);
      await slices.giveWay();
    }
    const statement = statementKey(sentence);
    const restated = statement === null ? undefined : firstStatement.get(statement);
    if (restated !== undefined) {
      claims.set(sentence.id, claims.get(restated)!);
      continue;
    }
    if (statement !== null) firstStatement.set(statement, sentence.id);
    const passing: { score: number; claimId: number; copied: boolean }[] = [];
    for (const id of candidateIds[q]) {
      const candidate = byId.get(id) ?? existing.get(id);
      if (!candidate || candidate.articleId === sentence.articleId) continue;
      const claimId = byId.has(id) ? claims.get(id)! : existing.get(id)!.claimId;
      if (copies(sentence, candidate)) {
        passing.push({ score: 1, claimId, copied: true });
        continue;
      }
      const score = scorePair(sentence.features, candidate.features);
      if (score >= SAME_CLAIM_THRESHOLD) passing.push({ score, claimId, copied: false });
    }
    // Copies first, then best-scoring; ties keep candidate order, as before.
    passing.sort((x, y) => Number(y.copied) - Number(x.copied) || y.score - x.score);
    const joined = passing.find(({ claimId, copied }) => copied || reportsFounder(sentence, byId.get(claimId) ?? founders.get(claimId)));
    claims.set(sentence.id, joined ? joined.claimId : sentence.id);
  }
  return { claims, postings };
}

/**
 * A sentence joins a claim only if it also reports what the claim's founding sentence says:
 * joining through any member alone chains (A like B, B like C, C unlike A) into claims that
 * gather much of a story. A founder that is gone (its article deleted) anchors nothing.
 */
function reportsFounder(sentence: NewSentence, founder: Pick<IndexedSentence, 'features'> | undefined): boolean {
  return !founder || scorePair(sentence.features, founder.features) >= SAME_CLAIM_THRESHOLD;
}

/**
 * A sentence's words within its article, in order and lowercase, with typographic variants
 * folded and punctuation dropped: what restates it word for word. Null for a sentence of no
 * words.
 */
function statementKey(sentence: NewSentence): string | null {
  const words = reuseWords(sentence.text);
  return words.length ? `${sentence.articleId}\u0000${words.join(' ')}` : null;
}

/** The sentence prints the candidate's words, in order (folded as statementKey folds them). Same words give the same terms, checked first as the cheaper test. */
function copies(sentence: NewSentence, candidate: NewSentence): boolean {
  const [a, b] = [sentence.features.t, candidate.features.t];
  if (a.length !== b.length || a.some((term, i) => term !== b[i])) return false;
  const [x, y] = [reuseWords(sentence.text), reuseWords(candidate.text)];
  return x.length > 0 && x.length === y.length && x.every((word, i) => word === y[i]);
}

/** How many of the ascending ids are at most `last`. */
function countUpTo(ids: readonly number[], last: number): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ids[middle] <= last) low = middle + 1;
    else high = middle;
  }
  return low;
}
