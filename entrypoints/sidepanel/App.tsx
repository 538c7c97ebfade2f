/**
 * The side panel: the described tab's claims and how other sources reported them (claim by
 * claim, coverage of the event, framing), whether the page reprints a corpus article, the corpus
 * browser, the export of the comparison, and a button that adds the page to the user's corpus.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddPageButton } from '@/components/AddPageButton';
import { ClaimView } from '@/components/ClaimView';
import { CorpusBrowser } from '@/components/CorpusBrowser';
import { CoverageView } from '@/components/CoverageView';
import { ExportView } from '@/components/ExportView';
import { FramingTable } from '@/components/FramingTable';
import { IndexStatusLine } from '@/components/IndexStatusLine';
import { PassageList } from '@/components/PassageList';
import { ReprintNotice } from '@/components/ReprintNotice';
import { reprintNoteOf } from '@/lib/panel/reprint-note';
import { SiteAccess } from '@/components/SiteAccess';
import { SiteToggle } from '@/components/SiteToggle';
import { Tabs, type TabItem } from '@/components/Tabs';
import type { JSX } from 'preact';
import type { PageComparison } from '@/lib/panel/types';
import type { TabState } from '@/lib/protocol';
import { SETTINGS_KEY } from '@/lib/settings';
import { useDescribedTab } from './active-tab';
import { useComparison, type ComparisonState } from './use-comparison';
import { identityOf, indexOfPassage, sameIdentity, type PassageIdentity } from '@/lib/passage-identity';
import { distinctPassages } from '@/lib/panel/repeated-passages';
import { ReadAnywayButton } from './ReadAnywayButton';
import { browserSiteAccess } from './site-access';
import { ask, usePanelData } from './use-panel-data';

type View = 'page' | 'coverage' | 'framing' | 'corpus' | 'export';

/** How long after a card's "Compare sources" click the panel still opens at its claim. */
const FOCUS_FRESH_MS = 15_000;

const search = (query: string) => ask('searchCorpus', { query });
const openArticle = (articleId: string) => ask('getArticle', { articleId });
const manageCorpus = () => void browser.runtime.openOptionsPage();
/** The settings changed in storage.local (Alt+Shift+H on a page, the switches of another panel). */
const watchSettings = (listener: () => void) => {
  const onStored = (changes: Record<string, unknown>) => SETTINGS_KEY in changes && listener();
  browser.storage.local.onChanged.addListener(onStored);
  return () => browser.storage.local.onChanged.removeListener(onStored);
};

/**
 * Why the tab has nothing to compare, or null when it has passages. `loaded`: the background has
 * answered once; until then nothing is known of the tab. A tab with no state has not been read
 * (yet: a news page opening is read in a moment), which is not the same as showing no article.
 */
export function tabNotice(tab: TabState | null, loaded = true): string | null {
  if (!loaded) return 'Loading…';
  if (!tab) return 'This page has not been read. A news article is read as it opens; any other page, when you click the toolbar button.';
  if (tab.status === 'analyzing') return 'Reading the page…';
  if (tab.status === 'not-article') return 'This page does not look like a news article. Click the toolbar button to read it anyway.';
  if (tab.status === 'no-text') return 'There is no article text on this page to read: only links, menus or comments.';
  if (tab.status === 'paused') return 'Highlights are switched off for this page: turn them back on with the switches above.';
  if (tab.status === 'error') {
    return `The page could not be analyzed${tab.error ? `: ${tab.error}` : '.'} Click the toolbar button to try again.`;
  }
  if (tab.status !== 'done') return 'Waiting for the page…';
  if (!tab.passages.length) return 'No passage on this page matches a claim in the corpus.';
  return null;
}

/** Renders a view that needs the comparison, or its loading, error or empty state. */
function withComparison(result: ComparisonState, notice: string | null, render: (comparison: PageComparison) => JSX.Element) {
  if (notice) return <p class="nc-empty">{notice}</p>;
  if (result.state === 'error') return <p class="nc-error" role="alert">Comparing sources failed: {result.error}</p>;
  if (result.state === 'loading' && result.previous) return render(result.previous);
  if (result.state !== 'done') return <p class="nc-empty" aria-busy="true">Comparing sources…</p>;
  return render(result.value);
}

