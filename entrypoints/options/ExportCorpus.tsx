/** Export of the whole corpus (bundled and user articles) as NDJSON, fetched a page at a time. */
import { useState } from 'preact/hooks';
import { ask } from './background-client';

const PAGE = 1_000;

async function exportBlob(): Promise<{ blob: Blob; count: number }> {
  const parts: string[] = [];
  let after: string | null = null;
  let count = 0;
  do {
    const page: { lines: string[]; next: string | null } = await ask('exportCorpus', { after, limit: PAGE });
    if (page.lines.length) parts.push(`${page.lines.join('\n')}\n`);
    count += page.lines.length;
    after = page.next;
  } while (after !== null);
  return { blob: new Blob(parts, { type: 'application/x-ndjson' }), count };
}

export function ExportCorpus() {
  const [state, setState] = useState<string | null>(null);
  const run = async () => {
    setState('Exporting…');
    try {
      const { blob, count } = await exportBlob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'news-context-corpus.ndjson';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      setState(`Exported ${count} articles.`);
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
