/**
 * The names each of two sentences gives that the other does not, for the claim view: the
 * same words about other people or places ("Zelensky will meet Putin in Istanbul" against
 * "…meet Trump in Washington") are the matcher's commonest mistake, and one the reader
 * should see at a glance. Spelling variants count as one name (Zelenskiy, Zelenskyy; Kiev,
 * Kyiv), as the matcher counts them.
 */
import type { Report } from '../match/types';
import { analyzeSentence, type Term } from '../text/analyze';
import { TIME_WORDS } from '../text/tables/numbers';

/**
 * Capitalised titles around names: "President" on one side and not the other says nothing
 * about who is meant.
 */
const TITLES = new Set([
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'general', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'deputy', 'senator', 'governor', 'mayor', 'chancellor', 'envoy', 'special', 'former',
]);

/** Capitalised days ("Tuesday") say when, not who or where. */
const NOT_NAMES = new Set([...TITLES, ...TIME_WORDS]);

export interface DifferingNames {
  /** As the page writes them, in its order. */
  page: string[];
  /** As the report writes them, in its order. */
  report: string[];
}

/**
 * Compares one page sentence with many reports, analysing the page sentence once (as
 * relatorFor does). Null unless each side gives a name the other lacks: a report that only
 * adds a name (its source) differs in nothing named.
 */
export function namesComparedWith(page: string): (report: string) => DifferingNames | null {
  const pageSide = sideOf(page);
  return (report) => {
    const reportSide = sideOf(report);
    const [onlyPage, onlyReport] = [namesMissing(pageSide, reportSide), namesMissing(reportSide, pageSide)];
    return onlyPage.length && onlyReport.length ? { page: onlyPage, report: onlyReport } : null;
  };
}

/**
 * The reports of a passage that name other people or places than the page does, by sentence id:
 * what the hover card and the page summary flag, so both flag the same reports.
 */
export function reportsNamingOthers(page: string, reports: readonly Report[]): Map<number, DifferingNames> {
  const namesOf = namesComparedWith(page);
  const differing = new Map<number, DifferingNames>();
  for (const report of reports) {
    const names = namesOf(report.sentence);
    if (names) differing.set(report.sentenceId, names);
  }
  return differing;
}

interface Side {
  /** The sentence's names, once each, in order. A first word counts only if it is a known name
   *  (lib/text/tables/known-names), as in matching: any first word is capitalised. */
  names: Term[];
  keys: Set<string>;
  text: string;
}

function sideOf(sentence: string): Side {
  const { terms } = analyzeSentence(sentence);
  const seen = new Set<string>();
  const names = terms.filter((t) => t.entity && !NOT_NAMES.has(t.raw.toLowerCase()) && !seen.has(t.key) && seen.add(t.key));
  return { names, keys: new Set(terms.map((t) => t.key)), text: sentence };
}

/**
 * The names of `side`, as written, that `other` does not give. Terms are single words, so the
 * words of one name written together ("United States") are joined again: shown apart they read
 * as two names ("United, States").
 */
function namesMissing(side: Side, other: Side): string[] {
  const shared = side.names.filter((t) => other.keys.has(t.key)).map((t) => t.raw);
  // A first name before a name both give ("Dmitry Peskov" against "Peskov") is the same person.
  const beforeShared = (word: string) => shared.some((name) => side.text.includes(`${word} ${name}`));
  const missing = side.names.filter((t) => !other.keys.has(t.key) && !beforeShared(t.raw)).map((t) => t.raw);
  return missing.reduce<string[]>((names, word) => {
    const joined = names.length ? `${names[names.length - 1]} ${word}` : null;
    if (joined && side.text.includes(joined)) names[names.length - 1] = joined;
    else names.push(word);
    return names;
  }, []);
}
