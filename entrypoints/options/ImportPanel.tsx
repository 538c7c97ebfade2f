/**
 * Adding articles: paste a text, or import files. Files are read and checked here (the page
 * has DOMParser for HTML); only when every file is valid is the import sent, as one request
 * that the background stores in one transaction. While it runs, its progress shows, with a
 * Cancel that leaves the corpus as it was (ImportProgressView.tsx).
 */
import { useRef, useState } from 'preact/hooks';
import { useReturnFocus } from '@/components/return-focus';
import { readImportFiles } from '@/lib/corpus/import/read-files';
import { checkedTextRecord } from '@/lib/corpus/import/text-record';
import { parsePastedText } from '@/lib/corpus/import/text-file';
import { IMPORT_EXTENSIONS, MAX_IMPORT_BYTES } from '@/lib/corpus/import/limits';
import type { ImportResult } from '@/lib/store/corpus-store';
import type { ImportProgress } from '@/lib/protocol';
import { summarizeImport, type ImportOutcome } from './import-outcome';
import { ImportProgressView, type ImportStage } from './ImportProgressView';
import { useImportRun } from './use-import-run';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** `progress`: the import under way as the background publishes it (use-import-progress.ts). */
export function ImportPanel({ progress }: { progress: ImportProgress | null }) {
  const { outcome, cancel, run, cancelImport } = useImportRun();
  const [paste, setPaste] = useState({ title: '', outlet: '', url: '', text: '' });
  // From the state as updated, not as last drawn: a form filler (or the browser's autofill)
  // sets every field before the form is drawn again, and each field would undo the others.
  const pasteField = (name: keyof typeof paste) => (event: { currentTarget: { value: string } }) => {
    const { value } = event.currentTarget;
    setPaste((fields) => ({ ...fields, [name]: value }));
  };
  // This page's import as it knows it until the background tells of it; after that (its articles
  // indexed once its result is in, or another window's import), as the background tells it: once
  // it stops telling (the import cancelled, or failed), the page does not go back to "sending".
  // An import that failed here is over, whatever is still published of it (a background stopped
  // in its middle left it, until its next start clears it).
  const working = outcome?.kind === 'working' ? outcome : null;
  const failed = outcome?.kind === 'failed' || outcome?.kind === 'cancelled' ? outcome.importId : null;
  const toldOf = useRef<string | null>(null);
  if (working && progress?.importId === working.importId) toldOf.current = working.importId;
  const stage: ImportStage | null =
    working && toldOf.current !== working.importId
      ? working.records === null
        ? { phase: 'reading', importId: working.importId }
        : { phase: 'sending', importId: working.importId, total: working.records }
      : progress?.importId === failed
        ? null
        : progress;

  const section = useRef<HTMLElement>(null);
  // Where this page's last import started: focus goes back there when the import's progress goes
  // while holding it (to the field for a pasted text, as its button is disabled once emptied).
  const startedFrom = useRef<'input[type=file]' | 'textarea'>('input[type=file]');
  const [returnTo, setReturnTo] = useState<string | null>(null);
  // Once this page's import has its outcome: until then the file input is disabled.
  useReturnFocus(section, working ? null : returnTo, () => setReturnTo(null));

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    startedFrom.current = 'input[type=file]';
    if (files.length && (await run(() => readImportFiles(files, parseHtml)))) input.value = '';
  };

  const onPaste = async (event: Event) => {
    event.preventDefault();
    startedFrom.current = 'textarea';
    if (await run(async () => [checkedTextRecord(parsePastedText(paste))])) setPaste({ title: '', outlet: '', url: '', text: '' });
  };

  return (
    <section ref={section} aria-labelledby="nc-add">
      <h2 id="nc-add">Add articles</h2>
      <label class="nc-file">
        Import files ({IMPORT_EXTENSIONS.join(', ')}; up to {MAX_IMPORT_BYTES / 1024 / 1024} MB at once)
        {/* One import at a time from this page: a second would only wait behind the first's transaction. */}
        <input type="file" multiple accept={IMPORT_EXTENSIONS.join(',')} disabled={working !== null} onChange={(e) => void onFiles(e.currentTarget)} />
      </label>
      <form class="nc-paste" onSubmit={(e) => void onPaste(e)}>
        <div class="nc-fields">
          <input placeholder="Title (optional)" aria-label="Title (optional)" value={paste.title} onInput={pasteField('title')} />
          <input placeholder="Outlet (optional)" aria-label="Outlet (optional)" value={paste.outlet} onInput={pasteField('outlet')} />
          <input type="url" placeholder="https://… (optional)" aria-label="Address (optional)" value={paste.url} onInput={pasteField('url')} />
        </div>
        <textarea
          rows={8}
          placeholder="Paste the article text; separate paragraphs with blank lines"
          aria-label="Article text"
          value={paste.text}
          onInput={pasteField('text')}
        />
        <button type="submit" disabled={!paste.text.trim() || working !== null}>
          Add pasted article
        </button>
      </form>
      {stage && <ImportProgressView stage={stage} cancel={cancel} onCancel={cancelImport} onFocusLeaving={() => setReturnTo(startedFrom.current)} />}
      <Outcome outcome={outcome} />
    </section>
  );
}

function Outcome({ outcome }: { outcome: ImportOutcome | null }) {
  if (!outcome || outcome.kind === 'working') return null;
  if (outcome.kind === 'cancelled') {
    return (
      <p class="nc-outcome" role="status" data-outcome="cancelled">
        Import cancelled: nothing was added.
      </p>
    );
  }
  if (outcome.kind === 'failed') {
    return (
      <div class="nc-outcome nc-error" role="alert" data-outcome="failed">
        <p>Nothing was imported:</p>
        <ul>
          {outcome.problems.slice(0, 50).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        {outcome.problems.length > 50 && <p>…and {outcome.problems.length - 50} more problems.</p>}
      </div>
    );
  }
  const { result } = outcome;
  return (
    <div class="nc-outcome" role="status" data-outcome="done">
      <p>{summarizeImport(result)}</p>
      {result.duplicates.length > 0 && (
        <ul class="nc-duplicates">
          {result.duplicates.slice(0, 50).map((d, i) => (
            <li key={i}>
              {d.title ?? 'Untitled'}: {duplicateWords(d)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Why an article was not added, in the reader's words (its stored twin is named by no id). */
function duplicateWords({ inThisImport, reason }: ImportResult['duplicates'][number]): string {
  const same = reason === 'same url' ? 'the same address' : 'the same text';
  return inThisImport ? `repeats an earlier article of this import (${same})` : `already in the corpus (${same})`;
}
