/**
 * How a report's wording relates to the page's: identical, nearly identical, reworded,
 * with different figures, or with a differently worded quotation; plus a word diff.
 */
import { diffArrays } from 'diff';
import { countedConflicts } from '../match/figures';
import type { DiffPart, Relation, Report } from '../match/types';
import { analyzeSentence, spellingKey, type SentenceAnalysis } from '../text/analyze';
import { extractFeatures, QUOTED_MARK, type SentenceFeatures } from '../match/features';
import { foldText } from '../text/normalize';

/** Share of words a near-verbatim copy keeps unchanged. */
const NEAR_VERBATIM_SHARE = 0.8;

/** Spaces, figures whole ("1,500", "5.9": split at the mark, a diff can pair the comma with another), words, marks. */
const DIFF_TOKEN = /\s+|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD = /[\p{L}\p{N}]/u;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

export interface RelationResult {
  relation: Relation;
  diff: DiffPart[];
  /** Page figure and report figure that differ, paired in order, as written (relation 'different-figure' only). */
  differingNumbers: [string, string][];
}

/** A sentence prepared once for comparison with many reports. */
interface Side {
  text: string;
  /** The text with typography and spacing folded: what "the same words" means for a copy. */
  folded: string;
  /** Canonical term keys in order, as in SentenceFeatures.t. */
  keys: string[];
  /** The sentence quotes someone (a term inside quotation marks): only then are its quotations read (quotedWording). */
  quotes: boolean;
  tokens: string[];
  /** Per token: folded lowercase form (all whitespace alike), what the diff compares. */
  diffKeys: string[];
  /** The diff keys of word tokens. */
  wordKeys: string[];
  words: number;
  /** The text analysed, when a figure conflict or a quotation first needs it (analysisOf). */
  analysis: SentenceAnalysis | null;
}

/** Most tokens are plain ASCII words, which fold to themselves: folding them is skipped. */
function diffKey(token: string): string {
  if (PLAIN_WORD.test(token)) return token.toLowerCase();
  return /^\s/.test(token) ? ' ' : foldText(token).toLowerCase();
}

function prepare(text: string, features: SentenceFeatures): Side {
  const tokens = text.match(DIFF_TOKEN) ?? [];
  const diffKeys = tokens.map(diffKey);
  const wordKeys = diffKeys.filter((_, i) => WORD.test(tokens[i]));
  return {
    text,
    folded: foldText(text).replace(/\s+/g, ' ').trim(),
    keys: features.t,
    quotes: [...features.m].some((mark) => (Number(mark) & QUOTED_MARK) !== 0),
    tokens,
    diffKeys,
    wordKeys,
    words: wordKeys.length,
    analysis: null,
  };
}

/** The side's text analysed once, as the page side meets many reports. */
function analysisOf(side: Side): SentenceAnalysis {
  return (side.analysis ??= analyzeSentence(side.text));
}

/** The side's words as written, by term key. */
function writtenWords(side: Side): Map<string, string> {
  const written = new Map<string, string>();
  for (const term of analysisOf(side).terms) if (!written.has(term.key)) written.set(term.key, term.raw);
  return written;
}

/**
 * The words of the side's quotations as worded: each word by its spelling (spellingKey), a
 * figure or a date by its value ("19 per cent" is "19%" in a quote).
 */
function quotedWording(side: Side): Set<string> {
  const wording = new Set<string>();
  for (const term of analysisOf(side).terms) {
    if (!term.quoted) continue;
    if (term.kind === 'number' || term.kind === 'date' || term.kind === 'unit') wording.add(term.key);
    else for (const word of term.raw.toLowerCase().split(/\s+/)) wording.add(spellingKey(word));
  }
  return wording;
}

/**
 * Relates one page sentence to many reports, analysing the page sentence only once: relation,
 * word diff and differing figures, what the panel shows. Features already extracted, the page's
 * or a report's, spare analysing its text again.
 */
export function relatorFor(page: string, pageFeatures = extractFeatures(page)): (report: string, features?: SentenceFeatures) => RelationResult {
  const pageSide = prepare(page, pageFeatures);
  return (report, features) => {
    const reportSide = prepare(report, features ?? extractFeatures(report));
    const { diff, sameWords } = wordDiff(pageSide, reportSide);
    const relation = classify(pageSide, reportSide, () => sameWords);
    return { relation, diff, differingNumbers: figuresIf(relation, pageSide, reportSide) };
  };
}

