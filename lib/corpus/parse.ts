/**
 * Reads a bundled corpus file (a saved news or aggregator page, see seeds/) into articles.
 * Copies are not linked here: linkCopies runs over the whole corpus.
 */
import type { Article } from '../types';
import { readBody } from './body';
import { allOutlets, mentionsOutlet, outletByName, UNKNOWN_OUTLET, type Outlet } from './outlets';
import { readPage } from './page';

/**
 * The aggregator whose page this is, from its name in the page furniture ("Explore what
 * Daily8 AI can do for you:"). Every article on such a page was found via it.
 */
function aggregatorNamedIn(furniture: string[]): Outlet | null {
  const aggregators = allOutlets().filter((outlet) => outlet.kind === 'aggregator');
  return aggregators.find((aggregator) => furniture.some((line) => mentionsOutlet(line, aggregator))) ?? null;
}

/**
 * Articles of one seed file, in file order, ids `seed:<file stem>:<n>` from 0.
 * An article whose page names no outlet gets outlet "unknown" and outletId null: a wire
 * credit at the end of a body ("Reuters") says whose material was used, not who published.
 */
export function parseSeedFile(fileName: string, text: string): Article[] {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const page = readPage(text);
  const via = aggregatorNamedIn(page.furniture)?.name ?? null;
  const withBodies = page.articles
    .map((found) => ({ found, body: readBody(found.bodyLines) }))
    .filter(({ body }) => body.paragraphs.length > 0);
  return withBodies.map(({ found, body }, n) => ({
    id: `seed:${stem}:${n}`,
    outlet: found.outlet ?? UNKNOWN_OUTLET,
    outletId: found.outlet ? (outletByName(found.outlet)?.id ?? null) : null,
    title: found.title,
    paragraphs: body.paragraphs,
    captions: body.captions,
    headings: body.headings,
    embeds: body.embeds,
    timeLabel: found.time,
    published: null,
    url: null,
    origin: 'bundled',
    sourceFile: fileName,
    via,
    copyOf: null,
  }));
}
