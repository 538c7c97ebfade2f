/**
 * Background wiring: opens the corpus store, keeps the index built, answers messages, handles
 * the toolbar button, and keeps the content script registered on the sites the user granted.
 * The logic lives in lib/ and the modules beside this file.
 */
import { browser } from 'wxt/browser';
import { IMPORT_PROGRESS_KEY, INDEX_BUILD_KEY, parseBackgroundRequest, type BackgroundRequest } from '@/lib/protocol';
import { createReceiver } from '@/lib/messaging';
import { CorpusDatabase } from '@/lib/store/schema';
import { CorpusStore } from '@/lib/store/corpus-store';
import { ReadPriority } from '@/lib/store/read-priority';
import { bundledArticles, bundledVersion } from './bundled-corpus';
import { Indexer } from './indexer';
import { ImportRuns } from './import-runs';
import { IndexStatusReport } from './index-status';
import { TabStates } from './tab-states';
import { tellTab } from './tell-tabs';
import { createHandlers, type Sender } from './handlers';
import { onToolbarClick } from './toolbar';
import { SettingsStore } from './settings';
import { keepSiteScriptsInStep } from './site-scripts';

export default defineBackground(() => {
  const store = new CorpusStore(new CorpusDatabase(indexedDB, IDBKeyRange));
  // A new value at each build start and end: an open side panel refreshes its corpus line (the
  // options page follows the index status, published at each change).
  let builds = 0;
  const reads = new ReadPriority();
  // An import this worker was running when it stopped went with it (its transaction aborted, or
  // its articles queued, which the index status follows): no page is to show it as running.
  void browser.storage.session.remove(IMPORT_PROGRESS_KEY);
  const imports = new ImportRuns();
  const indexer = new Indexer(
    store,
    () => {
      void browser.storage.session.set({ [INDEX_BUILD_KEY]: `${Date.now()}:${++builds}` });
      indexStatus.changed();
    },
    () => reads.idle(),
    (remaining) => imports.indexed(remaining),
  );
  const indexStatus = new IndexStatusReport(store, indexer);
  const tabs = new TabStates();

  // Every start (install, update, browser start, or a worker woken after being stopped) checks
  // the bundled corpus and resumes an unfinished build; so does the database being deleted
  // from under the extension (the browser's "clear site data").
  const install = () =>
    store
      .installBundled(bundledVersion(browser.runtime.getManifest().version), bundledArticles)
      // A failed repair of the list order leaves those articles unlisted, not the index unbuilt.
      .then(() => store.orderUnorderedUserArticles().catch((error) => console.error('News Context: ordering older user articles failed', error)))
      .then(() => indexer.ensureRunning())
      .catch((error) => console.error('News Context: indexing failed', error));
  let ready = install();
  store.onDeleted(() => (ready = install()));

  const handlers = createHandlers(store, indexer, tabs, () => ready, new SettingsStore(), reads, imports, indexStatus);
  const receive = createReceiver<BackgroundRequest, Sender>(parseBackgroundRequest, handlers);
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only the extension's own contexts are answered; web pages cannot reach this listener
    // without externally_connectable, and other extensions are refused here.
    if (sender.id !== browser.runtime.id) return undefined;
    // An extension page (the side panel, the options page) runs at the extension's own origin,
    // even when it is open in a tab; a content script runs at its page's.
    const context: Sender = { tabId: sender.tab?.id ?? null, extensionPage: !!sender.url?.startsWith(browser.runtime.getURL('/')) };
    return receive(message, context);
  });

  browser.tabs.onRemoved.addListener((tabId) => void tabs.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void tabs.forgetIfLeft(tabId, () => tellTab(tabId, 'stillShowing', {}));
  });
  browser.action.onClicked.addListener(onToolbarClick);
  keepSiteScriptsInStep();
});