/** A report's relation to the page, with the figures that differ (relation 'different-figure'). */
export type ReportRelation = Pick<Report, 'relation' | 'figures'>;

/**
 * The relation and differing figures, for matching: a page relates hundreds of reports, and the
 * word diff, the costly part, is needed only to tell a near-verbatim copy from a paraphrase.
 */
export function relationsFor(page: string, pageFeatures = extractFeatures(page)): (report: string, features: SentenceFeatures) => ReportRelation {
  const pageSide = prepare(page, pageFeatures);
  return (report, features) => {
    const reportSide = prepare(report, features);
    const relation = classify(pageSide, reportSide, () => wordDiff(pageSide, reportSide).sameWords);
    return { relation, figures: figuresIf(relation, pageSide, reportSide) };
  };
}

export function relate(page: string, report: string): RelationResult {
  return relatorFor(page)(report);
}

/** `sameWords`: the words a word diff keeps in place, asked for only when it decides. */
function classify(page: Side, report: Side, sameWords: () => number): Relation {
  if (page.folded === report.folded) return 'verbatim';
  if (countedConflicts(page.keys, report.keys).length > 0) return 'different-figure';
  if (quotesDiffer(page, report)) return 'different-quote';
  const nearVerbatim = NEAR_VERBATIM_SHARE * Math.max(page.words, report.words);
  // Words the two sides share, in any order, bound the words a diff keeps in place.
  if (sharedWords(page, report) < nearVerbatim) return 'paraphrase';
  return sameWords() >= nearVerbatim ? 'near-verbatim' : 'paraphrase';
}

/** Size of the multiset intersection of the two sides' words. */
function sharedWords(page: Side, report: Side): number {
  const counts = new Map<string, number>();
  for (const key of page.wordKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  let shared = 0;
  for (const key of report.wordKeys) {
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(key, left - 1);
    }
  }
  return shared;
}

/** Word diff on folded tokens, rendered with the original spelling of each side. */
function wordDiff(page: Side, report: Side): { diff: DiffPart[]; sameWords: number } {
  const diff: DiffPart[] = [];
  let pageAt = 0;
  let reportAt = 0;
  let sameWords = 0;
  for (const change of diffArrays(page.diffKeys, report.diffKeys)) {
    const count = change.count ?? change.value.length;
    if (change.added) {
      diff.push({ kind: 'added', text: report.tokens.slice(reportAt, (reportAt += count)).join('') });
    } else {
      const tokens = page.tokens.slice(pageAt, (pageAt += count));
      if (!change.removed) {
        reportAt += count;
        sameWords += tokens.filter((t) => WORD.test(t)).length;
      }
      diff.push({ kind: change.removed ? 'removed' : 'same', text: tokens.join('') });
    }
  }
  return { diff, sameWords };
}

/**
 * Conflicting figures (same kind, same quantity: see lib/match/figures), as written on each
 * side. Only a conflict needs the words as written, so only then is the text analysed.
 */
/** The differing figures of a report that gives another figure; none otherwise (nothing is analysed for them). */
function figuresIf(relation: Relation, page: Side, report: Side): [string, string][] {
  return relation === 'different-figure' ? differingFigures(page, report) : [];
}

function differingFigures(page: Side, report: Side): [string, string][] {
  const conflicts = countedConflicts(page.keys, report.keys);
  if (conflicts.length === 0) return [];
  const pageWords = writtenWords(page);
  const reportWords = writtenWords(report);
  return conflicts.map(([a, b]) => [pageWords.get(a) ?? a, reportWords.get(b) ?? b]);
}

/**
 * Both sides quote, and one quotation is not found within the other: a word of it was changed
 * ("No one is stalling anything" / "No one is delaying anything here"). A shorter quotation of
 * the same words is a fragment of it, not a rewording.
 */
function quotesDiffer(page: Side, report: Side): boolean {
  if (!page.quotes || !report.quotes) return false;
  const [a, b] = [quotedWording(page), quotedWording(report)];
  const [shorter, longer] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of shorter) if (!longer.has(word)) return true;
  return false;
}
