/**
 * The user's articles, a page at a time, with deletion: one by one, or those ticked (a page's
 * at once with its box). Bundled articles are not listed. A whole imported file goes at once
 * from the files above the list (ImportFiles.tsx).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSummary, OriginalSummary } from '@/lib/store/corpus-store';
import { outletDetails } from '@/lib/panel/outlet-details';
import { UNKNOWN_OUTLET } from '@/lib/corpus/outlets';
import { ask } from './background-client';

const PAGE = 50;

export interface UserArticlesProps {
  /**
   * How many user articles the published index status counts (undefined until it is known):
   * every change to them, made here or elsewhere (the side panel's "Add this page"), changes
   * it, and the list reloads.
   */
  stored: number | undefined;
}

export function UserArticles({ stored }: UserArticlesProps) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; articles: ArticleSummary[] } | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  /** How many articles a deletion under way removes (it waits for an index chunk being written). */
  const [deleting, setDeleting] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (stored === undefined) return;
    let cancelled = false;
    ask('listUserArticles', { offset, limit: PAGE }).then(
      (next) => {
        if (cancelled) return;
        // A deletion emptied the last page: show the page that is now last.
        if (next.articles.length === 0 && offset > 0) return setOffset(Math.max(0, Math.floor((next.total - 1) / PAGE) * PAGE));
        setPage(next);
      },
      (caught: Error) => !cancelled && setError(caught.message),
    );
    return () => void (cancelled = true);
  }, [offset, stored]);

  const remove = async (ids: string[]) => {
    const titles = ids.length === 1 ? 'this article' : `${ids.length} articles`;
    if (!confirm(`Delete ${titles}?`)) return;
    setDeleting(ids.length);
    setNotice(null);
    try {
      const { deleted } = await ask('deleteArticles', { ids });
      // Ticked meanwhile, and not deleted: still ticked.
      setSelected((ticked) => new Set([...ticked].filter((id) => !ids.includes(id))));
      if (deleted < ids.length) setNotice(`Deleted ${deleted} of ${ids.length} articles: the others were already gone.`);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setDeleting(null);
    }
  };

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  // The page's box ticks every article shown, or, when all of them are ticked, none; ticks on other pages stay.
  const shownIds = page?.articles.map((a) => a.id) ?? [];
  const tickedShown = shownIds.filter((id) => selected.has(id)).length;
  const allShown = shownIds.length > 0 && tickedShown === shownIds.length;
  const togglePage = () => {
    const next = new Set(selected);
    for (const id of shownIds) {
      if (allShown) next.delete(id);
      else next.add(id);
    }
    setSelected(next);
  };
  // "Mixed" has no attribute: only the property sets it, and assistive technology reads it from there.
  const pageBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (pageBox.current) pageBox.current.indeterminate = tickedShown > 0 && !allShown;
  });

  return (
    <section aria-labelledby="nc-yours">
      <h2 id="nc-yours">Your articles {page && <span class="nc-muted">({page.total}, newest first)</span>}</h2>
      {error && <p class="nc-error" role="alert">{error}</p>}
      <p role="status" class="nc-muted">
        {deleting !== null ? `Deleting ${deleting === 1 ? 'one article' : `${deleting} articles`}…` : notice}
      </p>
      {page?.total === 0 && <p class="nc-muted">You have not added any articles yet.</p>}
      {page && page.articles.length > 0 && (
        <>
          <label class="nc-select-page">
            <input type="checkbox" ref={pageBox} checked={allShown} disabled={deleting !== null} onChange={togglePage} />
            Select all on this page
          </label>
          <ul class="nc-articles">
            {page.articles.map((a) => (
              <li key={a.id} data-article-id={a.id}>
                <label>
                  <input type="checkbox" checked={selected.has(a.id)} onChange={() => toggle(a.id)} />
                  <span class="nc-article-title" title={a.title ?? undefined}>{a.title ?? 'Untitled'}</span>
                </label>
                <span class="nc-muted">
                  {' '}
                  {outletDetails(a.outlet, a.outletId).name}
                  {a.published && ` · ${a.published.slice(0, 10)}`} · {a.sourceFile}
                  {a.copyOf && (
                    <>
                      {' · '}
                      <ReprintOf original={a.original} />
                    </>
                  )}
                </span>
                {/* Named with its article: a screen reader's list of buttons would otherwise read "Delete" fifty times. */}
                <button type="button" class="nc-link" aria-label={`Delete ${a.title ?? 'untitled article'}`} disabled={deleting !== null} onClick={() => void remove([a.id])}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
          <div class="nc-pager">
            <button type="button" disabled={selected.size === 0 || deleting !== null} onClick={() => void remove([...selected])}>
              Delete selected ({selected.size})
            </button>
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Previous
            </button>
            <span class="nc-muted">
              {offset + 1}–{offset + page.articles.length} of {page.total}
            </span>
            <button type="button" disabled={offset + PAGE >= page.total} onClick={() => setOffset(offset + PAGE)}>
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}

/** The longest original's title said in full; a longer one is cut (the whole is the tooltip). */
const ORIGINAL_TITLE_CHARS = 100;

/** What a reprint reprints, by the original's title and outlet (an outlet nobody named is left out); never by its internal id. */
function ReprintOf({ original }: { original: OriginalSummary | null }) {
  if (!original) return <>a reprint</>;
  const { title } = original;
  const details = outletDetails(original.outlet, original.outletId);
  const named = details.outlet !== null || (original.outlet !== '' && original.outlet !== UNKNOWN_OUTLET);
  const shown = title === null ? 'an untitled article' : `“${title.length > ORIGINAL_TITLE_CHARS ? `${title.slice(0, ORIGINAL_TITLE_CHARS - 1).trimEnd()}…` : title}”`;
  return (
    <span title={title ?? undefined}>
      reprint of {shown}
      {named && ` (${details.name})`}
    </span>
  );
}
