/**
 * How a report's wording relates to the page's: identical, nearly identical, reworded,
 * with different figures, or with a differently worded quotation; plus a word diff.
 */
import { diffArrays } from 'diff';
import { analyzeSentence, type Term } from '../text/analyze';
import { foldText } from '../text/normalize';
import { isFigure } from '../match/features';
import type { DiffPart, Relation } from '../match/types';

/** Share of words a near-verbatim copy keeps unchanged. */
const NEAR_VERBATIM_SHARE = 0.8;
/** Below this overlap of quoted terms, two quotations are worded differently. */
const SAME_QUOTE_OVERLAP = 0.5;

const DIFF_TOKEN = /\s+|[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*|[^\s\p{L}\p{N}]/gu;

export interface RelationResult {
  relation: Relation;
  diff: DiffPart[];
  /** Page figure and report figure that differ, paired in order, as written. */
  differingNumbers: [string, string][];
}

export function relate(page: string, report: string): RelationResult {
  const diff = wordDiff(page, report);
  const pageTerms = analyzeSentence(page).terms;
  const reportTerms = analyzeSentence(report).terms;
  const differingNumbers = differingFigures(pageTerms, reportTerms);
  let relation: Relation;
  if (comparable(page) === comparable(report)) relation = 'verbatim';
  else if (differingNumbers.length > 0) relation = 'different-figure';
  else if (quotesDiffer(pageTerms, reportTerms)) relation = 'different-quote';
  else relation = keepsMostWords(page, report, diff) ? 'near-verbatim' : 'paraphrase';
  return { relation, diff, differingNumbers };
}

function keepsMostWords(page: string, report: string, diff: DiffPart[]): boolean {
  const words = (parts: DiffPart[]) => parts.reduce((n, p) => n + countWords(p.text), 0);
  const same = words(diff.filter((p) => p.kind === 'same'));
  const longer = Math.max(countWords(page), countWords(report));
  return longer > 0 && same / longer >= NEAR_VERBATIM_SHARE;
}

/** Text with typography and spacing folded: what "the same words" means for a copy. */
function comparable(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

function wordDiff(page: string, report: string): DiffPart[] {
  const pageTokens = page.match(DIFF_TOKEN) ?? [];
  const reportTokens = report.match(DIFF_TOKEN) ?? [];
  const changes = diffArrays(pageTokens, reportTokens, {
    comparator: (left: string, right: string) => /^\s/.test(left) ? /^\s/.test(right) : foldText(left).toLowerCase() === foldText(right).toLowerCase(),
  });
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join(''),
  }));
}

function differingFigures(pageTerms: Term[], reportTerms: Term[]): [string, string][] {
  const figures = (terms: Term[]) => terms.filter((t) => isFigure(t.key));
  const pageFigures = figures(pageTerms);
  const reportFigures = figures(reportTerms);
  const reportKeys = new Set(reportFigures.map((t) => t.key));
  const pageKeys = new Set(pageFigures.map((t) => t.key));
  const pageOnly = pageFigures.filter((t) => !reportKeys.has(t.key));
  const reportOnly = reportFigures.filter((t) => !pageKeys.has(t.key));
  const pairs = Math.min(pageOnly.length, reportOnly.length);
  return Array.from({ length: pairs }, (_, i) => [pageOnly[i].raw, reportOnly[i].raw]);
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
