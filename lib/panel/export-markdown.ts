/**
 * The page's comparison as Markdown: whether the page reprints a corpus article, its claims with
 * every report (wording, relation, figures, copies), the claims it states with other figures,
 * the claims it leaves out, and the framing table. Only what the corpus shows; no verdicts.
 */
import type { PassageMatch } from '../match/types';
import { distinctPassages, type DistinctPassage } from './repeated-passages';
import { summarizeReports } from '../report-summary';
import { reportTime, sourceLabel } from './article-info';
import { outletDetails } from './outlet-details';
import { reportNotes } from './report-cards';
import { termLabel } from './framing-table';
import { contextText } from './claim-context';
import { DIFFERS_NOTE, figureDifferenceWords, looseMatchNote, RELATION_WORDS, countWords, repeatWords, reprintWords, summaryWords } from './wording';
import type { PageComparison } from './types';
import { reprintNoteOf } from './reprint-note';

export interface ExportPage {
  url: string;
  title: string;
}

/** Escapes the characters Markdown would read as formatting, links, HTML or table cells. */
export function markdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`);
}

function passageSection({ passage, indices }: DistinctPassage, index: number, comparison: PageComparison): string[] {
  const summary = summarizeReports(passage);
  const lines = [`### ${index + 1}. ${markdownText(passage.text)}`, ''];
  const repeated = indices.length > 1 ? `, ${repeatWords(indices.length)}` : '';
  lines.push(`${summaryWords(summary)}${repeated}.${summary.differs ? ` ${DIFFERS_NOTE}` : ''}${passage.loose ? ` ${looseMatchNote(passage)}` : ''}`, '');
  for (const { report, article, names, copyOf } of reportNotes(passage, comparison.articles)) {
    const outlet = outletDetails(report.outlet, article?.outletId);
    const where = [sourceLabel(article ?? { outlet: report.outlet, outletId: null, title: report.title, via: null }), outlet.details && `(${outlet.details})`]
      .filter(Boolean)
      .join(' ');
    const meta = [report.title && `“${markdownText(report.title)}”`, reportTime(report, article)?.label].filter(Boolean).join(', ');
    lines.push(`- **${markdownText(where)}**${meta ? ` — ${meta}` : ''}: ${RELATION_WORDS[report.relation]}`);
    lines.push(`  > ${markdownText(report.sentence)}`);
    for (const figure of report.figures) lines.push(`  - ${markdownText(figureDifferenceWords(figure))}`);
    if (names) lines.push(`  - Other names: ${markdownText(names.page.join(', '))} on this page; ${markdownText(names.report.join(', '))} here`);
    if (copyOf) lines.push(`  - Copy of ${markdownText(sourceLabel(copyOf))}`);
  }
  lines.push('');
  return lines;
}

export function comparisonMarkdown(page: ExportPage, passages: PassageMatch[], comparison: PageComparison): string {
  const label = (id: string) => markdownText(sourceLabel(comparison.articles[id]));
  const lines = [`# How other sources reported: ${markdownText(page.title)}`, '', `<${page.url.replace(/>/g, '%3E')}>`, ''];
  const reprint = reprintNoteOf(comparison);
  if (reprint) lines.push(markdownText(reprintWords(reprint.reprint, reprint.article)), '');

  lines.push('## Claims on this page', '');
  if (!passages.length) lines.push('No claim on this page was found in the corpus.', '');
  distinctPassages(passages).forEach((distinct, i) => lines.push(...passageSection(distinct, i, comparison)));

  const { otherFigures, notOnPage } = comparison.coverage;
  if (otherFigures.length) {
    lines.push('## Stated here with other figures', '');
    for (const claim of otherFigures) {
      const figures = claim.figures.map(([ours, theirs]) => `${markdownText(ours)} on this page, ${markdownText(theirs)} elsewhere`).join('; ');
      lines.push(`- ${markdownText(claim.pageSentence)}`, `  > ${markdownText(claim.text)}`, `  - ${figures} (${claim.articleIds.map(label).join(', ')})`);
    }
    lines.push('');
  }

  lines.push('## Not on this page', '');
  if (!notOnPage.length) lines.push('Nothing the other sources reported about this event is missing here.');
  for (const claim of notOnPage) {
    const context = claim.before === null ? '' : `(After: ${markdownText(contextText(claim.before))}) `;
    lines.push(`- ${context}${markdownText(claim.text)} — ${claim.articleIds.map(label).join(', ')} (${countWords(claim.sources, claim.copies)})`);
  }
  lines.push('');

  const { concepts, rows } = comparison.framing;
  if (concepts.length) {
    lines.push('## Framing', '', `| Source | ${concepts.map(markdownText).join(' | ')} |`, `|${' --- |'.repeat(concepts.length + 1)}`);
    for (const row of rows) {
      const copyOf = row.articleId === null ? null : comparison.articles[row.articleId]?.copyOf;
      const source = row.articleId === null ? 'This page' : `${label(row.articleId)}${copyOf ? ` (copy of ${label(copyOf)})` : ''}`;
      const cells = concepts.map((c) => (row.terms[c] ?? []).map(termLabel).join(', ') || '—');
      lines.push(`| ${source} | ${cells.map(markdownText).join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
