// @vitest-environment happy-dom
/**
 * An import under way on the options page: its phase in words (told to screen readers once per
 * phase, not per count), its progress bar, and a Cancel honoured until the commit point and
 * refused, with the reason, after it. The background is played by a listener on the fake browser.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPanel } from '@/entrypoints/options/ImportPanel';
import { useImportProgress } from '@/entrypoints/options/use-import-progress';
import { IMPORT_PROGRESS_KEY, type ImportProgress } from '@/lib/protocol';
import type { ImportResult } from '@/lib/store/corpus-store';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

const ADDED: ImportResult = { added: ['user:1'], duplicates: [], copies: {}, storedCopies: {} };
const publish = (progress: ImportProgress | null) =>
  progress ? fakeBrowser.storage.session.set({ [IMPORT_PROGRESS_KEY]: progress }) : fakeBrowser.storage.session.remove(IMPORT_PROGRESS_KEY);

/** The panel as the options page wires it, with the import progress the background publishes. */
const Panel = () => <ImportPanel progress={useImportProgress()} />;

/** The live regions' words, in page order. */
const said = () => screen.getAllByRole('status').map((region) => region.textContent);
const cancelButton = () => screen.getByRole('button', { name: /^Cancel/ }) as HTMLButtonElement;

type Message = { type: string; payload: { importId?: string } };

/**
 * A background whose import stops at its checking phase until the test lets it go on: `cancel`
 * answers whether the background agrees to cancel (or leaves the cancel unanswered), and an
 * agreed cancel fails the import as the background's does.
 */
function backgroundAt(cancel: boolean | 'no answer') {
  const sent: Message[] = [];
  let finish!: (answer: unknown) => void;
  fakeBrowser.runtime.onMessage.addListener(async (received: unknown) => {
    const message = received as Message;
    sent.push(message);
    const { importId = '' } = message.payload;
    if (message.type === 'importArticles') {
      await publish({ importId, phase: 'checking', done: 0, total: 1 });
      return new Promise((resolve) => (finish = resolve));
    }
    if (message.type === 'cancelImport') {
      // A background busy or restarting: the message finds no receiver.
      if (cancel === 'no answer') throw new Error('Could not establish connection. Receiving end does not exist.');
      if (cancel) {
        await publish(null);
        finish({ ok: false, error: 'importArticles: Import cancelled: nothing was added.' });
      }
      return { ok: true, value: { cancelled: cancel } };
    }
    return undefined;
  });
  return { sent, finish: (answer: unknown) => finish(answer) };
}

function pasteAndAdd() {
  fireEvent.input(screen.getByRole('textbox', { name: 'Article text' }), { target: { value: 'The bridge reopened on Friday after repairs.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Add pasted article' }));
}

