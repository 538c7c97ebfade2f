/**
 * Finds the page sentence that states a corpus sentence. The corpus often splits one claim into
 * several (two outlets' leads, each short of the pair cut against the other's founder), and a
 * passage links to one of them only: the others would be listed as "Not on this page" beside the
 * passage that states them. A page sentence, highlighted or not, states a corpus sentence when
 * the pair reaches the matcher's link cut (linkThresholdFor), scored as the matcher scores it.
 */
import { CANDIDATES_PER_SENTENCE, rankCandidates } from '../match/candidates';
import { indexTerms, type SentenceFeatures } from '../match/features';
import { idsByTerm, type PostingList } from '../match/postings';
import { linkThresholdFor, mayReachScore, scorePair } from '../match/score';
import type { PageReading, PageSentence } from './page-reading';

/**
 * Page sentences a corpus sentence is scored against, by index: those sharing the most weight
 * of index terms with it, as the matcher picks a page sentence's corpus candidates. Scoring every
 * page sentence against every left-out claim would cost a long page seconds, and a pair sharing
 * little reaches no cut.
 */
export function pageCandidatesFor({ sentences, ranking }: PageReading): (features: SentenceFeatures) => number[] {
  const postings = new Map<string, PostingList>();
  for (const [key, ids] of idsByTerm(sentences.map((s, at) => [at, s.keys] as const))) {
    postings.set(key, { df: ids.length, ids: Uint32Array.from(ids) });
  }
  return (features) => rankCandidates([indexTerms(features)], postings, undefined, ranking, CANDIDATES_PER_SENTENCE)[0];
}

/**
 * The answer tells, for a corpus sentence's features, the first page sentence that states it, or
 * null. A candidate is scored only if the information it shares with the corpus sentence lets it
 * reach the cut (mayReachScore): most of a short page's candidates share a word or two with the
 * claim sentence and are settled by that bound for a fraction of a score (bench:compare's
 * 2,000-word article: 84% of its pairs; its long pages: a third to a half).
 */
export function statementFinderFor(page: PageReading): (features: SentenceFeatures) => PageSentence | null {
  const candidatesFor = pageCandidatesFor(page);
  return (features) => {
    for (const at of candidatesFor(features).sort((a, b) => a - b)) {
      const sentence = page.sentences[at];
      const cut = linkThresholdFor(sentence.features);
      if (mayReachScore(sentence.features, features, cut, sentence.weigh) && scorePair(sentence.features, features, sentence.weigh) >= cut) return sentence;
    }
    return null;
  };
}
