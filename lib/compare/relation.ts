/**
 * How a report's wording relates to the page's: identical, nearly identical, reworded,
 * with different figures, or with a differently worded quotation; plus a word diff.
 */
import { diffArrays } from 'diff';
import { conflictingFigures } from '../match/figures';
import type { DiffPart, Relation } from '../match/types';
import { analyzeSentence, type Term } from '../text/analyze';
import { foldText } from '../text/normalize';

/** Share of words a near-verbatim copy keeps unchanged. */
const NEAR_VERBATIM_SHARE = 0.8;
/** Below this overlap of quoted terms, two quotations are worded differently. */
const SAME_QUOTE_OVERLAP = 0.5;

const DIFF_TOKEN = /\s+|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD = /[\p{L}\p{N}]/u;

export interface RelationResult {
  relation: Relation;
  diff: DiffPart[];
  /** Page figure and report figure that differ, paired in order, as written. */
  differingNumbers: [string, string][];
}

/** A sentence prepared once for comparison with many reports. */
interface Side {
  text: string;
  terms: Term[];
  tokens: string[];
  /** Per token: folded lowercase form (all whitespace alike), what the diff compares. */
  keys: string[];
  words: number;
}

function prepare(text: string): Side {
  const tokens = text.match(DIFF_TOKEN) ?? [];
  const keys = tokens.map((t) => (/^\s/.test(t) ? ' ' : foldText(t).toLowerCase()));
  return { text, terms: analyzeSentence(text).terms, tokens, keys, words: tokens.filter((t) => WORD.test(t)).length };
}

/** Relates one page sentence to many reports, analysing the page sentence only once. */
export function relatorFor(page: string): (report: string) => RelationResult {
  const pageSide = prepare(page);
  return (report) => compare(pageSide, prepare(report));
}

export function relate(page: string, report: string): RelationResult {
  return relatorFor(page)(report);
}

function compare(page: Side, report: Side): RelationResult {
  const { diff, sameWords } = wordDiff(page, report);
  const differingNumbers = differingFigures(page.terms, report.terms);
  let relation: Relation;
  if (comparable(page.text) === comparable(report.text)) relation = 'verbatim';
  else if (differingNumbers.length > 0) relation = 'different-figure';
  else if (quotesDiffer(page.terms, report.terms)) relation = 'different-quote';
  else relation = sameWords >= NEAR_VERBATIM_SHARE * Math.max(page.words, report.words) ? 'near-verbatim' : 'paraphrase';
  return { relation, diff, differingNumbers };
}

/** Text with typography and spacing folded: what "the same words" means for a copy. */
function comparable(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** Word diff on folded tokens, rendered with the original spelling of each side. */
function wordDiff(page: Side, report: Side): { diff: DiffPart[]; sameWords: number } {
  const diff: DiffPart[] = [];
  let pageAt = 0;
  let reportAt = 0;
  let sameWords = 0;
  for (const change of diffArrays(page.keys, report.keys)) {
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

/** Conflicting figures (same kind, same quantity: see lib/match/figures), as written on each side. */
function differingFigures(pageTerms: Term[], reportTerms: Term[]): [string, string][] {
  const raw = (terms: Term[], key: string) => terms.find((t) => t.key === key)!.raw;
  return conflictingFigures(pageTerms.map((t) => t.key), reportTerms.map((t) => t.key))
    .map(([page, report]) => [raw(pageTerms, page), raw(reportTerms, report)]);
}

function quotesDiffer(pageTerms: Term[], reportTerms: Term[]): boolean {
  const quoted = (terms: Term[]) => new Set(terms.filter((t) => t.quoted).map((t) => t.key));
  const a = quoted(pageTerms);
  const b = quoted(reportTerms);
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return (2 * shared) / (a.size + b.size) < SAME_QUOTE_OVERLAP;
}
