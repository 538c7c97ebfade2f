/** The export format: the import schema plus `origin`, one JSON object per line (NDJSON). */
import type { Article } from '../../types';
import { UNKNOWN_OUTLET } from '../outlets';

export function exportLine(article: Article): string {
  return JSON.stringify({
    title: article.title,
    // The import schema's "no outlet" is null; the stored placeholder is not a name to hand on.
    outlet: article.outlet === UNKNOWN_OUTLET ? null : article.outlet,
    url: article.url,
    published: article.published,
    // One paragraph per line reads back as the same paragraphs (to-article.ts), and is never
    // longer than the text imported: blank lines between them could push a text at the length
    // limit over it, and its export would no longer import.
    text: article.paragraphs.join('\n'),
    origin: article.origin,
  });
}
