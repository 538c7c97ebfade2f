/** What the page says after an import attempt. */
import type { ImportResult } from '@/lib/store/corpus-store';

export type ImportOutcome = { kind: 'done'; result: ImportResult } | { kind: 'failed'; problems: string[] } | { kind: 'working' };

export function summarizeImport(result: ImportResult): string {
  const copies = Object.keys(result.copies).length;
  const parts = [`Added ${result.added.length} article${result.added.length === 1 ? '' : 's'}`];
  if (copies) parts.push(`${copies} linked as reprint${copies === 1 ? '' : 's'} of stored articles`);
  if (result.duplicates.length) parts.push(`${result.duplicates.length} duplicate${result.duplicates.length === 1 ? '' : 's'}, not added`);
  return `${parts.join('; ')}.`;
}
