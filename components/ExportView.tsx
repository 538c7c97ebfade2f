/**
 * The page's comparison for use elsewhere: Markdown and schema.org JSON-LD, each previewed,
 * downloadable as a file and copyable. Nothing leaves the browser unless the user takes it.
 */
import { useMemo, useState } from 'preact/hooks';
import type { PassageMatch } from '@/lib/match/types';
import { comparisonJsonLd, jsonLdText } from '@/lib/panel/export-jsonld';
import { comparisonMarkdown, type ExportPage } from '@/lib/panel/export-markdown';
import type { PageComparison } from '@/lib/panel/types';

export interface ExportViewProps {
  page: ExportPage;
  passages: PassageMatch[];
  comparison: PageComparison;
  /** ISO time of the export, the review date in the JSON-LD. */
  exportedAt: string;
}

const dataUrl = (type: string, text: string) => `data:${type};charset=utf-8,${encodeURIComponent(text)}`;

function ExportBlock({ id, label, type, fileName, text }: { id: string; label: string; type: string; fileName: string; text: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <section class="nc-export" aria-labelledby={`${id}-label`}>
      <h2 id={`${id}-label`}>{label}</h2>
      <div class="nc-export-actions">
        <a class="nc-button" id={`${id}-download`} href={dataUrl(type, text)} download={fileName}>
          Download {fileName}
        </a>
        <button type="button" class="nc-button" onClick={copy}>
          Copy
        </button>
        <span role="status" class="nc-hint">
          {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Copying was refused; select the text below instead.' : ''}
        </span>
      </div>
      <textarea id={id} class="nc-export-text" readOnly rows={8} aria-labelledby={`${id}-label`} value={text} />
    </section>
  );
}

export function ExportView({ page, passages, comparison, exportedAt }: ExportViewProps) {
  // Built once per comparison, not on every repaint of the panel: on a long page the Markdown's
  // names check of every report takes a noticeable part of a second.
  const { url, title } = page;
  const markdown = useMemo(() => comparisonMarkdown({ url, title }, passages, comparison), [url, title, passages, comparison]);
  const jsonLd = useMemo(
    () => jsonLdText(comparisonJsonLd({ url, title }, passages, comparison, exportedAt)),
    [url, title, passages, comparison, exportedAt],
  );
  return (
    <div class="nc-exports">
      <ExportBlock id="nc-export-markdown" label="Markdown" type="text/markdown" fileName="comparison.md" text={markdown} />
      <ExportBlock id="nc-export-jsonld" label="JSON-LD (schema.org ClaimReview)" type="application/ld+json" fileName="comparison.jsonld" text={jsonLd} />
      <p class="nc-hint">The JSON-LD lists where each claim appeared; it carries no rating: News Context compares sources, it does not judge claims.</p>
    </div>
  );
}
