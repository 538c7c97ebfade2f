// @vitest-environment happy-dom
/** The options page's Export button: it follows the background's pages to the last one and saves every line. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportCorpus } from '@/entrypoints/options/ExportCorpus';

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
});
