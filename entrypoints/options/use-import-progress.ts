/**
 * The import under way as the background publishes it (IMPORT_PROGRESS_KEY): read when the page
 * opens, so a page opened or reloaded during an import shows it, then followed as it changes.
 * Nothing is polled: each change is the background's own, made as the import moves on.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { IMPORT_PROGRESS_KEY, parseImportProgress, type ImportProgress } from '@/lib/protocol';

export function useImportProgress(): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    // A change heard before the first read answers is newer than what it read.
    let heard = false;
    let closed = false;
    void browser.storage.session.get(IMPORT_PROGRESS_KEY).then((stored) => {
      if (!heard && !closed) setProgress(parseImportProgress(stored[IMPORT_PROGRESS_KEY]));
    });
    const onStored = (changes: Record<string, { newValue?: unknown }>) => {
      if (!(IMPORT_PROGRESS_KEY in changes)) return;
      heard = true;
      setProgress(parseImportProgress(changes[IMPORT_PROGRESS_KEY].newValue));
    };
    browser.storage.session.onChanged.addListener(onStored);
    return () => {
      closed = true;
      browser.storage.session.onChanged.removeListener(onStored);
    };
  }, []);
  return progress;
}
