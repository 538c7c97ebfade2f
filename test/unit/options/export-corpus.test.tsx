// @vitest-environment happy-dom
/** The options page's Export button: it follows the background's pages to the last one and saves every line. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportCorpus } from '@/entrypoints/options/ExportCorpus';
import { MAX_ARTICLES_PER_IMPORT } from '@/lib/corpus/import/limits';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('ExportCorpus', () => {
  it('asks for pages from each answer’s cursor until there is none, and saves their lines in order', async () => {
    // Pages shorter than the asked size still continue: only a null cursor ends the export.
    const pages: Record<string, { lines: string[]; next: string | null }> = {
      start: { lines: ['{"n":1}', '{"n":2}'], next: 'user:' },
      'user:': { lines: [], next: 'user:9' },
      'user:9': { lines: ['{"n":3}'], next: null },
    };
    const asked: (string | null)[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const { payload } = message as { payload: { after: string | null } };
      asked.push(payload.after);
      return { ok: true, value: pages[payload.after ?? 'start'] };
    });
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:export'));
    render(<ExportCorpus />);
    fireEvent.click(screen.getByRole('button', { name: 'Export corpus (NDJSON)' }));
    expect((await screen.findByText(/^Exported/)).textContent).toBe('Exported 3 articles.');
    expect(asked).toEqual([null, 'user:', 'user:9']);
    expect(await saved[0].text()).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
  });

  it('saves a corpus larger than one import takes in several files, each importable, and says so', async () => {
    const lines = Array.from({ length: MAX_ARTICLES_PER_IMPORT + 1 }, (_, i) => `{"n":${i}}`);
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: { lines, next: null } }));
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:export'));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render(<ExportCorpus />);
    fireEvent.click(screen.getByRole('button', { name: 'Export corpus (NDJSON)' }));
    expect((await screen.findByText(/^Exported/)).textContent).toMatch(new RegExp(`^Exported ${lines.length} articles in 2 files`));
    expect(names).toEqual(['news-context-corpus-1-of-2.ndjson', 'news-context-corpus-2-of-2.ndjson']);
    const texts = await Promise.all(saved.map((blob) => blob.text()));
    // The oldest articles' file first: imported in their order, the files list as exported.
    expect(texts).toEqual([`${lines.at(-1)}\n`, `${lines.slice(0, MAX_ARTICLES_PER_IMPORT).join('\n')}\n`]);
  });
});
