/** The corpus index's size and progress, announced politely as indexing proceeds. */
import type { IndexStatus } from '@/lib/protocol';

export function IndexStatusLine({ index }: { index: IndexStatus | null }) {
  if (!index) return <p class="nc-status">Opening the corpus…</p>;
  if (index.state === 'error') return <p class="nc-status nc-error" role="alert">Indexing failed: {index.error}</p>;
  const building = index.state === 'building' ? ` · indexing, ${index.pending} articles to go` : '';
  return (
    <p class="nc-status" aria-live="polite">
      Corpus: {index.articles} articles ({index.userArticles} yours), {index.claims} claims{building}
    </p>
  );
}
