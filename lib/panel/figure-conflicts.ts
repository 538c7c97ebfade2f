/**
 * Finds page sentences that state a left-out corpus claim with other figures. The matcher links
 * a different figure to its claim only when everything else about the pair matches strongly
 * (the report then carries relation 'different-figure'); looser pairs, the same wording around
 * different numbers, stay unlinked because a different number may be a different fact. Among
 * the claims the page leaves out they are still worth showing a reader, who can judge whether
 * the figures describe the same thing. Runs in the panel only, never on the matching path.
 */
import { relatorFor } from '../compare/relation';
import type { DiffPart } from '../match/types';
import { segmentSentences } from '../text/segment';

/** Share of the longer sentence's words both sentences keep, for the same statement. */
const SAME_WORDING_SHARE = 0.6;

const HAS_DIGIT = /\d/;
const WORD = /[\p{L}\p{N}]+/gu;

const wordCount = (text: string) => text.match(WORD)?.length ?? 0;

/** Share of words kept by both sides of a word diff, over the longer side. */
export function sharedWordShare(diff: DiffPart[]): number {
  const count = (kinds: DiffPart['kind'][]) => wordCount(diff.filter((p) => kinds.includes(p.kind)).map((p) => p.text).join(' '));
  const longer = Math.max(count(['same', 'removed']), count(['same', 'added']));
  return longer ? count(['same']) / longer : 0;
}

export interface FigureMatch {
  pageSentence: string;
  figures: [string, string][];
}

/**
 * Prepares the page once; the answer tells, for a corpus sentence, which page sentence says
 * the same with other figures, or null.
 */
export function figureCheckerFor(pageText: string): (corpusSentence: string) => FigureMatch | null {
  const relators = segmentSentences(pageText)
    .filter((s) => HAS_DIGIT.test(s.text))
    .map((s) => ({ text: s.text, relate: relatorFor(s.text) }));
  return (corpusSentence) => {
    if (!HAS_DIGIT.test(corpusSentence)) return null;
    for (const page of relators) {
      const { relation, diff, differingNumbers } = page.relate(corpusSentence);
      if (relation === 'different-figure' && sharedWordShare(diff) >= SAME_WORDING_SHARE) {
        return { pageSentence: page.text, figures: differingNumbers };
      }
    }
    return null;
  };
}
