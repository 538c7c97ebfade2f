/**
 * IndexedDB requests a page match costs, counted rather than timed: in Chromium a request costs
 * about the same whatever its size (bulkGet is one request per key, a claim's members one
 * getAll), so the count predicts the read time and does not move with the machine's load.
 * Builds an in-memory index of synthetic articles (the corpus bench:index imports), then
 * matches the same 2,000-word pages twice over: each page with an empty cache (a background
 * just started), and the pages in turn through one cache (a background that stays up while
 * the reader moves from page to page).
 * Usage: npm run bench:reads -- [--articles 1000] [--pages 10]
 */
import { parseArgs } from 'node:util';
import { articleFromRecord } from '../lib/corpus/import/to-article';
import { cachedReader } from '../lib/match/cached-reader';
import { matchText } from '../lib/match/match';
import { MemoryIndex } from '../lib/match/memory-index';
import type { CorpusReader } from '../lib/match/types';
import { mixedPages } from './corpus-tools/mixed-pages';
import { syntheticRecords } from './corpus-tools/synthetic-corpus';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, pages: { type: 'string', default: '10' } } });
const ARTICLES = Number(values.articles);
const PAGES = Number(values.pages);

interface Requests {
  postings: number;
  sentences: number;
  /** One getAll per claim. */
  claims: number;
  /** What those getAlls bring back: a row costs a fraction of a request, and claims can be large. */
  memberRows: number;
  articles: number;
  counters: number;
}

const total = (r: Requests) => r.postings + r.sentences + r.claims + r.articles + r.counters;

/** The index read as the store reads IndexedDB, counting the requests that would cost. */
function countedRequests(index: MemoryIndex): { reader: CorpusReader; requests: Requests } {
  const requests: Requests = { postings: 0, sentences: 0, claims: 0, memberRows: 0, articles: 0, counters: 0 };
  const reader: CorpusReader = {
    postings: (terms) => ((requests.postings += terms.length), index.postings(terms)),
    sentences: (ids) => ((requests.sentences += ids.length), index.sentences(ids)),
    claimMembers: async (ids, limit) => {
      requests.claims += ids.length;
      const members = await index.claimMembers(ids, limit);
      requests.memberRows += members.length;
      return members;
    },
    articles: (ids) => ((requests.articles += ids.length), index.articles(ids)),
    sentenceCount: () => ((requests.counters += 1), index.sentenceCount()),
  };
  return { reader, requests };
}

const records = [...syntheticRecords({ articles: ARTICLES, seed: 1 })];
const index = new MemoryIndex();
await index.addArticles(records.map(articleFromRecord));
const pages = mixedPages(records, PAGES, 2_000);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (label: string, counts: Requests[]) =>
  console.log(`| ${label} | ${(['postings', 'sentences', 'claims', 'memberRows', 'articles'] as const).map((k) => median(counts.map((c) => c[k]))).join(' | ')} | ${median(counts.map(total))} |`);

const cold: Requests[] = [];
for (const page of pages) {
  const { reader, requests } = countedRequests(index);
  await matchText(page, cachedReader(reader));
  cold.push(requests);
}
const warm: Requests[] = [];
const shared = countedRequests(index);
const kept = cachedReader(shared.reader);
for (const page of pages) {
  const before = { ...shared.requests };
  await matchText(page, kept);
  warm.push({
    postings: shared.requests.postings - before.postings,
    sentences: shared.requests.sentences - before.sentences,
    claims: shared.requests.claims - before.claims,
    memberRows: shared.requests.memberRows - before.memberRows,
    articles: shared.requests.articles - before.articles,
    counters: shared.requests.counters - before.counters,
  });
}

console.log(`${ARTICLES.toLocaleString('en')} synthetic articles, ${index.allSentences().length.toLocaleString('en')} sentences; medians over ${PAGES} pages of 2,000 words`);
console.log('| reads per page | posting lists | sentences | claims | their member rows | articles | requests in all |');
console.log('|---|---|---|---|---|---|---|');
line('empty cache (each page alone)', cold);
line('kept cache (pages in turn; the first one fills it)', warm.slice(1));
