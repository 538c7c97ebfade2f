/**
 * The article text of a saved HTML page for the CLI, extracted as an .html import is
 * (lib/corpus/import/html-file.ts: Readability, prose blocks only), so `npm run analyze` on a
 * page reads what the extension reads: no comment box, navigation or caption text. happy-dom
 * stands in for the browser's DOMParser, and like it never runs the page's scripts.
 */
import { Window } from 'happy-dom';
import { parseHtmlFile } from '../../lib/corpus/import/html-file';

export function articleTextOfHtml(file: string, html: string): string {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const { title, text } = parseHtmlFile(file, doc);
    return title ? `${title}\n\n${text}` : text;
  } finally {
    void window.happyDOM.close();
  }
}
