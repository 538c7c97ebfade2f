/**
 * Real lib output for the panel tests: the bundled seeds parsed and copy-linked as the
 * extension does, indexed in a MemoryIndex, and the demo article (the browser tests' fixture
 * page) matched against it. Built once per test file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { matchText } from '../../../lib/match/match';
import { MemoryIndex } from '../../../lib/match/memory-index';
import type { PassageMatch } from '../../../lib/match/types';
import { compareWithCorpus, type PanelCorpus } from '../../../lib/panel/panel-corpus';
import type { ComparedPage, PageComparison } from '../../../lib/panel/types';
import type { Article } from '../../../lib/types';
import { linkCopies } from '../../../lib/corpus/copies';
import { parseSeedFile } from '../../../lib/corpus/parse';

// Paths from import.meta.dirname, not URLs: the component tests run where happy-dom replaces URL.
const SEEDS_DIR = join(import.meta.dirname, '..', '..', '..', 'seeds');
export const DEMO_PAGE = join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'world', 'kremlin-rejects-stalling-charge');
/** Where the browser tests serve the demo article. */
const DEMO_URL = 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge';

/** A text as the panel compares a page's (by default at the demo article's address). */
export function comparedPage(text: string, url = DEMO_URL, title = 'Kremlin rejects charge that it is dragging out Ukraine talks'): ComparedPage {
  return { url, title, text };
}

/** The seeds parsed and copy-linked in file order, as the background's bundled corpus is. */
function seedArticles(): Article[] {
  const files = readdirSync(SEEDS_DIR).filter((name) => name.endsWith('.txt')).sort();
  return linkCopies(files.flatMap((name) => parseSeedFile(name, readFileSync(join(SEEDS_DIR, name), 'utf8'))));
}

export const expected = JSON.parse(readFileSync(`${DEMO_PAGE}.expect.json`, 'utf8')) as {
  reported: string[];
  differentFigure: string;
  unreported: string[];
};

/**
 * A fixture article's headline and body paragraphs (`page`: its path without .html), one block
 * per paragraph, as the page shows them.
 */
export function fixtureText(page: string): string {
  const window = new Window();
  window.document.write(readFileSync(`${page}.html`, 'utf8'));
  const blocks = [...window.document.querySelectorAll('article h1, article > p:not(.byline)')];
  const text = blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n\n');
  window.close();
  return text;
}

/** The PanelCorpus interface over an in-memory index, as the background provides it over IndexedDB. */
export function memoryCorpus(index: MemoryIndex, articles: Article[]): PanelCorpus {
  const sentences = () => index.allSentences();
  return {
    sentencesOf: async (ids) => sentences().filter((s) => ids.includes(s.articleId)),
    claimMembers: (ids) => index.claimMembers(ids, Infinity),
    articles: (ids) => index.articles(ids),
    findSentences: async (test, limit) => sentences().filter((s) => test(s.text)).slice(0, limit),
    findArticles: async (test, limit) => articles.filter((a) => test(`${a.title ?? ''} ${a.outlet}`)).slice(0, limit),
    postings: (terms) => index.postings(terms),
    sentenceCount: () => index.sentenceCount(),
  };
}

export interface Demo {
  articles: Article[];
  /** The seeds indexed, for matching pages other than the demo's. */
  index: MemoryIndex;
  corpus: PanelCorpus;
  pageText: string;
  passages: PassageMatch[];
  comparison: PageComparison;
}

let built: Promise<Demo> | undefined;

export function demo(): Promise<Demo> {
  built ??= (async () => {
    const articles = seedArticles();
    const index = new MemoryIndex();
    await index.addArticles(articles);
    const corpus = memoryCorpus(index, articles);
    const pageText = fixtureText(DEMO_PAGE);
    const passages = await matchText(pageText, index);
    return { articles, index, corpus, pageText, passages, comparison: await compareWithCorpus(corpus, passages, comparedPage(pageText)) };
  })();
  return built;
}

/** A paper's page running the Reuters story of the seeds (the browser tests serve it at WIRE_REPRINT_URL). */
export const WIRE_REPRINT_PAGE = join(DEMO_PAGE, '..', 'russia-ukraine-pow-swaps');
export const WIRE_REPRINT_URL = 'http://www.independent.co.uk/world/russia-ukraine-pow-swaps';

/** Another page's text matched against the seeds and compared, as the background does for the panel. */
export async function matchedAndCompared(text: string, url: string): Promise<Pick<Demo, 'passages' | 'comparison'>> {
  const { index, corpus } = await demo();
  const passages = await matchText(text, index);
  return { passages, comparison: await compareWithCorpus(corpus, passages, comparedPage(text, url)) };
}

/** The demo passage starting with `start`; fails the test when the matcher did not find it. */
export function passageStarting(passages: PassageMatch[], start: string): PassageMatch {
  const passage = passages.find((p) => p.text.startsWith(start));
  if (!passage) throw new Error(`no passage starts with ${start}`);
  return passage;
}
