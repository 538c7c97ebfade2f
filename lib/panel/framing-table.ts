/**
 * The framing table: for each source (the page first), the words it uses for the concepts of
 * lib/compare/framing (Kiev or Kyiv, "special military operation" or invasion, liberated or
 * occupied). A copy is left out when it uses no word its original does not; one that changed
 * them (the Guardian's "Zelenskyy" in a copy of Reuters' "Zelenskiy") keeps its row.
 */
import { FRAMING_CONCEPTS, framingTerms, termForDisplay } from '../compare/framing';
import type { Article } from '../types';
import type { FramingRow, FramingTable, TermUse } from './types';

/**
 * A source's framing is its own narration: a term it uses only inside quotation marks (an
 * official it quotes, its own scare quotes) is counted apart, after its own words, and shown
 * in quotation marks, so a reader sees that the outlet quotes it rather than says it.
 */
function termsByConcept(text: string): Record<string, TermUse[]> {
  const byConcept: Record<string, TermUse[]> = {};
  for (const { concept, term: found, quoted } of framingTerms(text)) {
    const term = termForDisplay(found);
    const uses = (byConcept[concept] ??= []);
    const use = uses.find((u) => u.term === term && u.quoted === quoted);
    if (use) use.count++;
    else uses.push({ term, count: 1, quoted });
  }
  for (const uses of Object.values(byConcept)) uses.sort((a, b) => Number(a.quoted) - Number(b.quoted) || b.count - a.count);
  return byConcept;
}

/** A term as its cell shows it: between quotation marks if the source only quotes it. */
export const termText = (use: TermUse): string => (use.quoted ? `“${use.term}”` : use.term);

/** A term with its count if more than one, as the Markdown export writes it. */
export const termLabel = (use: TermUse): string => (use.count > 1 ? `${termText(use)} ×${use.count}` : termText(use));

const articleText = (article: Article) => [article.title ?? '', ...(article.headings ?? []), ...article.paragraphs].join('\n');

/** Each term a row uses, with its concept and whether it is quoted, as one comparable key. */
const termKeys = (terms: Record<string, TermUse[]>): string[] =>
  Object.entries(terms).flatMap(([concept, uses]) => uses.map((u) => `${concept}\t${u.term}\t${u.quoted}`));

/** A copy says nothing of its own when its original is here and uses every term it uses (a trimmed copy uses fewer). */
function repeatsOriginal(terms: Record<string, TermUse[]>, original: Record<string, TermUse[]> | undefined): boolean {
  if (!original) return false;
  const originalKeys = new Set(termKeys(original));
  return termKeys(terms).every((key) => originalKeys.has(key));
}

export function framingTable(pageText: string, articles: Article[]): FramingTable {
  const termsOf = new Map(articles.map((article) => [article.id, termsByConcept(articleText(article))]));
  const rows: FramingRow[] = [{ articleId: null, terms: termsByConcept(pageText) }];
  for (const article of articles) {
    const terms = termsOf.get(article.id)!;
    if (!Object.keys(terms).length) continue;
    if (article.copyOf && repeatsOriginal(terms, termsOf.get(article.copyOf))) continue;
    rows.push({ articleId: article.id, terms });
  }
  const named = new Set(rows.flatMap((row) => Object.keys(row.terms)));
  return { concepts: FRAMING_CONCEPTS.map((c) => c.concept).filter((c) => named.has(c)), rows };
}