describe('import progress on the options page', () => {
  it("shows the background's progress in words and on a bar, and tells screen readers the phase, not each count", async () => {
    await publish({ importId: 'a', phase: 'indexing', done: 250, total: 1_200 });
    render(<Panel />);
    const phase = 'Importing: indexing 1,200 articles and grouping their claims. Finishing: the articles are stored.';
    await waitFor(() => expect(said()).toEqual([phase]));
    const bar = screen.getByRole('progressbar', { name: 'Import progress' }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([250, 1_200]);
    expect(screen.getByText(/250 of 1,200 articles indexed/)).toBeInstanceOf(HTMLElement);

    await publish({ importId: 'a', phase: 'indexing', done: 500, total: 1_200 });
    await waitFor(() => expect(bar.value).toBe(500));
    // The count moved; the words a screen reader is told did not.
    expect(said()).toEqual([phase]);

    await publish(null);
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('draws nothing again when a write leaves the progress as it was (Firefox tells of every key on any write)', async () => {
    const progress: ImportProgress = { importId: 'a', phase: 'indexing', done: 250, total: 1_200 };
    await publish(progress);
    let drawn = 0;
    const Counted = () => {
      drawn++;
      return <ImportPanel progress={useImportProgress()} />;
    };
    render(<Counted />);
    await screen.findByText(/250 of 1,200 articles indexed/);
    const before = drawn;
    await act(() => publish({ ...progress }));
    expect(drawn).toBe(before);
    // A change does draw again.
    await act(() => publish({ ...progress, done: 500 }));
    expect(drawn).toBe(before + 1);
    expect(screen.getByText(/500 of 1,200 articles indexed/)).toBeInstanceOf(HTMLElement);
  });

  it('past the commit point, keeps Cancel disabled and says why', async () => {
    await publish({ importId: 'a', phase: 'storing', done: 0, total: 40 });
    render(<Panel />);
    await waitFor(() => expect(said()).toEqual(['Importing: storing 40 articles. Finishing: the articles are being stored.']));
    const button = cancelButton();
    expect(button.disabled).toBe(true);
    expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toBe(' Finishing: the articles are being stored.');
  });

  it('cancels before the commit point: asks the background by the import’s id, then says nothing was added', async () => {
    const background = backgroundAt(true);
    render(<Panel />);
    pasteAndAdd();
    await waitFor(() => expect(said()).toEqual(['Importing: checking 1 article for duplicates and reprints.']));
    expect(cancelButton().disabled).toBe(false);
    fireEvent.click(cancelButton());

    await waitFor(() => expect(said()).toEqual(['Import cancelled: nothing was added.']));
    const [imported, cancelled] = background.sent;
    expect(cancelled).toEqual({ type: 'cancelImport', payload: { importId: imported.payload.importId } });
    expect(imported.payload.importId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when the background refuses the cancel (the articles were being stored), disables it with the reason and shows the import’s result', async () => {
    const background = backgroundAt(false);
    render(<Panel />);
    pasteAndAdd();
    await waitFor(() => expect(said()).toEqual(['Importing: checking 1 article for duplicates and reprints.']));
    fireEvent.click(cancelButton());
    await waitFor(() => expect(said()).toEqual(['Importing: checking 1 article for duplicates and reprints. Finishing: the articles are being stored.']));
    expect(cancelButton().disabled).toBe(true);

    await publish(null);
    background.finish({ ok: true, value: ADDED });
    await waitFor(() => expect(said()).toEqual(['Added 1 article.']));
  });

  it('says so when the background does not answer the cancel, and lets the reader cancel again', async () => {
    const background = backgroundAt('no answer');
    render(<Panel />);
    pasteAndAdd();
    await waitFor(() => expect(said()).toEqual(['Importing: checking 1 article for duplicates and reprints.']));
    fireEvent.click(cancelButton());
    await waitFor(() => expect(said()).toEqual(['Importing: checking 1 article for duplicates and reprints. Could not cancel: the import goes on. Try again.']));
    expect(cancelButton().disabled).toBe(false);
    expect(background.sent.filter((m) => m.type === 'cancelImport')).toHaveLength(1);
  });

  it('cancels while the files are still read: nothing is sent', async () => {
    const sent: Message[] = [];
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => void sent.push(message as Message));
    render(<Panel />);
    let read!: (bytes: ArrayBuffer) => void;
    const file = { name: 'big.ndjson', size: 100, arrayBuffer: () => new Promise<ArrayBuffer>((resolve) => (read = resolve)) };
    const input = screen.getByLabelText(/Import files/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(said()).toEqual(['Importing: reading the files.']));
    fireEvent.click(cancelButton());
    read(new TextEncoder().encode(JSON.stringify({ title: 'T', text: 'The bridge reopened on Friday after repairs.' })).buffer as ArrayBuffer);
    await waitFor(() => expect(said()).toEqual(['Import cancelled: nothing was added.']));
    expect(sent).toEqual([]);
  });

  it('drops the progress a failed import left published (its background stopped in its middle): the failure is what shows', async () => {
    fakeBrowser.runtime.onMessage.addListener(async (received: unknown) => {
      const { payload } = received as Message;
      await publish({ importId: payload.importId ?? '', phase: 'checking', done: 0, total: 1 });
      return { ok: false, error: 'importArticles: the background stopped' };
    });
    render(<Panel />);
    pasteAndAdd();
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Nothing was imported:importArticles: the background stopped'));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Cancel/ })).toEqual([]);
  });
});

describe('focus when an import ends', () => {
  const CHECKING = 'Importing: checking 1 article for duplicates and reprints.';

  function chooseFile() {
    const text = JSON.stringify({ title: 'Bridge', text: 'The bridge reopened on Friday after repairs.' });
    const file = { name: 'bridge.ndjson', size: text.length, arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer };
    const input = screen.getByLabelText(/Import files/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
  }

  /** The reader's own click on Cancel, which focuses it first. */
  function cancelFromTheKeyboard() {
    cancelButton().focus();
    fireEvent.click(cancelButton());
  }

  it.each([
    ['pasted', 'the article text', pasteAndAdd, () => screen.getByRole('textbox', { name: 'Article text' })],
    ['file', 'the file input', chooseFile, () => screen.getByLabelText(/Import files/)],
  ])('goes back to where a %s import started (%s), not to the page, once the import the reader cancelled goes', async (_kind, _where, start, startedFrom) => {
    backgroundAt(true);
    render(<Panel />);
    start();
    await waitFor(() => expect(said()).toEqual([CHECKING]));
    cancelFromTheKeyboard();
    await waitFor(() => expect(said()).toEqual(['Import cancelled: nothing was added.']));
    await waitFor(() => expect(document.activeElement).toBe(startedFrom()));
  });

  it('stays where the reader took it meanwhile', async () => {
    backgroundAt(true);
    render(<Panel />);
    pasteAndAdd();
    await waitFor(() => expect(said()).toEqual([CHECKING]));
    const title = screen.getByRole('textbox', { name: 'Title (optional)' });
    title.focus();
    // A click that does not take focus: the reader's pointer, focus left in the field.
    fireEvent.click(cancelButton());
    await waitFor(() => expect(said()).toEqual(['Import cancelled: nothing was added.']));
    await act(async () => {});
    expect(document.activeElement).toBe(title);
  });
});
