// @vitest-environment happy-dom
/** The options page's list of the user's articles: deleting the last page's articles shows the page that is now last. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UserArticles } from '@/entrypoints/options/UserArticles';
import { publishedCount, Wired } from './published-count';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('confirm', () => true);
});
afterEach(() => vi.unstubAllGlobals());

/**
 * The background's list and deletion over `ids`, as the store answers them; a deletion first
 * waits for `deletionGoesOn`, and publishes the count that follows.
 */
function fakeBackground(ids: string[], deletionGoesOn: () => Promise<void> = async () => {}) {
  const status = publishedCount(() => ids.length);
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: { offset: number; limit: number; ids: string[] } };
    if (type === 'getIndexStatus') return status.answer();
    if (type === 'deleteArticles') {
      await deletionGoesOn();
      const gone = payload.ids.filter((id) => ids.includes(id));
      for (const id of gone) ids.splice(ids.indexOf(id), 1);
      if (gone.length) await status.publish();
      return { ok: true, value: { deleted: gone.length } };
    }
    const page = ids.slice(payload.offset, payload.offset + payload.limit);
    return { ok: true, value: { total: ids.length, articles: page.map((id) => ({ id, title: `Story ${id}`, outlet: 'unknown', url: null, published: null, sourceFile: 'pasted', copyOf: null, original: null })) } };
  });
}

/** The articles' own boxes, the page's "Select all" box left out. */
const articleBoxes = () => within(screen.getByRole('list')).getAllByRole('checkbox') as HTMLInputElement[];

/** The options page's wiring: the list reloads when the published count changes. */
const Page = () => <Wired list={(stored) => <UserArticles stored={stored} />} />;

