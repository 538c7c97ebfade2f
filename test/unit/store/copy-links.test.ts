/**
 * Reprint links kept by the store: what an import reports of them (its own reprints, of stored
 * articles or of each other, and stored articles found to reprint one of its articles).
 */
import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import type { Article } from '../../../lib/types';
import type { CorpusStore } from '../../../lib/store/corpus-store';
import { freshStore, indexAll, syntheticArticles } from './store-fixtures';

const articles = syntheticArticles(30);

/** A user article printing these paragraphs under another outlet, undated. */
function printed(paragraphs: string[], outlet: string, slug: string): Article {
  return articleFromRecord({ title: null, outlet, url: `https://${slug}.example/world/story`, published: null, text: paragraphs.join('\n\n'), sourceFile: `${slug}.txt` });
}

const original = articles[0];
/** A reprint of the original, its last two paragraphs cut and a credit line added. */
const reprint = printed([...original.paragraphs.slice(0, -2), 'Reporting by a wire desk.'], 'Coast Herald', 'coast-herald');
/** A trimmed copy of that reprint: three more paragraphs cut. */
const trimmed = printed(reprint.paragraphs.slice(0, -4), 'Bay Courier', 'bay-courier');

async function links(store: CorpusStore, ids: string[]): Promise<Record<string, string | null | undefined>> {
  const stored = await store.db.articles.bulkGet(ids);
  return Object.fromEntries(ids.map((id, i) => [id, stored[i]?.copyOf]));
}

describe('an import reports its reprint links', () => {
  it('gives each imported reprint its original, stored or of the same import, and no stored article re-linked', async () => {
    const store = freshStore();
    await store.importArticles(articles.slice(5, 15));
    await indexAll(store);
    const first = await store.importArticles([original, reprint]);
    expect(first.copies).toEqual({ [reprint.id]: original.id });
    expect(first.storedCopies).toEqual({});
    await indexAll(store);
    const second = await store.importArticles([trimmed]);
    expect(second.copies).toEqual({ [trimmed.id]: original.id });
    expect(second.storedCopies).toEqual({});
  });

  it('reports stored articles that turn out to reprint an imported one', async () => {
    const store = freshStore();
    await store.importArticles([reprint, ...articles.slice(5, 15)]);
    await indexAll(store);
    const result = await store.importArticles([original]);
    expect(result.added).toEqual([original.id]);
    expect(result.copies).toEqual({});
    expect(result.storedCopies).toEqual({ [reprint.id]: original.id });
    expect(await links(store, [reprint.id])).toEqual({ [reprint.id]: original.id });
  });
});
