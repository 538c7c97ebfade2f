/**
 * The import under way as the background publishes it (IMPORT_PROGRESS_KEY): read when the page
 * opens, so a page opened or reloaded during an import shows it, then followed as it changes.
 */
import { browser } from 'wxt/browser';
import { IMPORT_PROGRESS_KEY, parseImportProgress, type ImportProgress } from '@/lib/protocol';
import { usePublished } from './use-published';

const stored = async () => parseImportProgress((await browser.storage.session.get(IMPORT_PROGRESS_KEY))[IMPORT_PROGRESS_KEY]);

export function useImportProgress(): ImportProgress | null {
  return usePublished(IMPORT_PROGRESS_KEY, parseImportProgress, stored).value;
}