describe('UserArticles', () => {
  it('shows the page that is now last when a deletion empties the last one, and names an unknown outlet as such', async () => {
    fakeBackground(Array.from({ length: 52 }, (_, i) => String(i).padStart(2, '0')));
    render(<Page />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByText('Story 51');
    expect(screen.getAllByText(/Unknown outlet/)).toHaveLength(2);
    for (const box of articleBoxes()) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    // Back on the first page, which is now the last: its 50 articles, none of the deleted two.
    await waitFor(() => expect(screen.getByText(/ of 50$/).textContent).toBe('1–50 of 50'));
    expect(articleBoxes()).toHaveLength(50);
    expect(screen.queryByText('Story 50')).toBeNull();
    expect(screen.queryByText('Story 51')).toBeNull();
  });

  it("says what a reprint reprints by the original's title and outlet, never by an internal id", async () => {
    const reprint = (id: string, copyOf: string, original: { title: string | null; outlet: string; outletId: string | null }) =>
      ({ id, title: `Copy of ${original.title ?? 'an untitled story'}`, outlet: 'Coast Herald', outletId: null, url: null, published: null, sourceFile: 'copies.ndjson', copyOf, original });
    const articles = [
      reprint('user:acc0484d206d23bf', 'user:5e7ec3fa9c90b41c', { title: 'Bridge reopens after repairs', outlet: 'Reuters', outletId: 'reuters' }),
      reprint('user:171a4723bdfe9c65', 'seed:003_bed8e93c8511a76b:3', { title: null, outlet: 'Sky News', outletId: null }),
      reprint('user:0276d9fc585b71f6', 'user:966c0004ac26c966', { title: 'Ferry terminal approved', outlet: 'unknown', outletId: null }),
      reprint('user:2d0e7c17bfd6fb41', 'user:be4593141a4d88f6', { title: `Long ${'very '.repeat(60)}title`, outlet: 'The Economist', outletId: 'economist' }),
    ];
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: { total: articles.length, articles } }));
    render(<UserArticles stored={articles.length} />);
    const details = async (title: string) => (await screen.findByText(title)).closest('li')!.textContent!;
    expect(await details('Copy of Bridge reopens after repairs')).toContain('reprint of “Bridge reopens after repairs” (Reuters)');
    expect(await details('Copy of an untitled story')).toContain('reprint of an untitled article (Sky News)');
    // An outlet nobody named is not said.
    expect(await details('Copy of Ferry terminal approved')).toMatch(/reprint of “Ferry terminal approved”\s*Delete$/);
    // A very long title is cut; the whole is the tooltip.
    const long = `Long ${'very '.repeat(60)}title`;
    const cut = screen.getByTitle(long);
    expect(cut.textContent).toMatch(/^reprint of “Long very .*…” \(The Economist\)$/);
    expect(cut.textContent!.length).toBeLessThan(130);
    expect(screen.getByRole('list').textContent).not.toMatch(/user:|seed:/);
  });

  it('reloads when the count of stored articles changes, as after an article added from the side panel', async () => {
    const ids = ['01', '02'];
    fakeBackground(ids);
    const { rerender } = render(<UserArticles stored={2} />);
    await screen.findByText('Story 02');
    ids.unshift('03');
    rerender(<UserArticles stored={3} />);
    expect((await screen.findByText('Story 03')).textContent).toBe('Story 03');
    expect(articleBoxes()).toHaveLength(3);
    // Each Delete button is named with its article.
    expect(screen.getByRole('button', { name: 'Delete Story 03' }).textContent?.trim()).toBe('Delete');
  });

  it('says a deletion is under way and takes no other meanwhile; keeps what was ticked meanwhile; says when some were already gone', async () => {
    const ids = ['01', '02', '03', '04'];
    let goOn: (() => void) | undefined;
    fakeBackground(ids, () => new Promise<void>((resolve) => (goOn = resolve)));
    render(<Page />);
    await screen.findByText('Story 04');
    const box = (id: string) => screen.getByRole('checkbox', { name: `Story ${id}` });
    fireEvent.click(box('01'));
    fireEvent.click(box('02'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    await waitFor(() => expect(goOn).toBeDefined());
    expect(screen.getByRole('status').textContent).toBe('Deleting 2 articles…');
    expect((screen.getByRole('button', { name: 'Delete Story 03' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(box('03'));
    goOn!();
    await waitFor(() => expect(screen.queryByText('Story 01')).toBeNull());
    expect(screen.getByRole('status').textContent).toBe('');
    expect((box('03') as HTMLInputElement).checked).toBe(true);

    // Deleted meanwhile elsewhere (another window of the options page): said, not passed over.
    ids.splice(ids.indexOf('03'), 1);
    goOn = undefined;
    fireEvent.click(box('04'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    await waitFor(() => expect(goOn).toBeDefined());
    goOn!();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted 1 of 2 articles: the others were already gone.'));
  });

  it('ticks every article of the page with one labelled box, mixed while only some are, and leaves the other pages\' ticks alone', async () => {
    const ids = Array.from({ length: 53 }, (_, i) => String(i).padStart(2, '0'));
    fakeBackground(ids);
    render(<Page />);
    await screen.findByText('Story 00');
    const pageBox = () => screen.getByRole('checkbox', { name: 'Select all on this page' }) as HTMLInputElement;
    expect(pageBox().checked).toBe(false);
    expect(pageBox().indeterminate).toBe(false);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Story 07' }));
    expect(pageBox().indeterminate).toBe(true);
    expect(pageBox().checked).toBe(false);
    // From mixed, the box ticks the whole page (the keyboard's Space clicks it the same way).
    fireEvent.click(pageBox());
    expect(articleBoxes().every((box) => box.checked)).toBe(true);
    expect(pageBox().checked).toBe(true);
    expect(pageBox().indeterminate).toBe(false);
    expect(screen.getByRole('button', { name: /^Delete selected/ }).textContent).toBe('Delete selected (50)');

    // The next page's articles are not ticked by it; ticking all there adds them to the first page's.
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Story 52');
    expect(pageBox().checked).toBe(false);
    fireEvent.click(pageBox());
    expect(screen.getByRole('button', { name: /^Delete selected/ }).textContent).toBe('Delete selected (53)');
    // Unticking all on this page leaves the first page's fifty ticked.
    fireEvent.click(pageBox());
    expect(articleBoxes().some((box) => box.checked)).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (50)' }));
    await waitFor(() => expect(ids).toHaveLength(3));
    expect(ids).toEqual(['50', '51', '52']);
  });
});
