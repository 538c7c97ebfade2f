// @vitest-environment happy-dom
/** The options page's list of the user's articles: deleting the last page's articles shows the page that is now last. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UserArticles } from '@/entrypoints/options/UserArticles';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('confirm', () => true);
});
afterEach(() => vi.unstubAllGlobals());

/** The background's list and deletion over `ids`, as the store answers them. */
function fakeBackground(ids: string[]) {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: { offset: number; limit: number; ids: string[] } };
    if (type === 'deleteArticles') {
      for (const id of payload.ids) if (ids.includes(id)) ids.splice(ids.indexOf(id), 1);
      return { ok: true, value: { deleted: payload.ids.length } };
    }
    const page = ids.slice(payload.offset, payload.offset + payload.limit);
    return { ok: true, value: { total: ids.length, articles: page.map((id) => ({ id, title: `Story ${id}`, outlet: 'unknown', url: null, published: null, sourceFile: 'pasted', copyOf: null })) } };
  });
}

/** The options page's wiring: a deletion bumps the version, and the list reloads. */
function Page() {
  const [version, setVersion] = useState(0);
  return <UserArticles version={version} onDeleted={() => setVersion((v) => v + 1)} />;
}

describe('UserArticles', () => {
  it('shows the page that is now last when a deletion empties the last one, and names an unknown outlet as such', async () => {
    fakeBackground(Array.from({ length: 52 }, (_, i) => String(i).padStart(2, '0')));
    render(<Page />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    await screen.findByText('Story 51');
    expect(screen.getAllByText(/Unknown outlet/)).toHaveLength(2);
    for (const box of screen.getAllByRole('checkbox')) fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Delete selected (2)' }));
    // Back on the first page, which is now the last: its 50 articles, none of the deleted two.
    await waitFor(() => expect(screen.getByText(/ of 50$/).textContent).toBe('1–50 of 50'));
    expect(screen.getAllByRole('checkbox')).toHaveLength(50);
    expect(screen.queryByText('Story 50')).toBeNull();
    expect(screen.queryByText('Story 51')).toBeNull();
  });

  it('reloads when the count of stored articles changes, as after an article added from the side panel', async () => {
    const ids = ['01', '02'];
    fakeBackground(ids);
    const { rerender } = render(<UserArticles version={0} stored={2} onDeleted={() => {}} />);
    await screen.findByText('Story 02');
    ids.unshift('03');
    rerender(<UserArticles version={0} stored={3} onDeleted={() => {}} />);
    expect((await screen.findByText('Story 03')).textContent).toBe('Story 03');
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
    // Each Delete button is named with its article.
    expect(screen.getByRole('button', { name: 'Delete Story 03' }).textContent?.trim()).toBe('Delete');
  });
});
