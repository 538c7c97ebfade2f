/**
 * The articles that may be the page's reprint, read off its passages alone: a reprint prints at
 * least MIN_REPRINTED_SENTENCES of the page's sentences in the same words, so where no article
 * reports that many of its passages so, the page reprints none (page-reprint.ts). Apart from the
 * full comparison, so the content script can tell a page that needs no asking (most pages)
 * without carrying the copy detection.
 */
import { MIN_REPRINTED_SENTENCES } from '../corpus/reprint-pairs';
import type { PassageMatch } from '../match/types';

/** Articles compared with the page in full, as an import compares a few stored candidates per article. */
const MAX_CANDIDATES = 5;

/**
 * Those reporting at least MIN_REPRINTED_SENTENCES of the page's passages in the same or nearly
 * the same words (one shared sentence is a quote), most such passages first. On most pages none.
 */
export function reprintCandidateIds(passages: readonly PassageMatch[]): string[] {
  const copiedPassages = new Map<string, number>();
  for (const passage of passages) {
    for (const report of passage.reports) {
      if (report.relation === 'verbatim' || report.relation === 'near-verbatim') {
        copiedPassages.set(report.articleId, (copiedPassages.get(report.articleId) ?? 0) + 1);
      }
    }
  }
  return [...copiedPassages]
    .filter(([, count]) => count >= MIN_REPRINTED_SENTENCES)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_CANDIDATES)
    .map(([id]) => id);
}
