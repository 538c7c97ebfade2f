/** What the page says after an import attempt. */
import type { ImportResult } from '@/lib/store/corpus-store';

/**
 * 'working': this page's import under way, by its id: its files still being read (`records`
 * null), or its records sent to the background, whose progress tells the rest. A failed or
 * cancelled import keeps its id: whatever progress of it is still published is stale.
 */
export type ImportOutcome =
  | { kind: 'done'; result: ImportResult }
  | { kind: 'failed'; importId: string; problems: string[] }
  | { kind: 'cancelled'; importId: string }
  | { kind: 'working'; importId: string; records: number | null };

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * One sentence: how many articles were added and how each kind of reprint link came about. An
 * added reprint's original was stored before or came with it in this import; a stored article
 * may also turn out to reprint an added one (the added one is older, or an agency's text).
 */
export function summarizeImport(result: ImportResult): string {
  const added = new Set(result.added);
  const copies = Object.entries(result.copies);
  const ofThisImport = copies.filter(([, original]) => added.has(original));
  const ofStored = copies.filter(([, original]) => !added.has(original));
  const originals = (links: [string, string][]) => new Set(links.map(([, original]) => original)).size;

  const parts = [`Added ${result.added.length} ${plural(result.added.length, 'article', 'articles')}`];
  if (ofStored.length) {
    const what = plural(originals(ofStored), 'a stored article', 'stored articles');
    parts.push(`${ofStored.length} linked as ${plural(ofStored.length, 'a reprint', 'reprints')} of ${what}`);
  }
  if (ofThisImport.length) {
    const what = plural(originals(ofThisImport), 'another article of this import', 'other articles of this import');
    parts.push(`${ofThisImport.length} linked as ${plural(ofThisImport.length, 'a reprint', 'reprints')} of ${what}`);
  }
  const storedCopies = Object.entries(result.storedCopies);
  if (storedCopies.length) {
    const count = originals(storedCopies);
    const what = result.added.length === 1 ? 'it' : count === 1 ? 'one of them' : `${count} of them`;
    const stored = plural(storedCopies.length, '1 stored article is', `${storedCopies.length} stored articles are`);
    parts.push(`${stored} now linked as ${plural(storedCopies.length, 'a reprint', 'reprints')} of ${what}`);
  }
  if (result.duplicates.length) parts.push(`${result.duplicates.length} ${plural(result.duplicates.length, 'duplicate', 'duplicates')}, not added`);
  return `${parts.join('; ')}.`;
}
