/** DOMParser for unit tests (happy-dom); the options page uses the browser's own. */
import { Window } from 'happy-dom';
import type { HtmlParser } from '../../../lib/corpus/import/read-files';

const window = new Window();

export const parseHtml: HtmlParser = (html) => new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
