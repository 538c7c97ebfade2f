/**
 * Finds the page sentence that states a corpus sentence. The corpus often splits one claim into
 * several (two outlets' leads, each short of the pair cut against the other's founder), and a
 * passage links to one of them only: the others would be listed as "Not on this page" beside the
 * passage that states them. A page sentence, highlighted or not, states a corpus sentence when
 * the pair reaches the matcher's link cut (linkThresholdFor), scored as the matcher scores it.
 */
import { CANDIDATES_PER_SENTENCE, rankCandidates } from '../match/candidates';
import { indexedTerms, indexTerms, type SentenceFeatures } from '../match/features';
import { idsByTerm, type PostingList } from '../match/postings';
import { linkThresholdFor, mayReachScore, scorePair } from '../match/score';
import type { PageReading, PageSentence } from './page-reading';

/**
 * Page sentences a corpus sentence is scored against, by index: those sharing the most weight
 * of index terms with it, as the matcher picks a page sentence's corpus candidates. Scoring every
 * page sentence against every left-out claim would cost a long page seconds, and a pair sharing
 * little reaches no cut.
 */
export function pageCandidatesFor({ sentences, weights }: PageReading): (features: SentenceFeatures) => number[] {
  const postings = new Map<string, PostingList>();
  for (const [key, ids] of idsByTerm(sentences.map((s, at) => [at, s.keys] as const))) {
    postings.set(key, { df: ids.length, ids: Uint32Array.from(ids) });
  }
  return (features) => rankCandidates([indexTerms(features)], postings, undefined, weights.weigh, CANDIDATES_PER_SENTENCE)[0];
}

/**
 * The answer tells, for a corpus sentence's features, the page sentence that states it best (the
 * highest score at or above its cut; the first in page order among equals), or null: a claim told
 * whole by one sentence can also be told in part by an earlier one ("Pasechnik said 100 per cent
 * of the region…" before "Russia now controls almost 19% of Ukraine, including all Luhansk…"), and
 * the row belongs beside the one that tells it. A candidate is scored only if the information it
 * shares with the corpus sentence lets it reach its cut and the best score so far (mayReachScore):
 * most of a short page's candidates share a word or two with the claim sentence and are settled
 * by that bound for a fraction of a score.
 */
export function statementFinderFor(page: PageReading): (features: SentenceFeatures) => Promise<PageSentence | null> {
  const candidatesFor = pageCandidatesFor(page);
  return async (features) => {
    const candidates = candidatesFor(features).sort((a, b) => a - b);
    if (!candidates.length) return null;
    // Weighed as matchText weighs a pair: the corpus counts of the corpus sentence's terms too.
    await page.weights.cover(indexedTerms(features));
    const weigh = page.weights.weigh;
    let best: { sentence: PageSentence; score: number } | null = null;
    for (const at of candidates) {
      const sentence = page.sentences[at];
      const cut = linkThresholdFor(sentence.features);
      if (!mayReachScore(sentence.features, features, Math.max(cut, best?.score ?? 0), weigh)) continue;
      const score = scorePair(sentence.features, features, weigh);
      // Above the best so far: an equal score keeps the earlier sentence.
      if (score >= cut && (!best || score > best.score)) best = { sentence, score };
    }
    return best?.sentence ?? null;
  };
}
