/**
 * The background's answers to each message of lib/protocol.ts. Payloads arrive already
 * validated; these functions only decide what to do.
 */
import type { BackgroundRequests, PageStories, ResponseOf, TabState } from '@/lib/protocol';
import type { CorpusStore } from '@/lib/store/corpus-store';
import { ReadPriority } from '@/lib/store/read-priority';
import { matchText } from '@/lib/match/match';
import type { PassageMatch } from '@/lib/match/types';
import type { ComparedPage } from '@/lib/panel/types';
import { errorMessage } from '@/lib/error-message';
import type { Indexer } from './indexer';
import type { TabStates } from './tab-states';
import { openSidePanel } from './side-panel';
import { analyzeTab } from './toolbar';
import { articleDetail, comparisonFor, reprintNoteFor, searchCorpus } from './panel-queries';
import type { SettingsStore } from './settings';
import { createCorpusHandlers } from './corpus-handlers';
import type { ImportRuns } from './import-runs';
import { IndexStatusReport } from './index-status';
import { tellEveryTab, tellTab } from './tell-tabs';
import { pageRecord } from '@/lib/corpus/import/page-record';
import { canonicalAddress } from '@/lib/corpus/page-address';

export interface Sender {
  tabId: number | null;
  /** Sent by one of the extension's pages, not by a content script. */
  extensionPage: boolean;
}

type Handlers = {
  [K in keyof BackgroundRequests]: (
    payload: BackgroundRequests[K]['req'],
    sender: Sender,
  ) => Promise<ResponseOf<BackgroundRequests, K>>;
};

/** `whenReady()` settles once the bundled corpus is installed and older user articles are given a list order (or either failed). */
export function createHandlers(
  store: CorpusStore,
  indexer: Indexer,
  tabs: TabStates,
  whenReady: () => Promise<void>,
  settings: SettingsStore,
  /** Queries run before the index build's next chunk (lib/store/read-priority). */
  reads: ReadPriority = new ReadPriority(),
  /** The options page's imports under way (import-runs.ts), which the indexer tells of its chunks. */
  imports?: ImportRuns,
  /** The index status as published at each change (index-status.ts), which the indexer tells of its builds. */
  indexStatus: IndexStatusReport = new IndexStatusReport(store, indexer),
): Handlers {
  /** The panel then says why, instead of showing the page as being analyzed for ever. */
  const markFailed = (tabId: number, url: string, title: string, error: string) =>
    tabs.set({ tabId, url, title, status: 'error', error, passages: [] });
  // After a change to the articles, every open page is matched again: its highlights were found
  // in the corpus as it was (a paused page forgets them, so switching it back on repaints none).
  const corpus = createCorpusHandlers(store, indexer, whenReady, () => tellEveryTab('corpusChanged', {}), imports);

  return {
    async analyzePage({ url, title, text, whole, stories }, sender) {
      if (sender.tabId === null) throw new Error('analyzePage comes from a tab');
      const tabId = sender.tabId;
      // New paragraphs alone are not the article: the tab keeps the page's last whole text.
      const previous = await tabs.get(tabId);
      const articleText = whole ? text : previous?.url === url ? previous.text : undefined;
      const story = namedStory(stories);
      // Kept while analyzing too: the panel can still add the page while a live blog grows.
      await tabs.set({ tabId, url, title, status: 'analyzing', passages: [], text: articleText, story });
      // Queries wait for the bundled corpus to be indexed; articles the user imports later are
      // indexed alongside, and a page read meanwhile sees them when it is matched again (corpusChanged).
      await whenReady();
      let passages: PassageMatch[];
      try {
        // A page the corpus holds (one the user added) is not reported by itself or its reprints,
        // nor a story the user added from its own address where it shows on the page of another
        // (an infinite scroll). New paragraphs alone have no stored twin: only whole texts are
        // looked up by their hash.
        const wholeTexts = [...(whole ? [text] : []), ...(stories?.texts ?? [])];
        passages = await reads.during(async () =>
          matchText(text, store.reader, { excludeArticleIds: await store.articleIdsOfPage(url, wholeTexts) }),
        );
      } catch (error) {
        await markFailed(tabId, url, title, errorMessage(error));
        throw error;
      }
      // New paragraphs' passages alone are not the page's: the content script follows with the whole
      // list (pagePassages), and until then the tab stays 'analyzing', the panel showing the last list.
      if (whole) await tabs.set({ tabId, url, title, status: 'done', passages, text: articleText, story });
      return { passages };
    },

    async pageSkipped({ url, title, reason }, sender) {
      if (sender.tabId !== null) {
        await tabs.set({ tabId: sender.tabId, url, title, status: reason, passages: [] });
      }
      return { ok: true };
    },

    async analysisFailed({ url, title, error }, sender) {
      if (sender.tabId !== null) await markFailed(sender.tabId, url, title, error);
      return { ok: true };
    },

    async openSidePanel({ claimId }, sender) {
      if (sender.tabId === null) return { opened: false };
      const tabId = sender.tabId;
      // No await before this call: Chrome requires it in the click's call stack.
      const opening = openSidePanel(tabId);
      const state = await tabs.get(tabId);
      if (state && claimId !== null) await tabs.set({ ...state, focus: { claimId, at: Date.now() } });
      return { opened: await opening };
    },

    getTabState: ({ tabId }) => tabs.get(tabId),

    // A page that just opened; after that it follows the status as published.
    getIndexStatus: () => indexStatus.current(),

    async revealPassage({ tabId, passageIndex }) {
      return tellTab(tabId, 'revealPassage', { passageIndex });
    },

    async pagePassages({ url, title, passages, text, stories }, sender) {
      // The whole article text, which the panel's framing and figure checks read (analyzePage
      // may have seen only the paragraphs that were new).
      if (sender.tabId !== null) await tabs.set({ tabId: sender.tabId, url, title, status: 'done', passages, text, story: namedStory(stories) });
      return { ok: true };
    },

    getSettings: ({ site }) => settings.forSite(site),

    updateSettings: ({ site, enabled, sitePaused }) => settings.update(site, { enabled, sitePaused }),

    async getComparison({ tabId }) {
      const state = await tabs.get(tabId);
      if (state?.status !== 'done') return null;
      return reads.during(() => comparisonFor(store, state.passages, comparedPage(state)));
    },

    async getPageReprint(_, sender) {
      const state = sender.tabId === null ? null : await tabs.get(sender.tabId);
      if (state?.status !== 'done') return null;
      return reads.during(() => reprintNoteFor(store, state.passages, comparedPage(state)));
    },

    searchCorpus: ({ query }) => reads.during(() => searchCorpus(store, query)),

    getArticle: ({ articleId }) => reads.during(() => articleDetail(store, articleId)),

    ...extensionPagesOnly({
      readPageAnyway: async ({ tabId }) => ({ ok: await analyzeTab(tabId) }),

      async addPageToCorpus({ tabId, url }) {
        const tab = await tabs.get(tabId);
        // An in-page anchor or tracking parameters aside, the same page.
        if (tab && canonicalAddress(tab.url) !== canonicalAddress(url)) throw new Error('The tab shows another page now.');
        return corpus.importRecords([pageRecord(tab)]);
      },
      ...corpus.handlers,
    }),
  };
}

