// @vitest-environment happy-dom
/** The options page's imported files: each removable whole, after a confirmation that says how many from which file. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportFiles } from '@/entrypoints/options/ImportFiles';
import { publishedCount, Wired } from './published-count';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

/** The background's answers over files of so many articles; each removal is recorded, and publishes the count that follows. */
function fakeBackground(files: Map<string, number>) {
  const removed: string[] = [];
  const status = publishedCount(() => [...files.values()].reduce((sum, n) => sum + n, 0));
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: { sourceFile: string } };
    if (type === 'getIndexStatus') return status.answer();
    if (type === 'deleteImportFile') {
      removed.push(payload.sourceFile);
      const deleted = files.get(payload.sourceFile) ?? 0;
      files.delete(payload.sourceFile);
      await status.publish();
      return { ok: true, value: { deleted } };
    }
    if (type === 'listImportFiles') return { ok: true, value: { files: [...files].map(([sourceFile, articles]) => ({ sourceFile, articles })) } };
    return { ok: false, error: `unexpected ${type}` };
  });
  return removed;
}

/** The options page's wiring: the files are read again when the published count changes. */
const Page = () => <Wired list={(stored) => <ImportFiles stored={stored} />} />;

describe('ImportFiles', () => {
  it('removes every article of one file once the reader confirms how many from which, and says so', async () => {
    const removed = fakeBackground(new Map([['user.ndjson', 3000], ['notes.txt', 1]]));
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    render(<Page />);
    const button = await screen.findByRole('button', { name: 'Remove all 3,000 articles of user.ndjson' });
    expect(button.textContent).toBe('Remove all 3,000');
    const single = screen.getByRole('button', { name: 'Remove 1 article of notes.txt' });
    expect(single.textContent).toBe('Remove 1');
    expect(single.closest('li')!.textContent).toContain('one article');

    fireEvent.click(button);
    expect(confirm).toHaveBeenCalledWith(expect.stringMatching(/^Delete all 3,000 articles imported from user\.ndjson\?/));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Deleted 3,000 articles imported from user.ndjson.'));
    expect(removed).toEqual(['user.ndjson']);
    await waitFor(() => expect(screen.queryByText('user.ndjson')).toBeNull());
    // The other file is still listed, with its own button.
    expect(screen.getByRole('button', { name: /of notes\.txt$/ }).textContent).toBe('Remove 1');
  });

  it('removes nothing when the reader declines', async () => {
    const removed = fakeBackground(new Map([['user.ndjson', 2]]));
    vi.stubGlobal('confirm', () => false);
    render(<Page />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove all 2 articles of user.ndjson' }));
    expect(removed).toEqual([]);
    expect(screen.getByRole('button', { name: /of user\.ndjson$/ }).textContent).toBe('Remove all 2');
    expect(screen.queryByRole('status')?.textContent ?? '').not.toMatch(/Deleted/);
  });

  it('moves focus to the next file’s button when a removed file’s row goes; after the last row, to the one before; after the only one, to the heading', async () => {
    fakeBackground(new Map([['a.ndjson', 1], ['b.ndjson', 2], ['c.ndjson', 3]]));
    vi.stubGlobal('confirm', () => true);
    render(<Page />);
    const removeButton = (file: string) => screen.getByRole('button', { name: new RegExp(`of ${file.replace('.', '\\.')}$`) });
    /** Removes a file from the keyboard: its button focused, then pressed. */
    const remove = async (file: string) => {
      removeButton(file).focus();
      fireEvent.click(removeButton(file));
      await waitFor(() => expect(screen.queryByText(file)).toBeNull());
    };
    await screen.findByText('a.ndjson');

    await remove('b.ndjson');
    await waitFor(() => expect(document.activeElement).toBe(removeButton('c.ndjson')));
    await remove('c.ndjson');
    await waitFor(() => expect(document.activeElement).toBe(removeButton('a.ndjson')));
    await remove('a.ndjson');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Imported files' })));
  });
});