export function App() {
  const tabId = useDescribedTab();
  const { tab, index, error } = usePanelData(tabId);
  const comparison = useComparison(tabId, tab, index);
  const [view, setView] = useState<View>('page');
  /** The passage the reader opened, found again in each new answer for the page. */
  const [opened, setOpened] = useState<PassageIdentity | null>(null);
  /** The passage whose claim view the reader left by its Back button: its entry takes focus. */
  const [returnedFrom, setReturnedFrom] = useState<PassageIdentity | null>(null);
  const exportedAt = useMemo(() => new Date().toISOString(), [comparison]);

  // Another page or another tab: back to its summary.
  useEffect(() => setOpened(null), [tabId, tab?.url]);
  // "Compare sources" in a hover card: open at that claim (a request from just now, not one
  // left over from an earlier visit).
  useEffect(() => {
    const focus = tab?.focus && Date.now() - tab.focus.at < FOCUS_FRESH_MS ? tab.focus : null;
    const index = focus ? tab!.passages.findIndex((p) => p.claimId === focus.claimId) : -1;
    if (index < 0) return;
    setView('page');
    setOpened(identityOf(tab!.passages, index));
  }, [tab?.focus?.at]);

  const reveal = (passageIndex: number) =>
    tabId !== null && void ask('revealPassage', { tabId, passageIndex }).catch(() => undefined);
  const notice = tabNotice(tab, index !== null || error !== null);
  const passages = tab?.status === 'done' ? tab.passages : [];
  const articles = comparison.state === 'done' ? comparison.value.articles : comparison.state === 'loading' ? (comparison.previous?.articles ?? {}) : {};
  // A passage the page no longer reports (the corpus changed) closes: back to the summary.
  const openedIndex = indexOfPassage(passages, opened);
  const openedPassage = openedIndex < 0 ? undefined : passages[openedIndex];
  const distinct = distinctPassages(passages);
  const openedPlaces = distinct.find((entry) => entry.indices.includes(openedIndex))?.indices ?? [openedIndex];
  // Each full answer: the opened passage closes if gone, or is followed to where it is now (so
  // that a pull quote and its repeat stay apart as the page grows above them).
  // On the passage open now, not the one this render saw: an effect can run late (a panel in a
  // background tab waits for a frame), after the reader has gone back to the list.
  useEffect(() => {
    if (tab?.status !== 'done') return;
    setOpened((current) => {
      const index = indexOfPassage(passages, current);
      if (!current || index < 0) return null;
      const now = identityOf(passages, index);
      return sameIdentity(now, current) ? current : now;
    });
  }, [tab]);

  const tabs: TabItem<View>[] = [
    { key: 'page', label: 'Claims', count: distinct.length },
    { key: 'coverage', label: 'Coverage' },
    { key: 'framing', label: 'Framing' },
    { key: 'corpus', label: 'Corpus' },
    { key: 'export', label: 'Export' },
  ];

  return (
    <main class="nc-panel">
      <header class="nc-head">
        <h1>News Context</h1>
        <IndexStatusLine index={index} />
        {error && <p class="nc-error" role="alert">{error}</p>}
        {tab?.title && <p class="nc-page-title" title={tab.title}>{tab.title}</p>}
        {/* From this page's comparison only: one still loading shows the last answer, which may be another tab's. */}
        {comparison.state === 'done' && <ReprintNotice note={reprintNoteOf(comparison.value)} />}
        <SiteToggle url={tab?.url ?? null} ask={ask} onSettingsChange={watchSettings} />
        <SiteAccess url={tab?.url ?? null} access={browserSiteAccess} />
        {tabId !== null && tab?.text && (
          <AddPageButton key={`${tabId} ${tab.url}`} add={() => ask('addPageToCorpus', { tabId, url: tab.url })} onManage={manageCorpus} />
        )}
      </header>
      <Tabs tabs={tabs} selected={view} onSelect={setView}>
        {view === 'page' &&
          (notice ? (
            <>
              <p class="nc-empty">{notice}</p>
              {tabId !== null && tab?.status === 'not-article' && (
                <ReadAnywayButton key={`${tabId} ${tab.url}`} read={() => ask('readPageAnyway', { tabId })} />
              )}
            </>
          ) : openedPassage ? (
            <ClaimView
              passage={openedPassage}
              articles={articles}
              onBack={() => {
                setReturnedFrom(opened);
                setOpened(null);
              }}
              onReveal={(place) => reveal(openedPlaces[place])}
              places={openedPlaces.length}
            />
          ) : (
            <PassageList
              passages={passages}
              onReveal={reveal}
              onSelect={(index) => setOpened(identityOf(passages, index))}
              returnedFrom={indexOfPassage(passages, returnedFrom)}
              onReturned={() => setReturnedFrom(null)}
            />
          ))}
        {view === 'coverage' && withComparison(comparison, notice, (c) => <CoverageView comparison={c} />)}
        {view === 'framing' && withComparison(comparison, notice, (c) => <FramingTable framing={c.framing} articles={c.articles} />)}
        {view === 'corpus' && <CorpusBrowser search={search} openArticle={openArticle} onManageCorpus={manageCorpus} />}
        {view === 'export' &&
          withComparison(comparison, notice, (c) => (
            <ExportView page={{ url: tab!.url, title: tab!.title }} passages={passages} comparison={c} exportedAt={exportedAt} />
          ))}
      </Tabs>
    </main>
  );
}
