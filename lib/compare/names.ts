/**
 * The names each of two sentences gives that the other does not, for the claim view: the
 * same words about other people or places ("Zelensky will meet Putin in Istanbul" against
 * "…meet Trump in Washington") are the matcher's commonest mistake, and one the reader
 * should see at a glance. Spelling variants count as one name (Zelenskiy, Zelenskyy; Kiev,
 * Kyiv), as the matcher counts them.
 */
import { analyzeSentence, type Term } from '../text/analyze';

/**
 * Capitalised titles around names: "President" on one side and not the other says nothing
 * about who is meant.
 */
const TITLES = new Set([
  'president', 'prime', 'minister', 'foreign', 'defence', 'defense', 'secretary', 'general', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'deputy', 'senator', 'governor', 'mayor', 'chancellor', 'envoy', 'special', 'former',
]);

export interface DifferingNames {
  /** As the page writes them, in its order. */
  page: string[];
  /** As the report writes them, in its order. */
  report: string[];
}

/** Null unless each side gives a name the other lacks: a report that only adds a name (its source) differs in nothing named. */
export function differingNames(page: string, report: string): DifferingNames | null {
  const [pageTerms, reportTerms] = [analyzeSentence(page).terms, analyzeSentence(report).terms];
  // A sentence's first word is not marked a name (any first word is capitalised), so a name
  // that opens a sentence goes unseen here, as it does in matching.
  const onlyIn = (terms: Term[], other: Term[]) => {
    const keys = new Set(other.map((t) => t.key));
    const seen = new Set<string>();
    return terms.filter((t) => t.entity && !TITLES.has(t.raw.toLowerCase()) && !keys.has(t.key) && !seen.has(t.key) && seen.add(t.key)).map((t) => t.raw);
  };
  const [onlyPage, onlyReport] = [onlyIn(pageTerms, reportTerms), onlyIn(reportTerms, pageTerms)];
  return onlyPage.length && onlyReport.length ? { page: onlyPage, report: onlyReport } : null;
}
