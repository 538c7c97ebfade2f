/**
 * The background's answers to the options page's corpus management messages: import, list,
 * delete (ticked articles, or every article of one imported file), export; and the import
 * itself, which adding a page from the side panel goes through too. An import starts the
 * indexer, which extends the index in the background, and once it has caught up,
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

type CorpusMessages = 'importArticles' | 'listUserArticles' | 'deleteArticles' | 'listImportFiles' | 'deleteImportFile' | 'exportCorpus';
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
): { handlers: CorpusHandlers; importRecords: (records: ImportRecord[]) => Promise<ImportResult> } {
  // One call of afterIndexed per build: changes made while a build runs join it (ensureRunning
  // answers the same run), and the open pages need matching again only once it is done.
  const awaited = new WeakSet<Promise<void>>();
  const reindex = () => {
    const run = indexer.ensureRunning();
    if (awaited.has(run)) return;
    awaited.add(run);
    // A failed build is kept as the indexer's error, which the index status reports.
    void run.then(afterIndexed).catch(() => undefined);
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
  const importRecords = async (records: ImportRecord[]) => {
    // After the bundled install, so an update's rebuild cannot interleave with the import.
    await whenReady();
    const result = await store.importArticles(records.map(articleFromRecord));
    if (result.added.length) reindex();
    return result;
  };
  const handlers: CorpusHandlers = {
    importArticles: ({ records }) => importRecords(records),

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
