// @vitest-environment happy-dom
/**
 * A passage the page states twice in the same words (a pull quote), or many times, is one claim
 * in the side panel's list, its count and its exports, each saying how often the page states it;
 * its places are shown on the page one after another.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimView } from '../../../components/ClaimView';
import { PassageList } from '../../../components/PassageList';
import { comparisonJsonLd } from '../../../lib/panel/export-jsonld';
import { comparisonMarkdown, markdownText } from '../../../lib/panel/export-markdown';
import { distinctPassages } from '../../../lib/panel/repeated-passages';
import type { PassageMatch } from '../../../lib/match/types';
import { demo, passageStarting } from './demo';

afterEach(cleanup);

const PAGE = { url: 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge', title: 'Kremlin rejects charge' };

/** The demo page's passages with the talks passage printed again as a pull quote after the first passage, and at the end. */
async function withPullQuotes(): Promise<{ passages: PassageMatch[]; talks: PassageMatch }> {
  const { passages } = await demo();
  const talks = passageStarting(passages, 'At a short round of talks');
  const end = passages.at(-1)!.end;
  const pullQuote = (start: number) => ({ ...talks, start, end: start + talks.text.length });
  return { passages: [passages[0], pullQuote(passages[0].end + 1), ...passages.slice(1), pullQuote(end + 10)], talks };
}

describe('repeated passages', () => {
  it('are grouped by claim and words, in page order; the same words of another claim stay apart', async () => {
    const { passages, talks } = await withPullQuotes();
    const distinct = distinctPassages(passages);
    expect(distinct.map((d) => d.passage.text)).toEqual([...new Set(passages.map((p) => p.text))]);
    const repeated = distinct.find((d) => d.passage.text === talks.text)!;
    expect(repeated.indices).toEqual(passages.flatMap((p, i) => (p.text === talks.text ? [i] : [])));
    expect(repeated.indices).toHaveLength(3);
    const otherClaim = { ...talks, claimId: talks.claimId + 1000 };
    expect(distinctPassages([talks, otherClaim])).toHaveLength(2);
  });

  it('are listed once, saying how often the page states them, and activating one shows its first place', async () => {
    const { passages, talks } = await withPullQuotes();
    const onReveal = vi.fn();
    const { container } = render(<PassageList passages={passages} onReveal={onReveal} />);
    const items = [...container.querySelectorAll('.nc-passage')];
    expect(items.filter((li) => li.querySelector('.nc-passage-text')!.textContent === talks.text)).toHaveLength(1);
    expect(items).toHaveLength(new Set(passages.map((p) => p.text)).size);
    const entry = items.find((li) => li.querySelector('.nc-passage-text')!.textContent === talks.text)!;
    expect(entry.querySelector('.nc-count')!.textContent).toContain('stated 3 times on this page');
    fireEvent.click(entry.querySelector('button')!);
    expect(onReveal).toHaveBeenCalledWith(passages.findIndex((p) => p.text === talks.text));
  });

  it('are shown on the page place after place from the claim view', async () => {
    const { talks } = await withPullQuotes();
    const onReveal = vi.fn();
    render(<ClaimView passage={talks} articles={{}} onBack={() => {}} onReveal={onReveal} places={3} />);
    for (let click = 0; click < 4; click++) fireEvent.click(screen.getByRole('button', { name: 'Show on the page' }));
    expect(onReveal.mock.calls.map(([place]) => place)).toEqual([0, 1, 2, 0]);
  });

  it('are exported once, in Markdown and in JSON-LD', async () => {
    const { comparison } = await demo();
    const { passages, talks } = await withPullQuotes();
    const markdown = comparisonMarkdown(PAGE, passages, comparison);
    expect(markdown.split(`. ${markdownText(talks.text)}\n`)).toHaveLength(2);
    expect(markdown).toContain('stated 3 times on this page.');
    const graph = (comparisonJsonLd(PAGE, passages, comparison, '2025-07-24T00:00:00Z') as { '@graph': { '@type': string; claimReviewed?: string }[] })['@graph'];
    expect(graph.filter((node) => node.claimReviewed === talks.text)).toHaveLength(1);
  });
});
