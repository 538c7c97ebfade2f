/**
 * The index's size and, while it builds, how many articles are still waiting. While an import
 * runs, the bar is the import's alone (ImportProgressView.tsx): its articles are what the index
 * is building, and two bars would show one job.
 */
import type { IndexStatus } from '@/lib/protocol';

export function IndexProgress({ status, error, importing }: { status: IndexStatus | null; error: string | null; importing: boolean }) {
  if (error) return <p class="nc-error" role="alert">Cannot reach the background: {error}</p>;
  if (!status) return <p class="nc-muted">Reading the index…</p>;
  const indexed = status.articles - status.pending;
  return (
    <div class="nc-index" data-state={status.state}>
      <p>
        {status.articles} articles ({status.userArticles} yours) · {status.sentences} sentences · {status.claims} claims
      </p>
      {status.state === 'building' && (
        <p>
          {!importing && <progress max={Math.max(status.articles, 1)} value={indexed} aria-label="Index progress" />} Indexing:{' '}
          {status.pending} articles waiting
        </p>
      )}
      {status.state === 'ready' && <p class="nc-muted">The index is up to date.</p>}
      {status.state === 'error' && <p class="nc-error" role="alert">Indexing failed: {status.error}</p>}
    </div>
  );
}
