// @vitest-environment happy-dom
/** The options page's paste form: labelled fields, and duplicates said in the reader's words, not by internal id. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPanel } from '@/entrypoints/options/ImportPanel';
import type { ImportResult } from '@/lib/store/corpus-store';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

describe('ImportPanel', () => {
  it('says why an article was not added: stored already, or repeated within the import', async () => {
    const result: ImportResult = {
      added: [],
      copies: {},
      storedCopies: {},
      duplicates: [
        { title: 'Bridge reopens', reason: 'same url', existingId: 'user:0276d9fc585b71f6', inThisImport: false },
        { title: 'Bridge reopens again', reason: 'same text', existingId: 'user:171a4723bdfe9c65', inThisImport: true },
      ],
    };
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: true, value: result }));
    render(<ImportPanel progress={null} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Title (optional)' }), { target: { value: 'Bridge reopens' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Article text' }), { target: { value: 'The bridge reopened on Friday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add pasted article' }));
    const outcome = await waitFor(() => {
      const status = screen.getByRole('status');
      if (status.dataset.outcome !== 'done') throw new Error('still importing');
      return status;
    });
    expect(outcome.textContent).toContain('Added 0 articles; 2 duplicates, not added.');
    expect(outcome.textContent).toContain('Bridge reopens: already in the corpus (the same address)');
    expect(outcome.textContent).toContain('Bridge reopens again: repeats an earlier article of this import (the same text)');
    expect(outcome.textContent).not.toContain('user:');
  });

  it('keeps every field a form filler sets at once, before the form is drawn again', async () => {
    let sent: unknown;
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      sent = message;
      return { ok: true, value: { added: [], copies: {}, storedCopies: {}, duplicates: [] } satisfies ImportResult };
    });
    render(<ImportPanel progress={null} />);
    const fill = (name: string, value: string) => {
      const field = screen.getByRole('textbox', { name }) as HTMLInputElement;
      field.value = value;
      // Dispatched directly, not through the testing library's act(): no drawing in between.
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    fill('Title (optional)', 'Bridge reopens');
    fill('Outlet (optional)', 'Coast Herald');
    fill('Article text', 'The bridge reopened on Friday after repairs.');
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Title (optional)' }) as HTMLInputElement).value).toBe('Bridge reopens'));
    fireEvent.click(screen.getByRole('button', { name: 'Add pasted article' }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(JSON.stringify(sent)).toContain('Bridge reopens');
    expect(JSON.stringify(sent)).toContain('Coast Herald');
  });
});
