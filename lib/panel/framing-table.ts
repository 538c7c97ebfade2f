/**
 * The framing table: for each source (the page first), the words it uses for the concepts of
 * lib/compare/framing (Kiev or Kyiv, "special military operation" or invasion, liberated or
 * occupied). Copies are left out: they use their original's words.
 */
import { FRAMING_CONCEPTS, framingTerms, termForDisplay } from '../compare/framing';
import type { Article } from '../types';
import type { FramingRow, FramingTable, TermUse } from './types';

function termsByConcept(text: string): Record<string, TermUse[]> {
  const byConcept: Record<string, TermUse[]> = {};
  for (const { concept, term: found } of framingTerms(text)) {
    const term = termForDisplay(found);
    const uses = (byConcept[concept] ??= []);
    const use = uses.find((u) => u.term === term);
    if (use) use.count++;
    else uses.push({ term, count: 1 });
  }
  for (const uses of Object.values(byConcept)) uses.sort((a, b) => b.count - a.count);
  return byConcept;
}

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