/** The page a tab shows as the comparison reads it: its last whole text, or its passages where none was kept. */
function comparedPage(state: TabState): ComparedPage {
  return { url: state.url, title: state.title, text: state.text ?? state.passages.map((p) => p.text).join('\n\n') };
}

/** The text of the story a page of several names (TabState.story): null where it names none; nothing on a page of one article. */
function namedStory(stories: PageStories | undefined): string | null | undefined {
  if (!stories) return undefined;
  return stories.named === null ? null : (stories.texts[stories.named] ?? null);
}

/**
 * The user's articles are read and changed, and a page is read anyway, from the side panel and
 * the options page only: a content script is refused these messages, whatever its page did to it.
 */
type ExtensionPageMessages =
  | 'readPageAnyway'
  | 'addPageToCorpus'
  | 'importArticles'
  | 'cancelImport'
  | 'listUserArticles'
  | 'deleteArticles'
  | 'listImportFiles'
  | 'deleteImportFile'
  | 'exportCorpus';
type ExtensionPageHandlers = Pick<Handlers, ExtensionPageMessages>;

function extensionPagesOnly(handlers: ExtensionPageHandlers): ExtensionPageHandlers {
  const guard =
    <K extends ExtensionPageMessages>(type: K): ExtensionPageHandlers[K] =>
    (async (payload: never, sender: Sender) => {
      if (!sender.extensionPage) throw new Error(`Only the side panel and the options page send ${type}.`);
      return (handlers[type] as (payload: never, sender: Sender) => unknown)(payload, sender);
    }) as ExtensionPageHandlers[K];
  return {
    readPageAnyway: guard('readPageAnyway'),
    addPageToCorpus: guard('addPageToCorpus'),
    importArticles: guard('importArticles'),
    cancelImport: guard('cancelImport'),
    listUserArticles: guard('listUserArticles'),
    deleteArticles: guard('deleteArticles'),
    listImportFiles: guard('listImportFiles'),
    deleteImportFile: guard('deleteImportFile'),
    exportCorpus: guard('exportCorpus'),
  };
}
