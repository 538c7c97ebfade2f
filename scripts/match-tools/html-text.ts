/**
 * The article text of a saved HTML page for the CLI, extracted as an .html import is
 * (lib/corpus/import/html-file.ts: Readability, prose blocks only), so `npm run analyze` on a
 * page reads what the extension reads: no comment box, navigation or caption text. happy-dom
 * stands in for the browser's DOMParser, and like it never runs the page's scripts.
 */
import { Window } from 'happy-dom';
import { parseHtmlFile } from '../../lib/corpus/import/html-file';
import { ImportError } from '../../lib/corpus/import/import-error';
import { InputError } from './tool-input';

/** The page's title and article text; an InputError for a page that holds none. */
export function articleTextOfHtml(file: string, html: string): string {
  const window = new Window();
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const { title, text } = parseHtmlFile(file, doc);
    return title ? `${title}\n\n${text}` : text;
  } catch (error) {
    if (error instanceof ImportError) throw new InputError(error.problems.map((problem) => problem.message).join('; '));
    throw error;
  } finally {
    void window.happyDOM.close();
  }
}
