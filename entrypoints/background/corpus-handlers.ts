/**
 * The background's answers to the corpus management messages: import, list, delete, export
 * (the options page), and adding the page read on a tab (the side panel). Each change to the
 * articles starts the indexer, which rebuilds or extends the index in the background.
 */
import type { BackgroundRequests, ResponseOf } from '@/lib/protocol';
import type { CorpusStore } from '@/lib/store/corpus-store';
import { articleFromRecord } from '@/lib/corpus/import/to-article';
import { checkedTextRecord } from '@/lib/corpus/import/read-files';
import type { ImportRecord } from '@/lib/corpus/import/record';
import type { TabState } from '@/lib/protocol';
import { exportLine } from '@/lib/corpus/import/export-line';
import type { Indexer } from './indexer';
import type { TabStates } from './tab-states';

type CorpusMessages = 'importArticles' | 'addPageToCorpus' | 'listUserArticles' | 'deleteArticles' | 'exportCorpus';
type CorpusHandlers = {
  [K in CorpusMessages]: (payload: BackgroundRequests[K]['req']) => Promise<ResponseOf<BackgroundRequests, K>>;
};

/** Export pages are bounded so one answer stays well under the browsers' message size limits. */
const MAX_EXPORT_PAGE = 2_000;
const MAX_LIST_PAGE = 500;

/** The article a tab shows, as an import record: its address, title and the text the extension read. */
function pageRecord(tab: TabState | null): ImportRecord {
  if (tab?.status !== 'done' || !tab.text) throw new Error('This page has not been read as an article yet.');
  const isWeb = /^https?:/i.test(tab.url);
  // The same checks as an import's, so a page adds as a file with its text would.
  return checkedTextRecord({ title: tab.title.trim() || null, outlet: null, url: isWeb ? tab.url : null, published: null, text: tab.text, sourceFile: 'side panel' });
}

export function createCorpusHandlers(store: CorpusStore, indexer: Indexer, tabs: TabStates, whenReady: () => Promise<void>): CorpusHandlers {
  const importRecords = async (records: ImportRecord[]) => {
    // After the bundled install, so an update's rebuild cannot interleave with the import.
    await whenReady();
    const result = await store.importArticles(records.map(articleFromRecord));
    if (result.added.length) void indexer.ensureRunning().catch(() => undefined);
    return result;
  };
  return {
    importArticles: ({ records }) => importRecords(records),

    addPageToCorpus: async ({ tabId }) => importRecords([pageRecord(await tabs.get(tabId))]),

    listUserArticles: ({ offset, limit }) => store.userArticles(offset, Math.min(limit, MAX_LIST_PAGE)),

    async deleteArticles({ ids }) {
      await whenReady();
      const deleted = await store.deleteUserArticles(ids);
      if (deleted) void indexer.ensureRunning().catch(() => undefined);
      return { deleted };
    },

    async exportCorpus({ afterId, limit }) {
      const articles = await store.articlesAfter(afterId, Math.min(Math.max(limit, 1), MAX_EXPORT_PAGE));
      return { lines: articles.map(exportLine), lastId: articles.at(-1)?.id ?? null };
    },
  };
}
