// @vitest-environment happy-dom
/**
 * The options page's index progress follows the status the background publishes at each change
 * (INDEX_STATUS_KEY): asked for once as the page opens, never polled. The lists of the user's
 * articles and files are read once after a change, and while an import runs only its own
 * progress bar shows. The background is played by a listener on the fake browser.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/entrypoints/options/OptionsApp';
import { IMPORT_PROGRESS_KEY, INDEX_STATUS_KEY, type IndexStatus } from '@/lib/protocol';

const BUILDING: IndexStatus = { articles: 1_000, userArticles: 800, sentences: 9_000, claims: 7_000, pending: 600, state: 'building' };
const READY: IndexStatus = { ...BUILDING, pending: 0, state: 'ready' };

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const publishStatus = (status: IndexStatus) => fakeBrowser.storage.session.set({ [INDEX_STATUS_KEY]: status });

/**
 * A background answering the page's requests over one imported file of `status.userArticles`
 * articles; removing it publishes the status that follows, as the background does after a
 * change. Each request is recorded by its type.
 */
function fakeBackground(first: IndexStatus | (() => Promise<IndexStatus>)) {
  const asked: string[] = [];
  let status = typeof first === 'function' ? null : first;
  const stored = () => status?.userArticles ?? 0;
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const { type } = message as { type: string };
    asked.push(type);
    switch (type) {
      case 'getIndexStatus':
        return { ok: true, value: typeof first === 'function' ? await first() : status };
      case 'listImportFiles':
        return { ok: true, value: { files: stored() ? [{ sourceFile: 'user.ndjson', articles: stored() }] : [] } };
      case 'listUserArticles':
        return { ok: true, value: { total: stored(), articles: [] } };
      case 'deleteImportFile': {
        const deleted = stored();
        status = { ...status!, articles: status!.articles - deleted, userArticles: 0 };
        await publishStatus(status);
        return { ok: true, value: { deleted } };
      }
      default:
        return { ok: false, error: `unexpected ${type}` };
    }
  });
  return asked;
}

const indexBar = () => screen.getByRole('progressbar', { name: 'Index progress' }) as HTMLProgressElement;

describe("the options page's index status", () => {
  it('asks once as the page opens, then follows what the background publishes, polling nothing', async () => {
    const asked = fakeBackground(BUILDING);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    render(<OptionsApp />);
    await vi.waitFor(() => expect([indexBar().value, indexBar().max]).toEqual([400, 1_000]));
    expect(vi.getTimerCount()).toBe(0);

    await publishStatus({ ...BUILDING, pending: 350 });
    await vi.waitFor(() => expect(indexBar().value).toBe(650));
    await publishStatus(READY);
    await vi.waitFor(() => expect(screen.getByText('The index is up to date.')).toBeInstanceOf(HTMLElement));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    expect(asked.filter((type) => type === 'getIndexStatus')).toEqual(['getIndexStatus']);
  });

  it('says when the background cannot be reached, and asks again until it answers', async () => {
    let answer: () => Promise<IndexStatus> = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    fakeBackground(() => answer());
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    render(<OptionsApp />);
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^Cannot reach the background: .*Receiving end does not exist/));
    answer = async () => READY;
    await vi.advanceTimersToNextTimerAsync();
    await vi.waitFor(() => expect(screen.getByText('The index is up to date.')).toBeInstanceOf(HTMLElement));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows one progress bar while an import runs: the import’s, whose articles the index is building', async () => {
    fakeBackground(BUILDING);
    await fakeBrowser.storage.session.set({ [IMPORT_PROGRESS_KEY]: { importId: 'a', phase: 'indexing', done: 0, total: 600 } });
    render(<OptionsApp />);
    await screen.findByText(/0 of 600 articles indexed/);
    await screen.findByText(/Indexing: 600 articles waiting/);
    expect(screen.getAllByRole('progressbar').map((bar) => bar.getAttribute('aria-label'))).toEqual(['Import progress']);

    // The import over, the index still building (another window's import, say): its own bar is back.
    await fakeBrowser.storage.session.remove(IMPORT_PROGRESS_KEY);
    await vi.waitFor(() => expect(screen.getAllByRole('progressbar').map((bar) => bar.getAttribute('aria-label'))).toEqual(['Index progress']));
  });

  it('reads the imported files and the article list once as the page opens, and once after a removal', async () => {
    const asked = fakeBackground(READY);
    vi.stubGlobal('confirm', () => true);
    render(<OptionsApp />);
    const remove = await screen.findByRole('button', { name: 'Remove all 800 articles of user.ndjson' });
    await act(async () => {});
    const reads = () => ({ files: asked.filter((type) => type === 'listImportFiles').length, articles: asked.filter((type) => type === 'listUserArticles').length });
    expect(reads()).toEqual({ files: 1, articles: 1 });

    fireEvent.click(remove);
    await vi.waitFor(() => expect(screen.getByText('Deleted 800 articles imported from user.ndjson.')).toBeInstanceOf(HTMLElement));
    await vi.waitFor(() => expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull());
    await vi.waitFor(() => expect(screen.getByText(/^200 articles \(0 yours\)/)).toBeInstanceOf(HTMLElement));
    await act(async () => {});
    expect(reads()).toEqual({ files: 2, articles: 2 });
  });
});
