/**
 * The framing table: for each source (the page first), the words it uses for the concepts of
 * lib/compare/framing (Kiev or Kyiv, "special military operation" or invasion, liberated or
 * occupied). Copies are left out: they use their original's words.
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

export function framingTable(pageText: string, articles: Article[]): FramingTable {
  const rows: FramingRow[] = [{ articleId: null, terms: termsByConcept(pageText) }];
  for (const article of articles) {
    if (article.copyOf) continue;
    const terms = termsByConcept(articleText(article));
    if (Object.keys(terms).length) rows.push({ articleId: article.id, terms });
  }
  const named = new Set(rows.flatMap((row) => Object.keys(row.terms)));
  return { concepts: FRAMING_CONCEPTS.map((c) => c.concept).filter((c) => named.has(c)), rows };
}
