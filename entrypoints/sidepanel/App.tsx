/** The side panel: the current tab's reported passages and the corpus index's state. */
import type { IndexStatus } from '@/lib/protocol';
import { PassageList } from '@/components/PassageList';
import { useDescribedTab } from './active-tab';
import { ask, usePanelData } from './use-panel-data';

function IndexLine({ index }: { index: IndexStatus | null }) {
  if (!index) return <p class="nc-status">Opening the corpus…</p>;
  if (index.state === 'error') return <p class="nc-status nc-error">Indexing failed: {index.error}</p>;
  const building = index.state === 'building' ? ` · indexing, ${index.pending} articles to go` : '';
  return (
    <p class="nc-status" aria-live="polite">
      Corpus: {index.articles} articles ({index.userArticles} yours), {index.claims} claims{building}
    </p>
  );
}

export function App() {
  const tabId = useDescribedTab();
  const { tab, index, error } = usePanelData(tabId);
  const reveal = (passageIndex: number) =>
    tabId !== null &&
    void ask('revealPassage', { tabId, passageIndex }).catch(() => undefined);

  return (
    <main class="nc-panel">
      <h1>News Context</h1>
      <IndexLine index={index} />
      {error && <p class="nc-error" role="alert">{error}</p>}
      {!tab && <p class="nc-empty">Open a news article, or click the toolbar button on any page to analyze it.</p>}
      {tab?.status === 'analyzing' && <p class="nc-empty">Reading the page…</p>}
      {tab?.status === 'not-article' && <p class="nc-empty">This page does not look like a news article.</p>}
      {tab?.status === 'paused' && <p class="nc-empty">News Context is paused on this site.</p>}
      {tab?.status === 'done' && (
        <section aria-label="Passages reported elsewhere">
          <h2 class="nc-page-title">{tab.title}</h2>
          {tab.passages.length ? (
            <PassageList passages={tab.passages} onReveal={reveal} />
          ) : (
            <p class="nc-empty">No passage on this page matches a claim in the corpus.</p>
          )}
        </section>
      )}
    </main>
  );
}
