/**
 * The files the user's articles were imported from, each with its count and a button removing
 * all of its articles: a mistaken import of thousands of articles is one confirmed click, not
 * thousands of ticks in the list below. Pasted texts and pages added from the side panel are no
 * file (lib/corpus/import/limits.ts, isImportFileName) and are not listed; bundled articles never
 * are. Shown only when there is a file to list.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportFileSummary } from '@/lib/store/import-files';
import { useFocusLeaving, useReturnFocus } from '@/components/return-focus';
import { ask } from './background-client';

export interface ImportFilesProps {
  /**
   * How many user articles the published index status counts (undefined until it is known):
   * every change to them, made here or elsewhere, changes it, and the files are read again.
   */
  stored: number | undefined;
}

/** "Remove all 3,000 articles", "Remove 1 article": the button shows it without its last word and is named with it and the file. */
const removeWords = (n: number) => (n === 1 ? 'Remove 1 article' : `Remove all ${n.toLocaleString('en')} articles`);
const articlesWord = (n: number) => (n === 1 ? 'one article' : `${n.toLocaleString('en')} articles`);

export function ImportFiles({ stored }: ImportFilesProps) {
  const [files, setFiles] = useState<ImportFileSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ImportFileSummary | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A removed file's row went with focus on its button: focus goes to the row now in its place
  // (the next file's), else the last row, else the heading, as the reader would go on from there;
  // once the removal is over, as the buttons are disabled until then.
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const section = useRef<HTMLElement>(null);
  const focusTarget =
    focusAt === null || removing ? null : files.length === 0 ? '#nc-imports' : `.nc-import-files > li:nth-child(${Math.min(focusAt, files.length - 1) + 1}) button`;
  useReturnFocus(section, focusTarget, () => setFocusAt(null));

  useEffect(() => {
    if (stored === undefined) return;
    let cancelled = false;
    ask('listImportFiles', {}).then(
      (next) => !cancelled && setFiles(next.files),
      (caught: Error) => !cancelled && setError(caught.message),
    );
    return () => void (cancelled = true);
  }, [stored]);

  const remove = async (file: ImportFileSummary) => {
    // Says how many and from which file: the one thing a reader can check before it is too late.
    if (!confirm(`Delete all ${articlesWord(file.articles)} imported from ${file.sourceFile}? They leave your corpus and the index; this cannot be undone.`)) return;
    setRemoving(file);
    setNotice(null);
    setError(null);
    try {
      const { deleted } = await ask('deleteImportFile', { sourceFile: file.sourceFile });
      setNotice(`Deleted ${articlesWord(deleted)} imported from ${file.sourceFile}.`);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setRemoving(null);
    }
  };

  // The status stays in the page once a file was removed, so its notice is announced even as the list empties.
  if (files.length === 0 && notice === null && error === null) return null;
  return (
    <section ref={section} aria-labelledby="nc-imports">
      <h2 id="nc-imports" tabIndex={-1}>
        Imported files
      </h2>
      {error && <p class="nc-error" role="alert">{error}</p>}
      <p role="status" class="nc-muted">
        {removing ? `Deleting ${articlesWord(removing.articles)} imported from ${removing.sourceFile}…` : notice}
      </p>
      {files.length > 0 && (
        <ul class="nc-import-files">
          {files.map((file, at) => (
            <FileRow key={file.sourceFile} file={file} disabled={removing !== null} onRemove={() => void remove(file)} onFocusLeaving={() => setFocusAt(at)} />
          ))}
        </ul>
      )}
    </section>
  );
}

interface FileRowProps {
  file: ImportFileSummary;
  disabled: boolean;
  onRemove: () => void;
  /** The row goes (its file removed) while focus is on its button (return-focus.ts). */
  onFocusLeaving: () => void;
}

function FileRow({ file, disabled, onRemove, onFocusLeaving }: FileRowProps) {
  const row = useRef<HTMLLIElement>(null);
  useFocusLeaving(row, onFocusLeaving);
  return (
    <li ref={row}>
      {/* Spaces between the parts, or a screen reader (and copied text) runs the name into its count. */}
      <span class="nc-import-name">{file.sourceFile}</span> <span class="nc-muted">{articlesWord(file.articles)}</span>{' '}
      {/* Named with its file: a screen reader's list of buttons would otherwise read alike. */}
      <button type="button" aria-label={`${removeWords(file.articles)} of ${file.sourceFile}`} disabled={disabled} onClick={onRemove}>
        {removeWords(file.articles).replace(/ articles?$/, '')}
      </button>
    </li>
  );
}
