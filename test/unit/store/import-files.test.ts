/** The user's articles by the file they were imported from: what "remove this import" reads. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/types';
import { bundled, freshStore, syntheticArticles } from './store-fixtures';

const articles = syntheticArticles(12);
const from = (sourceFile: string, list: Article[]) => list.map((article) => ({ ...article, sourceFile }));

describe('the user articles of one imported file', () => {
  it("are every article read from it, across imports, and never a bundled article of the same file's name", async () => {
    const store = freshStore();
    // Bundled articles labelled with the very name the user's file has: still not the user's.
    const corpus = bundled(2).map((article) => ({ ...article, sourceFile: 'user.ndjson' }));
    await store.installBundled('v1', () => corpus);
    await store.importArticles([...from('user.ndjson', articles.slice(0, 4)), ...from('other.json', articles.slice(4, 6))]);
    // The same file name imported again later, with more articles.
    await store.importArticles(from('user.ndjson', articles.slice(6, 8)));

    const ids = await store.userArticleIdsFrom('user.ndjson');
    expect(new Set(ids)).toEqual(new Set([0, 1, 2, 3, 6, 7].map((n) => articles[n].id)));
    expect(ids).toHaveLength(6);
    expect(await store.userArticleIdsFrom('other.json')).toHaveLength(2);
    expect(await store.userArticleIdsFrom('never-imported.txt')).toEqual([]);
  });

  it('are listed by file with their counts, the latest import first; pasted texts and added pages are no file', async () => {
    const store = freshStore();
    await store.installBundled('v1', () => bundled(2));
    await store.importArticles([...from('a.ndjson', articles.slice(0, 3)), ...from('b.txt', articles.slice(3, 4))]);
    await store.importArticles(from('pasted text', articles.slice(4, 5)));
    await store.importArticles(from('c.HTML', articles.slice(5, 6)));
    await store.importArticles(from('side panel', articles.slice(6, 8)));
    expect(await store.importFiles()).toEqual([
      { sourceFile: 'c.HTML', articles: 1 },
      // One import of two files: its first file's articles are listed first.
      { sourceFile: 'a.ndjson', articles: 3 },
      { sourceFile: 'b.txt', articles: 1 },
    ]);
    await store.deleteUserArticles([articles[0].id]);
    expect((await store.importFiles()).find((f) => f.sourceFile === 'a.ndjson')).toEqual({ sourceFile: 'a.ndjson', articles: 2 });
  });
});
