/**
 * The corpus browser: search claims and articles, open an article with the sentences other
 * sources also report marked, and reach the import and export of the user's corpus.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sourceLabel } from '@/lib/panel/article-info';
import { copyOfWords, counted, countWords } from '@/lib/panel/wording';
import type { ArticleDetail, CorpusSearchResult } from '@/lib/panel/types';
import { arrowKeys } from './arrow-keys';
import { BackButton } from './BackButton';
import { OutletBadge } from './OutletBadge';
import { useReturnFocus } from './return-focus';
import { errorMessage } from '@/lib/error-message';
import { MAX_SEARCH_CHARS } from '@/lib/protocol';

export interface CorpusBrowserProps {
  search: (query: string) => Promise<CorpusSearchResult>;
  openArticle: (articleId: string) => Promise<ArticleDetail | null>;
  /** Opens the options page, where the user imports and exports articles. */
  onManageCorpus: () => void;
}

type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'done'; value: T } | { state: 'error'; error: string };

/** Said under an article whose own story other articles print too (ArticleDetail.sameStory). */
function sameStoryWords(articles: number): string {
  return articles === 1
    ? '1 other article prints the same story: it is not counted as another source.'
    : `${articles} other articles print the same story: they are not counted as other sources.`;
}

/**
 * One article with the sentences other sources also report marked. The articles printing its
 * own story (its original, its copies) confirm nothing: they are not counted, and the view says
 * so, as a reprint of a wire story would otherwise show every sentence confirmed.
 */
function ArticleView({ detail, onClose }: { detail: ArticleDetail; onClose: () => void }) {
  const { article, sentences, original, sameStory } = detail;
  const shared = sentences.filter((s) => s.otherSources > 0).length;
  return (
    <article class="nc-article" aria-label={article.title ?? 'Article'}>
      <BackButton label="Search results" onClick={onClose} />
      <h2>{article.title ?? 'Untitled article'}</h2>
      <p class="nc-report-head">
        <OutletBadge name={article.outlet} outletId={article.outletId} />
        {article.timeLabel && <span class="nc-time">{article.timeLabel}</span>}
        {article.via && <span class="nc-hint"> via {article.via}</span>}
        {article.copyOf && <span class="nc-copy">{copyOfWords(original ? sourceLabel(original) : null)}</span>}
      </p>
      <p class="nc-hint nc-article-hint">
        {shared} of {sentences.length} sentences report a claim other sources also carry (marked).
        {sameStory > 0 && ` ${sameStoryWords(sameStory)}`}
      </p>
      <p class="nc-article-body">
        {sentences.map((s) =>
          s.otherSources > 0 ? (
            <mark key={s.position} class="nc-shared" title={`Also reported by ${counted(s.otherSources, 'other source', 'other sources')}`}>
              {s.text}
              <sup class="nc-shared-count">{s.otherSources}</sup>{' '}
            </mark>
          ) : (
            <span key={s.position}>{s.text} </span>
          ),
        )}
      </p>
    </article>
  );
}

export function CorpusBrowser({ search, openArticle, onManageCorpus }: CorpusBrowserProps) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Loadable<CorpusSearchResult>>({ state: 'idle' });
  const [opened, setOpened] = useState<Loadable<ArticleDetail | null>>({ state: 'idle' });
  /** The control the open article was opened from (its data-opens key), to focus on the way back. */
  const [openedFrom, setOpenedFrom] = useState<string | null>(null);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const browser = useRef<HTMLDivElement>(null);
  useReturnFocus(browser, returnTo && `[data-opens=${JSON.stringify(returnTo)}]`, () => setReturnTo(null));

  useEffect(() => {
    if (!query.trim()) return setResults({ state: 'idle' });
    let current = true;
    setResults({ state: 'loading' });
    search(query).then(
      (value) => current && setResults({ state: 'done', value }),
      (error) => current && setResults({ state: 'error', error: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [query, search]);

  const open = (id: string, from: string) => {
    setOpenedFrom(from);
    setOpened({ state: 'loading' });
    openArticle(id).then(
      (value) => setOpened({ state: 'done', value }),
      (error) => setOpened({ state: 'error', error: errorMessage(error) }),
    );
  };

  const backToResults = () => {
    setOpened({ state: 'idle' });
    setReturnTo(openedFrom);
  };

  if (opened.state === 'loading') return <p class="nc-empty">Opening the article…</p>;
  if (opened.state === 'error') {
    return (
      <div class="nc-corpus">
        <p class="nc-error" role="alert">Opening the article failed: {opened.error}</p>
        <BackButton label="Search results" onClick={backToResults} />
      </div>
    );
  }
  if (opened.state === 'done' && opened.value) return <ArticleView detail={opened.value} onClose={backToResults} />;

  return (
    <div class="nc-corpus" ref={browser}>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="nc-corpus-query">Search the corpus</label>
        <input
          id="nc-corpus-query"
          type="search"
          value={query}
          placeholder="Words of a claim, a title or an outlet"
          maxLength={MAX_SEARCH_CHARS}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      </form>
      {opened.state === 'done' && !opened.value && <p class="nc-error">That article is no longer in the corpus.</p>}
      {results.state === 'idle' && <p class="nc-hint">Type a few words to find claims and articles.</p>}
      {results.state === 'loading' && <p class="nc-empty">Searching…</p>}
      {results.state === 'error' && <p class="nc-error" role="alert">{results.error}</p>}
      {results.state === 'done' && (
        <>
          <h2>Claims</h2>
          {results.value.claims.length === 0 ? (
            <p class="nc-empty">No claim has these words.</p>
          ) : (
            <ul class="nc-claims nc-claim-hits" onKeyDown={arrowKeys('button')}>
              {results.value.claims.map((claim) => (
                <li key={claim.claimId}>
                  <span class="nc-claim-line">{claim.text}</span>
                  {/* Counted as the claim list and the coverage count: a reprint goes with its original. */}
                  <span class="nc-count"> {countWords(claim.sources, claim.copies)}: </span>
                  {claim.articleIds.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ' · '}
                      <button type="button" class="nc-link" data-opens={`${claim.claimId} ${id}`} onClick={() => open(id, `${claim.claimId} ${id}`)}>
                        {sourceLabel(results.value.claimArticles[id])}
                      </button>
                      {results.value.claimArticles[id]?.copyOf && <span class="nc-copy"> (copy)</span>}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          )}
          <h2>Articles</h2>
          {results.value.articles.length === 0 ? (
            <p class="nc-empty">No article title or outlet has these words.</p>
          ) : (
            <ul class="nc-article-hits" onKeyDown={arrowKeys('button')}>
              {results.value.articles.map((article) => (
                <li key={article.id}>
                  <button type="button" class="nc-link" data-opens={article.id} onClick={() => open(article.id, article.id)}>
                    {article.title ?? 'Untitled article'}
                  </button>{' '}
                  <span class="nc-hint">{sourceLabel(article)}</span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <p class="nc-manage">
        <button type="button" class="nc-button" onClick={onManageCorpus}>
          Import or export articles…
        </button>
      </p>
    </div>
  );
}
