/**
 * What tells one answer for a page from another: each passage's place and claim, and which
 * articles report it. Two answers with the same key show the reader the same thing.
 */
import type { PassageMatch } from './match/types';

export function passageListKey(passages: readonly PassageMatch[]): string {
  return passages.map((p) => `${p.start}:${p.end}:${p.claimId}:${p.reports.map((r) => r.articleId).join('+')}`).join(',');
}
