/**
 * Reprint links kept by the store: what an import reports of them (its own reprints, of stored
 * articles or of each other, and stored articles found to reprint one of its articles), and
 * what a deletion leaves: a deleted original's surviving reprints linked among themselves as an
 * import of them alone would link them.
 */
import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../lib/corpus/import/to-article';
import type { Article } from '../../../lib/types';
import type { CorpusStore } from '../../../lib/store/corpus-store';
import { madeUpStory } from '../corpus/made-up-stories';
import { bundled, freshStore, indexAll, syntheticArticles } from './store-fixtures';

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

/** The links a fresh store, holding `bundledArticles` indexed, gives `survivors` imported alone. */
async function linksOfImportAlone(survivors: Article[], bundledArticles: Article[] = []): Promise<Record<string, string | null | undefined>> {
  const store = freshStore();
  if (bundledArticles.length) {
    await store.installBundled('v1', () => bundledArticles);
    await indexAll(store);
  }
  await store.importArticles(survivors);
  return links(store, [...bundledArticles, ...survivors].map((a) => a.id));
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

describe('an import finds the stored original of its reprint', () => {
  it('while the original still waits to be indexed', async () => {
    const store = freshStore();
    await store.importArticles([original]);
    const result = await store.importArticles([reprint]);
    expect(result.copies).toEqual({ [reprint.id]: original.id });
  });

  it('when the reprint puts paragraphs of its own before the reprinted text', async () => {
    const preamble = [
      'Our correspondent in the harbour district sent this note on Tuesday evening.',
      'Readers have asked us why the story matters to the region. Here is why.',
      'The port employs thousands of people across the district. Many of them live nearby.',
      'Ferries to the islands leave from the same quay. They ran late all week.',
      'Below we reprint the agency report in full. It has not been edited.',
    ];
    // Dated a day after the original: the fuller text, but the later (copies.ts).
    const prefaced = { ...printed([...preamble, ...original.paragraphs], 'Harbour Post', 'harbour-post'), published: '2024-05-02' };
    const store = freshStore();
    await store.importArticles([{ ...original, published: '2024-05-01' }, ...articles.slice(5, 15)]);
    await indexAll(store);
    const result = await store.importArticles([prefaced]);
    expect(result.copies).toEqual({ [prefaced.id]: original.id });
  });
});

describe('deleting an original', () => {
  it('links its surviving reprints among themselves, as importing them alone does', async () => {
    const store = freshStore();
    const imported = await store.importArticles([original, reprint, trimmed, ...articles.slice(5, 10)]);
    expect(imported.copies).toEqual({ [reprint.id]: original.id, [trimmed.id]: original.id });

    expect(await store.deleteUserArticles([original.id])).toBe(1);
    // The trimmed copy reprints the fuller reprint, which is an original now.
    const after = await links(store, [reprint.id, trimmed.id]);
    expect(after).toEqual({ [reprint.id]: null, [trimmed.id]: reprint.id });
    expect(after).toEqual(await linksOfImportAlone([reprint, trimmed]));
  });

  it('does so for reprints added by later imports too, and frees the last one when the others go with it', async () => {
    const store = freshStore();
    await store.importArticles([original, ...articles.slice(5, 10)]);
    await indexAll(store);
    await store.importArticles([trimmed]);
    await indexAll(store);
    expect((await store.importArticles([reprint])).copies).toEqual({ [reprint.id]: original.id });
    expect(await links(store, [trimmed.id])).toEqual({ [trimmed.id]: original.id });

    await store.deleteUserArticles([original.id]);
    expect(await links(store, [reprint.id, trimmed.id])).toEqual({ [reprint.id]: null, [trimmed.id]: reprint.id });
    await store.deleteUserArticles([reprint.id]);
    expect(await links(store, [trimmed.id])).toEqual({ [trimmed.id]: null });
  });

  it('leaves reprints of different parts of it unlinked: they do not reprint each other', async () => {
    const store = freshStore();
    const half = Math.floor(original.paragraphs.length / 2);
    const head = printed(original.paragraphs.slice(0, half), 'Coast Herald', 'coast-herald');
    const tail = printed(original.paragraphs.slice(half), 'Bay Courier', 'bay-courier');
    const imported = await store.importArticles([original, head, tail]);
    expect(imported.copies).toEqual({ [head.id]: original.id, [tail.id]: original.id });

    await store.deleteUserArticles([original.id]);
    const after = await links(store, [head.id, tail.id]);
    expect(after).toEqual({ [head.id]: null, [tail.id]: null });
    expect(after).toEqual(await linksOfImportAlone([head, tail]));
  });

  it('links a bundled article it had made a reprint, and a user reprint, as importing the reprint alone does', async () => {
    const corpus = bundled(4);
    const bundledArticle = corpus[0];
    const store = freshStore();
    await store.installBundled('v1', () => corpus);
    await indexAll(store);
    // A fuller text of the bundled article becomes its original, and so of a cut reprint of it.
    const fuller = printed([...bundledArticle.paragraphs, ...articles[20].paragraphs.slice(0, 2)], 'Harbour Gazette', 'harbour-gazette');
    const cut = printed(bundledArticle.paragraphs.slice(0, -2), 'Coast Herald', 'coast-herald');
    const imported = await store.importArticles([fuller, cut]);
    expect(imported.copies).toEqual({ [cut.id]: fuller.id });
    expect(imported.storedCopies).toEqual({ [bundledArticle.id]: fuller.id });

    // Bundled articles are never deleted; the user's reprint of one keeps pointing at it.
    expect(await store.deleteUserArticles([fuller.id, bundledArticle.id])).toBe(1);
    const after = await links(store, [bundledArticle.id, cut.id]);
    expect(after).toEqual({ [bundledArticle.id]: null, [cut.id]: bundledArticle.id });
    expect(after).toEqual(await linksOfImportAlone([cut], [bundledArticle]));
  });
});

describe('an import that changes a stored group', () => {
  // One sentence a paragraph, in words no other text uses: which text is mostly which is known.
  const story = madeUpStory(1, 6);
  const own = madeUpStory(2, 2);

  it('frees the stored copies of a stored original it turns into a copy, unless they are mostly its text too', async () => {
    // The paper's text is mostly the agency's; its aggregator copy is mostly the paper's own lines.
    const paper = printed([...story.slice(0, 3), ...own], 'Harbour Gazette', 'harbour-gazette');
    const copyOfPaper = printed([story[0]!, ...own], 'Coast Herald', 'coast-herald');
    const agency = printed(story, 'Reuters', 'reuters');
    const store = freshStore();
    expect((await store.importArticles([paper, copyOfPaper])).copies).toEqual({ [copyOfPaper.id]: paper.id });
    await indexAll(store);
    const result = await store.importArticles([agency]);
    expect(result.storedCopies).toEqual({ [paper.id]: agency.id });
    const after = await links(store, [paper.id, copyOfPaper.id, agency.id]);
    // Not left pointing at the paper, now itself a copy: the agency's text is not what it prints.
    expect(after).toEqual({ [paper.id]: agency.id, [copyOfPaper.id]: null, [agency.id]: null });
    expect(after).toEqual(await linksOfImportAlone([paper, copyOfPaper, agency]));
  });

  it('does not make an article a copy of a stored copy: it is compared with that copy’s original too', async () => {
    const original = printed(story, 'Harbour Gazette', 'harbour-gazette');
    const copy = printed([...story.slice(0, 3), ...own], 'Coast Herald', 'coast-herald');
    // Mostly the copy's own lines: a copy of the copy, which the original does not hold.
    const copyOfCopy = printed([...own, story[0]!], 'Bay Courier', 'bay-courier');
    const store = freshStore();
    expect((await store.importArticles([original, copy])).copies).toEqual({ [copy.id]: original.id });
    await indexAll(store);
    const result = await store.importArticles([copyOfCopy]);
    expect(result.copies).toEqual({});
    const after = await links(store, [original.id, copy.id, copyOfCopy.id]);
    expect(after).toEqual({ [original.id]: null, [copy.id]: original.id, [copyOfCopy.id]: null });
    expect(after).toEqual(await linksOfImportAlone([original, copy, copyOfCopy]));
  });
});
