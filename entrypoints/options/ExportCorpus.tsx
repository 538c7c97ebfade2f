/** Export of the whole corpus (bundled and user articles) as NDJSON, fetched a page at a time. */
import { useState } from 'preact/hooks';
import { importableParts } from '@/lib/corpus/import/export-parts';
import { ask } from './background-client';

const PAGE = 1_000;

async function exportLines(): Promise<string[]> {
  const lines: string[] = [];
  let after: string | null = null;
  do {
    const page: { lines: string[]; next: string | null } = await ask('exportCorpus', { after, limit: PAGE });
    lines.push(...page.lines);
    after = page.next;
  } while (after !== null);
  return lines;
}

function download(name: string, lines: readonly string[]): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'application/x-ndjson' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export function ExportCorpus() {
  const [state, setState] = useState<string | null>(null);
  const run = async () => {
    setState('Exporting…');
    try {
      const lines = await exportLines();
      // A corpus larger than one import takes comes in several files, each importable, numbered
      // in the order that restores the list (the bundled articles, in the last file, are skipped
      // as already there).
      const parts = importableParts(lines);
      parts.forEach((part, i) => download(parts.length > 1 ? `news-context-corpus-${i + 1}-of-${parts.length}.ndjson` : 'news-context-corpus.ndjson', part));
      setState(parts.length > 1
        ? `Exported ${lines.length} articles in ${parts.length} files: more than one import takes, so import them one after another to restore.`
        : `Exported ${lines.length} articles.`);
    } catch (error) {
      setState(`Export failed: ${(error as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="nc-export">
      <h2 id="nc-export">Export</h2>
      <p class="nc-muted">Every article, bundled and yours (newest first, as listed), one JSON object per line in the import format, with its origin.</p>
      <button type="button" onClick={() => void run()}>
        Export corpus (NDJSON)
      </button>
      {state && <p role="status">{state}</p>}
    </section>
  );
}
