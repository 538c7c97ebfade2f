/** The export format: the import schema plus `origin`, one JSON object per line (NDJSON). */
import type { Article } from '../../types';

export function exportLine(article: Article): string {
  return JSON.stringify({
    title: article.title,
    outlet: article.outlet,
    url: article.url,
    published: article.published,
    text: article.paragraphs.join('\n\n'),
    origin: article.origin,
  });
}
