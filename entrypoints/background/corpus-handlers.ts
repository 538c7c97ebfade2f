/**
 * The background's answers to the options page's corpus management messages: import (and its
 * cancel), list, delete (ticked articles, or every article of one imported file), export; and
 * the import itself, which adding a page from the side panel goes through too. An import
 * starts the indexer, which extends the index in the background, and once it has caught up,
 * `afterIndexed` runs (the open pages match again). A deletion mends the index in place
 * (lib/store/index-removal.ts), so `afterIndexed` runs at once, or after a build under way.
 */
import type { BackgroundRequests, ResponseOf } from '@/lib/protocol';
import type { CorpusStore } from '@/lib/store/corpus-store';
import { articleFromRecord } from '@/lib/corpus/import/to-article';
import type { ImportRecord } from '@/lib/corpus/import/record';
import type { ImportResult } from '@/lib/store/corpus-store';
import { exportLine } from '@/lib/corpus/import/export-line';
import type { Indexer } from './indexer';
import { ImportRuns, type ImportRun } from './import-runs';
import type { Article } from '@/lib/types';
import { slicer } from '@/lib/slices';

type CorpusMessages = 'importArticles' | 'cancelImport' | 'listUserArticles' | 'deleteArticles' | 'listImportFiles' | 'deleteImportFile' | 'exportCorpus';
type CorpusHandlers = {
  [K in CorpusMessages]: (payload: BackgroundRequests[K]['req']) => Promise<ResponseOf<BackgroundRequests, K>>;
};

/** Export pages are bounded so one answer stays well under the browsers' message size limits. */
const MAX_EXPORT_PAGE = 2_000;
const MAX_LIST_PAGE = 500;

export function createCorpusHandlers(
  store: CorpusStore,
  indexer: Indexer,
  whenReady: () => Promise<void>,
  afterIndexed: () => Promise<void>,
  /** The options page's imports under way, followed and cancelled by their id (import-runs.ts). */
  imports: ImportRuns = new ImportRuns(),
): { handlers: CorpusHandlers; importRecords: (records: ImportRecord[]) => Promise<ImportResult> } {
  // One call of afterIndexed per build: changes made while a build runs join it (ensureRunning
  // answers the same run), and the open pages need matching again only once it is done.
  const awaited = new WeakSet<Promise<void>>();
  const reindex = () => {
    const run = indexer.ensureRunning();
    if (awaited.has(run)) return run;
    awaited.add(run);
    // A failed build is kept as the indexer's error, which the index status reports.
    void run.then(afterIndexed).catch(() => undefined);
    return run;
  };
  // A build under way would change the pages' answers again when it ends: they are matched after it.
  const afterDeletion = () => {
    if (indexer.building) reindex();
    else void afterIndexed().catch(() => undefined);
  };
  /** Every deletion, of ticked articles or of a whole file, goes through the store's one path. */
  const deleteUserArticles = async (ids: string[]) => {
    const deleted = ids.length ? await store.deleteUserArticles(ids) : 0;
    if (deleted) afterDeletion();
    return { deleted };
  };
  /**
   * Stores records as one import. One sent as importArticles (under its id) is followed by its
   * `run` (import-runs.ts): its progress published until its articles are indexed, and a cancel
   * honoured at its commit point. A page added from the side panel is one article, not followed.
   */
  const importRecords = async (records: ImportRecord[], run?: ImportRun) => {
    try {
      // After the bundled install, so an update's rebuild cannot interleave with the import.
      await whenReady();
      const result = await store.importArticles(await articlesOf(records), run?.commitPoint);
      run?.stored(result.added.length);
      if (result.added.length) {
        const build = reindex();
        // The build's end, failed or not, ends the import's progress; a failure is the index status's to tell.
        if (run) void build.catch(() => undefined).finally(run.end);
      }
      return result;
    } catch (error) {
      run?.end();
      throw error;
    }
  };
  const handlers: CorpusHandlers = {
    importArticles: ({ records, importId }) => importRecords(records, imports.begin(importId, records.length)),

    cancelImport: async ({ importId }) => ({ cancelled: imports.cancel(importId) }),

    listUserArticles: ({ offset, limit }) => store.userArticles(offset, Math.min(limit, MAX_LIST_PAGE)),

    async deleteArticles({ ids }) {
      await whenReady();
      return deleteUserArticles(ids);
    },

    listImportFiles: async () => ({ files: await store.importFiles() }),

    // Read after the bundled install, as a deletion waits for it: the file's articles as they are then.
    async deleteImportFile({ sourceFile }) {
      await whenReady();
      return deleteUserArticles(await store.userArticleIdsFrom(sourceFile));
    },

    async exportCorpus({ after, limit }) {
      const { articles, next } = await store.exportPage(after, Math.min(Math.max(limit, 1), MAX_EXPORT_PAGE));
      return { lines: articles.map(exportLine), next };
    },
  };
  return { handlers, importRecords };
}

/** The records as articles, in slices (lib/slices): reading 2,000 held the background for half a second. */
async function articlesOf(records: ImportRecord[]): Promise<Article[]> {
  const pause = slicer();
  const articles: Article[] = [];
  for (const record of records) {
    await pause();
    articles.push(articleFromRecord(record));
  }
  return articles;
}
