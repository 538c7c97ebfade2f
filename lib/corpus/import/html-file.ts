/**
 * .html imports: a saved news page. Readability (Firefox's reader view) picks the article out
 * of the page furniture; the caller parses the HTML (DOMParser in the options page), which
 * never runs the page's scripts, and Readability drops them from the article.
 */
import { Readability } from '@mozilla/readability';
import { withoutFurnitureLines } from '../boilerplate';
import { headlineOfPageTitle } from '../page-title';
import { ImportError } from './import-error';
import { MAX_OUTLET_CHARS, MAX_TITLE_CHARS } from './limits';
import { writtenDateAsIso } from './page-date';
import { FIELD_CHECKS, type ImportRecord } from './record';

/** Blocks that hold the article's prose, in reading order. */
const PROSE_BLOCKS = 'p, li, blockquote, pre, h2, h3, h4';
/** Inside an article body these are furniture, not prose. */
const NOT_PROSE = 'figcaption, figure, nav, aside, script, style, noscript';

export function parseHtmlFile(file: string, doc: Document): ImportRecord {
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
  // The first of the page's own addresses that an import accepts (a relative canonical link is not).
  const url = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim(), meta('meta[property="og:url"]')]
    .find((address) => address && FIELD_CHECKS.url(address) === null) ?? null;
  const published = meta('meta[property="article:published_time"]') ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const outlet = meta('meta[property="og:site_name"]');

  const parsed = new Readability<Element>(doc.cloneNode(true) as Document, { serializer: (node) => node as Element }).parse();
  const paragraphs = parsed?.content ? proseOf(parsed.content) : [];
  if (paragraphs.length === 0) {
    throw new ImportError([{ file, line: null, field: null, message: 'holds no readable article text (is it a saved news page?)' }]);
  }
  return {
    // A page's furniture is cut or left out where an import would refuse it (as for "Add this
    // page"): a saved page with an odd canonical link or a very long title still imports.
    // Readability takes off the last " | Site" only: "Tram line approved | City" keeps the section.
    title: headlineOfPageTitle(parsed?.title ?? '').slice(0, MAX_TITLE_CHARS).trimEnd() || null,
    outlet: outlet?.slice(0, MAX_OUTLET_CHARS).trimEnd() ?? null,
    url,
    published: isoOrNull(published ?? parsed?.publishedTime ?? null),
    text: paragraphs.join('\n\n'),
    sourceFile: file,
  };
}

function proseOf(content: Element): string[] {
  const blocks = [...content.querySelectorAll(PROSE_BLOCKS)].filter(
    (block) => !block.closest(NOT_PROSE) && !block.parentElement?.closest(PROSE_BLOCKS),
  );
  const texts = blocks.length ? blocks.map((block) => block.textContent ?? '') : (content.textContent ?? '').split(/\n\s*\n/);
  return withoutFurnitureLines(texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => text !== ''));
}

/**
 * The page's date as an import takes it, or none: a date the page garbles ("Jan 1 20000") does
 * not sink the file. An ISO date is kept as the page wrote it; another form on the day, and in
 * the zone, it was written (page-date.ts).
 */
function isoOrNull(value: string | null): string | null {
  if (!value) return null;
  const written = value.trim();
  if (FIELD_CHECKS.published(written) === null) return written;
  const iso = writtenDateAsIso(written);
  return iso !== null && FIELD_CHECKS.published(iso) === null ? iso : null;
}
