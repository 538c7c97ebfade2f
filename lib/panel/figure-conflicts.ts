/**
 * Finds page sentences that state a left-out corpus claim with other figures. The matcher links
 * a different figure to its claim only when everything else about the pair matches strongly
 * (the report then carries relation 'different-figure'); a reworded pair, or the same wording
 * around different numbers, stays unlinked because a different number may be a different fact.
 * Among the claims the page leaves out they are still worth showing a reader, who can judge
 * whether the figures describe the same thing: those that tell the same fact by every other
 * sign, same time, same names, most of the words or their rewording (same-fact.ts). A sentence
 * that joins two statements ("…1,200 more prisoners of war from each side, and Russia had offered
 * to hand over another 3,000 bodies") tells much the other lacks, so where the whole sentences
 * are not one fact their coordinate clauses are compared too (lib/text/clauses.ts): a report
 * printing one of them as a sentence of its own, with another figure, is found. Part of the
 * side panel's comparison (the background answers it), never on the matching path.
 */
import { relationsFor } from '../compare/relation';
import { extractFeatures, type SentenceFeatures } from '../match/features';
import { coordinateClauses } from '../text/clauses';
import { countedConflicts, figureNeighbourKeys } from '../match/figures';
import { segmentSentences } from '../text/segment';
import { SPELLED_NUMBERS, SPELLED_ORDINALS } from '../text/tables/numbers';
import type { PageSentence } from './page-reading';
import { factSide, tellSameFact, type FactSide } from './same-fact';

/** A sentence that can state a figure: digits, or a number the text spells out ("three"). */
const MAY_STATE_FIGURE = new RegExp(`\\d|\\b(?:${[...SPELLED_NUMBERS.keys(), ...SPELLED_ORDINALS.keys()].join('|')})\\b`, 'i');

export interface FigureMatch {
  pageSentence: string;
  figures: [string, string][];
}

/** A sentence, or one of its clauses, read as a fact once it is compared. */
class FactPart {
  private fact?: FactSide;

  constructor(
    readonly text: string,
    readonly features: SentenceFeatures,
  ) {}

  get asFact(): FactSide {
    return (this.fact ??= factSide(this.text, this.features));
  }
}

/** The coordinate clauses of a sentence that has several, each a part; none for a one-clause sentence. */
function clauseParts(text: string): FactPart[] {
  const clauses = coordinateClauses(text);
  return clauses.length > 1 ? clauses.map((clause) => new FactPart(clause, extractFeatures(clause))) : [];
}

/** A corpus sentence being checked against the page: it, and its clauses once asked for. */
class CorpusParts {
  readonly whole: FactPart;
  private clauses?: FactPart[];

  constructor(text: string, features: SentenceFeatures) {
    this.whole = new FactPart(text, features);
  }

  get parts(): FactPart[] {
    return [this.whole, ...(this.clauses ??= clauseParts(this.whole.text))];
  }
}

/**
 * A page sentence with figures. Its relations, its reading as a fact and its clauses are made
 * when a corpus sentence first shares a figure's neighbour with it: on a long page most
 * sentences never do.
 */
class PageFigures {
  private relations?: ReturnType<typeof relationsFor>;
  private readonly whole: FactPart;
  private clauses?: FactPart[];

  constructor(
    readonly text: string,
    readonly features: SentenceFeatures,
  ) {
    this.whole = new FactPart(text, features);
  }

  /** Whether the corpus sentence, or one of its clauses, says what this one or one of its clauses says with other figures. */
  conflict(corpus: CorpusParts): FigureMatch | null {
    this.relations ??= relationsFor(this.text, this.features);
    const { relation, figures } = this.relations(corpus.whole.text, corpus.whole.features);
    if (relation !== 'different-figure') return null;
    // Read as facts only for the few pairs that give another figure.
    if (tellSameFact(this.whole.asFact, corpus.whole.asFact)) return { pageSentence: this.text, figures };
    for (const page of [this.whole, ...(this.clauses ??= clauseParts(this.text))]) {
      for (const theirs of corpus.parts) {
        if (page === this.whole && theirs === corpus.whole) continue;
        if (countedConflicts(page.features.t, theirs.features.t).length === 0 || !tellSameFact(page.asFact, theirs.asFact)) continue;
        return { pageSentence: this.text, figures: relationsFor(page.text, page.features)(theirs.text, theirs.features).figures };
      }
    }
    return null;
  }
}

/**
 * Prepares the page once; the answer tells, for a corpus sentence, which page sentence (the
 * first in page order) says the same with other figures, or null. Only the page sentences
 * sharing a figure's neighbour with it can (figureNeighbourKeys), so only those are related:
 * relating every page sentence to every left-out claim made a long page's comparison take
 * seconds. The page is its text, or its sentences as the comparison read them (page-reading.ts);
 * a corpus sentence's features may be given when they were extracted already.
 */
export function figureCheckerFor(
  page: string | readonly Pick<PageSentence, 'text' | 'features'>[],
): (corpusSentence: string, corpusFeatures?: SentenceFeatures) => FigureMatch | null {
  const withFigures = typeof page === 'string'
    ? segmentSentences(page).filter((s) => MAY_STATE_FIGURE.test(s.text)).map((s) => ({ text: s.text, features: extractFeatures(s.text) }))
    : page.filter((s) => MAY_STATE_FIGURE.test(s.text));
  const pageSentences = withFigures.map((s) => new PageFigures(s.text, s.features));
  /** Figure neighbour key → the page sentences with that key, in page order. */
  const byNeighbour = new Map<string, number[]>();
  pageSentences.forEach((sentence, at) => {
    for (const key of figureNeighbourKeys(sentence.features.t)) {
      const list = byNeighbour.get(key);
      if (list) list.push(at);
      else byNeighbour.set(key, [at]);
    }
  });
  return (corpusSentence, corpusFeatures) => {
    if (!MAY_STATE_FIGURE.test(corpusSentence)) return null;
    const features = corpusFeatures ?? extractFeatures(corpusSentence);
    const corpus = new CorpusParts(corpusSentence, features);
    const candidates = new Set<number>();
    for (const key of figureNeighbourKeys(features.t)) for (const at of byNeighbour.get(key) ?? []) candidates.add(at);
    for (const at of [...candidates].sort((a, b) => a - b)) {
      const match = pageSentences[at].conflict(corpus);
      if (match) return match;
    }
    return null;
  };
}
