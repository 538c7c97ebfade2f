// @vitest-environment happy-dom
/**
 * The panel's views rendered with real lib output: the bundled seeds indexed, the demo article
 * matched, and its comparison computed as the background computes it.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddPageButton } from '../../../components/AddPageButton';
import { ClaimView } from '../../../components/ClaimView';
import { CorpusBrowser } from '../../../components/CorpusBrowser';
import { CoverageView, NOT_ON_PAGE_SHOWN } from '../../../components/CoverageView';
import { ExportView } from '../../../components/ExportView';
import { FramingTable } from '../../../components/FramingTable';
import { HoverCard } from '../../../components/HoverCard';
import { PassageList } from '../../../components/PassageList';
import { ReprintNotice } from '../../../components/ReprintNotice';
import { Tabs } from '../../../components/Tabs';
import { articleDetail, compareWithCorpus, pageReprintNote, searchCorpus } from '../../../lib/panel/panel-corpus';
import { reprintNoteOf } from '../../../lib/panel/reprint-note';
import type { ImportResult } from '../../../lib/store/corpus-store';
import type { Report } from '../../../lib/match/types';
import { namesComparedWith } from '../../../lib/compare/names';
import { comparedPage, demo, expected, fixtureText, matchedAndCompared, passageStarting, WIRE_REPRINT_PAGE, WIRE_REPRINT_URL } from './demo';

afterEach(cleanup);

/** The texts of an element's notes (role="note"): the hover card's flags and warnings. */
const notesOf = (element: HTMLElement) => [...element.querySelectorAll('[role="note"]')].map((note) => note.textContent);

const PAGE = { url: 'http://www.independent.co.uk/world/kremlin-rejects-stalling-charge', title: 'Kremlin rejects charge' };

describe('PassageList (page summary)', () => {
  it('lists the claims in page order with their sources and copies', async () => {
    const { passages } = await demo();
    const { container } = render(<PassageList passages={passages} onReveal={() => {}} />);
    const items = [...container.querySelectorAll('.nc-passage')];
    expect(items.map((li) => li.querySelector('.nc-passage-text')!.textContent)).toEqual(passages.map((p) => p.text));
    const talks = items.find((li) => li.textContent!.startsWith('At a short round of talks'))!;
    expect(talks.querySelector('.nc-count')!.textContent).toBe('1 independent source, 1 copy');
  });

  it('gives focus back to the passage whose claim the reader came back from, once', async () => {
    const { passages } = await demo();
    const onReturned = vi.fn();
    const { container, rerender } = render(<PassageList passages={passages} onReveal={() => {}} returnedFrom={2} onReturned={onReturned} />);
    expect(document.activeElement).toBe(container.querySelectorAll('.nc-passage-text')[2]);
    expect(onReturned).toHaveBeenCalledOnce();
    // Drawn again (the comparison arrived) with nothing to return to: focus stays where the reader put it.
    (container.querySelectorAll('.nc-passage-text')[0] as HTMLElement).focus();
    rerender(<PassageList passages={passages} onReveal={() => {}} returnedFrom={null} onReturned={onReturned} />);
    expect(document.activeElement).toBe(container.querySelectorAll('.nc-passage-text')[0]);
    expect(onReturned).toHaveBeenCalledOnce();
  });

  it('says where a link is loose: page summary, hover card and claim view', async () => {
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    const loose = { ...talks, loose: true };
    // Two passages of the list (another claim's, in the same words: the same claim's would be one entry).
    const { container } = render(<PassageList passages={[talks, { ...loose, claimId: talks.claimId + 1 }]} onReveal={() => {}} />);
    expect([...container.querySelectorAll('.nc-count')].map((c) => c.textContent!.includes('loose match'))).toEqual([false, true]);
    cleanup();
    render(<HoverCard passage={loose} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    expect(notesOf(screen.getByRole('dialog'))).toContainEqual(expect.stringMatching(/^Loose match:/));
    cleanup();
    render(<HoverCard passage={talks} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    expect(notesOf(screen.getByRole('dialog'))).not.toContainEqual(expect.stringMatching(/^Loose match:/));
    cleanup();
    const { container: claim } = render(<ClaimView passage={loose} articles={{}} onBack={() => {}} onReveal={() => {}} />);
    expect(claim.querySelector('.nc-loose')!.textContent).toMatch(/^Loose match:/);
  });

  it('says a loose link in the same words is doubted for saying little, not for saying something else', async () => {
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    const [closest, ...rest] = [...talks.reports].sort((a, b) => b.score - a.score);
    const notes = (relation: Report['relation']) => {
      render(<HoverCard passage={{ ...talks, loose: true, reports: [{ ...closest, relation }, ...rest] }} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
      const said = notesOf(screen.getByRole('dialog')).find((note) => note.startsWith('Loose match:'));
      cleanup();
      return said;
    };
    expect(notes('verbatim')).toMatch(/same words, but says too little/);
    expect(notes('verbatim')).not.toMatch(/may not say the same thing/);
    expect(notes('paraphrase')).toMatch(/may not say the same thing/);
  });

  it('counts a copy whose original did not report the claim once, as a source, still marked a copy', async () => {
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    const copyAlone = { ...talks, reports: talks.reports.filter((r) => r.copyOf) };
    expect(copyAlone.reports).toHaveLength(1);
    render(<HoverCard passage={copyAlone} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const card = screen.getByRole('dialog');
    expect(card.querySelector('.nc-card-head')!.textContent).toBe('Reported by 1 other source×');
    expect(card.querySelector('.nc-sources li .nc-copy')!.textContent).toBe('Copy of another report');
    cleanup();
    const { container } = render(<PassageList passages={[copyAlone]} onReveal={() => {}} />);
    expect(container.querySelector('.nc-count')!.textContent).toBe('1 independent source');
  });

  it('says "at least" when the claim has more reports than were listed', async () => {
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    const { container } = render(<PassageList passages={[{ ...talks, moreReports: true }]} onReveal={() => {}} />);
    expect(container.querySelector('.nc-count')!.textContent).toBe('1+ independent sources, 1 copy');
    render(<HoverCard passage={{ ...talks, moreReports: true }} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    expect(screen.getByRole('dialog').querySelector('#nc-card-summary')!.textContent).toBe('Reported by 1+ other sources');
  });

  it('names a source by its outlet, or by its title where the page named none', async () => {
    const peskov = passageStarting((await demo()).passages, '"No one is stalling anything,"');
    render(<HoverCard passage={peskov} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const names = [...screen.getByRole('dialog').querySelectorAll('.nc-badge-name')].map((n) => n.textContent);
    expect(names).toContainEqual(expect.stringMatching(/^Unknown outlet: “Russia denies US claim it is "stalling"/));
    // The machine-translated rewrite has neither outlet nor headline.
    expect(names).toContain('Unknown outlet, no title');
    expect(screen.getByRole('dialog').querySelectorAll('.nc-headline')).toHaveLength(0);
    cleanup();
    const talks = passageStarting((await demo()).passages, 'At a short round of talks');
    render(<HoverCard passage={talks} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const card = screen.getByRole('dialog');
    expect([...card.querySelectorAll('.nc-badge-name')].map((n) => n.textContent)).toEqual(['Reuters']);
    // A named outlet's report also says which of its articles it is; a title-named one does not repeat it.
    expect([...card.querySelectorAll('.nc-headline')].map((n) => n.textContent)).toEqual([expect.stringContaining('POW swaps')]);
  });

  it('dates a report whose article gives its publication time, on the card and in the panel', async () => {
    const { passages, comparison } = await demo();
    const talks = passageStarting(passages, 'At a short round of talks');
    // The Reuters original dated, its Guardian copy with a date that does not parse.
    const dated = { ...talks, reports: talks.reports.map((r) => ({ ...r, published: r.copyOf ? 'not a date' : '2025-07-23T14:05:00Z' })) };
    render(<HoverCard passage={dated} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const dates = [...screen.getByRole('dialog').querySelectorAll('time.nc-date')];
    expect(dates.map((t) => [t.textContent, t.getAttribute('datetime')])).toEqual([[' · 23 Jul 2025', '2025-07-23T14:05:00Z']]);
    cleanup();
    const { container } = render(<ClaimView passage={dated} articles={comparison.articles} onBack={() => {}} onReveal={() => {}} />);
    const [first, second] = [...container.querySelectorAll('.nc-report')];
    expect(first.querySelector('time.nc-time')!.textContent).toBe('23 Jul 2025');
    // No usable date: the saved page's relative time, said to be one.
    expect(second.querySelector('.nc-time')!.textContent).toBe('26 minutes ago when saved');
  });

  it('reveals and opens the claim that is clicked, and moves with the arrow keys', async () => {
    const { passages } = await demo();
    const onReveal = vi.fn();
    const onSelect = vi.fn();
    render(<PassageList passages={passages} onReveal={onReveal} onSelect={onSelect} />);
    const buttons = screen.getAllByRole('button');
    fireEvent.click(buttons[2]);
    expect(onReveal).toHaveBeenCalledWith(2);
    expect(onSelect).toHaveBeenCalledWith(2);
    buttons[0].focus();
    fireEvent.keyDown(buttons[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });
});

/** A demo passage given other words, with one report in other words again. */
async function reworded(text: string, reportSentence: string) {
  const talks = passageStarting((await demo()).passages, 'At a short round of talks');
  return { ...talks, text, reports: [{ ...talks.reports[0], ...rewordedReport(text, reportSentence), relation: 'paraphrase' as const, copyOf: null }] };
}

/** A report's sentence with the names it and the page's `text` give that the other does not, as the background finds them when it matches the page. */
function rewordedReport(text: string, sentence: string): Pick<Report, 'sentence' | 'names'> {
  return { sentence, names: namesComparedWith(text)(sentence) };
}

describe('ClaimView', () => {
  it('shows each report as a card: outlet badge, title, time, marked differences, copy flag', async () => {
    const { passages, comparison } = await demo();
    const { container } = render(
      <ClaimView passage={passageStarting(passages, 'At a short round of talks')} articles={comparison.articles} onBack={() => {}} onReveal={() => {}} />,
    );
    const [reuters, guardian] = [...container.querySelectorAll('.nc-report')];
    expect(reuters.querySelector('.nc-badge')!.textContent).toBe('Reuterswire agency, GB');
    expect(reuters.querySelector('.nc-report-title')!.textContent).toContain('POW swaps');
    // The seed page's relative time counts from when it was saved.
    expect(reuters.querySelector('.nc-time')!.textContent).toBe('2 hours ago when saved');
    expect([...reuters.querySelectorAll('ins')].some((e) => e.textContent!.includes('prisoner swaps'))).toBe(true);
    expect([...reuters.querySelectorAll('del')].some((e) => e.textContent!.includes('prisoner exchanges'))).toBe(true);
    expect(guardian.classList.contains('nc-report-copy')).toBe(true);
    expect(guardian.querySelector('.nc-flag-copy')!.textContent).toBe('Copy of Reuters (found on Daily8)');
  });

  it('says once that a quote is worded differently', async () => {
    const { passages, comparison } = await demo();
    const { container } = render(
      <ClaimView passage={passageStarting(passages, '"No one is stalling')} articles={comparison.articles} onBack={() => {}} onReveal={() => {}} />,
    );
    // The relation label says it, once per card; a flag beside it said it a second time.
    const cards = [...container.querySelectorAll('.nc-report')];
    const flagged = cards.filter((card) => card.querySelector('.nc-relation-different-quote'));
    expect(flagged.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.textContent!.match(/worded differently/gi) ?? []).toHaveLength(flagged.includes(card) ? 1 : 0);
  });

  it('shows both figures of a report that gives another figure: claim view and hover card', async () => {
    const { passages, comparison } = await demo();
    const talks = passageStarting(passages, 'At a short round of talks');
    // The Reuters original gives another figure; its Guardian copy does not.
    const reports = talks.reports.map((r) => (r.copyOf ? r : { ...r, relation: 'different-figure' as const, figures: [['1,200', '1,000']] as [string, string][] }));
    const conflict = { ...talks, reports };
    const { container } = render(<ClaimView passage={conflict} articles={comparison.articles} onBack={() => {}} onReveal={() => {}} />);
    expect([...container.querySelectorAll('.nc-flag-figure')].map((f) => f.textContent)).toEqual(['Different figure: 1,200 on this page, 1,000 here']);
    cleanup();
    render(<HoverCard passage={conflict} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const sources = [...screen.getByRole('dialog').querySelectorAll('.nc-sources > li')];
    expect(sources.map((li) => [li.querySelector('.nc-badge-name')!.textContent, li.querySelector('.nc-figure')?.textContent])).toEqual([
      ['Reuters', 'Different figure: 1,200 on this page, 1,000 here'],
    ]);
  });

  it('flags a report that tells the same thing of other people or places: claim view, hover card and page summary', async () => {
    const passage = await reworded('Zelensky will meet Putin in Istanbul on Friday, his office said.', 'Zelensky will meet Trump in Washington on Friday, his office said.');
    const { container } = render(<ClaimView passage={passage} articles={{}} onBack={() => {}} onReveal={() => {}} />);
    expect(container.querySelector('.nc-flag-names')!.textContent).toBe('Other names: Putin, Istanbul on this page; Trump, Washington here');
    cleanup();
    render(<HoverCard passage={passage} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const card = screen.getByRole('dialog');
    expect(notesOf(card)).toContain('Some sources name other people or places.');
    expect(card.querySelector('.nc-names')!.textContent).toBe('Other names: Trump, Washington (this page: Putin, Istanbul)');
    cleanup();
    const { container: list } = render(<PassageList passages={[passage]} onReveal={() => {}} />);
    expect(list.querySelector('.nc-count')!.textContent).toBe('1 independent source · other names');
  });

  it('flags other names on the hover card and the page summary alike, for a source the card does not list', async () => {
    const passage = await reworded('Zelensky will meet Putin in Istanbul on Friday, his office said.', 'Zelensky will meet Putin in Istanbul on Friday, his office said.');
    const same = passage.reports[0];
    const reports = [0.9, 0.85, 0.8, 0.75].map((score, i) => ({ ...same, sentenceId: 100 + i, articleId: `same-${i}`, score }));
    const other = { ...same, sentenceId: 200, articleId: 'other', score: 0.5, ...rewordedReport(passage.text, 'Zelensky will meet Trump in Washington on Friday, his office said.') };
    const fiveSources = { ...passage, reports: [...reports, other] };
    render(<HoverCard passage={fiveSources} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const card = screen.getByRole('dialog');
    expect(card.querySelectorAll('.nc-sources li')).toHaveLength(4);
    expect(card.querySelector('.nc-names')).toBeNull();
    expect(notesOf(card)).toContain('Some sources name other people or places.');
    cleanup();
    const { container: list } = render(<PassageList passages={[fiveSources]} onReveal={() => {}} />);
    expect(list.querySelector('.nc-count')!.textContent).toContain('other names');
  });

  it('raises no names flag on the hover card or the page summary when the sources name the same people', async () => {
    const passage = await reworded('Zelenskiy will meet Putin in Istanbul on Friday.', 'President Zelensky is to meet Vladimir Putin in Istanbul on Friday, Reuters reported.');
    render(<HoverCard passage={passage} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    const card = screen.getByRole('dialog');
    expect(card.querySelector('.nc-names')).toBeNull();
    expect(notesOf(card)).not.toContain('Some sources name other people or places.');
    cleanup();
    const { container: list } = render(<PassageList passages={[passage]} onReveal={() => {}} />);
    expect(list.querySelector('.nc-count')!.textContent).not.toContain('other names');
  });

  it('goes back and shows the passage on the page on request', async () => {
    const { passages, comparison } = await demo();
    const onBack = vi.fn();
    const onReveal = vi.fn();
    render(<ClaimView passage={passages[0]} articles={comparison.articles} onBack={onBack} onReveal={onReveal} />);
    fireEvent.click(screen.getByRole('button', { name: '← All claims' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show on the page' }));
    expect(onBack).toHaveBeenCalledOnce();
    expect(onReveal).toHaveBeenCalledOnce();
  });
});

describe('CoverageView', () => {
  it('lists the left-out claims, the most carried first, and all of them on request', async () => {
    const { comparison } = await demo();
    const { container } = render(<CoverageView comparison={comparison} />);
    const lines = () => [...container.querySelectorAll('.nc-not-on-page .nc-claim-line')].map((e) => e.textContent);
    expect(lines()).toHaveLength(NOT_ON_PAGE_SHOWN);
    expect(lines()).not.toContain('Ukraine says it wants an immediate and much longer ceasefire.');
    fireEvent.click(screen.getByRole('button', { name: `Show all ${comparison.coverage.notOnPage.length}` }));
    expect(lines()).toContain('Ukraine says it wants an immediate and much longer ceasefire.');
    for (const sentence of expected.reported) expect(lines()).not.toContain(sentence);
  });

  it('shows a left-out line that leans on the sentence before it with that sentence, set apart', async () => {
    const { comparison } = await demo();
    const { container } = render(<CoverageView comparison={comparison} />);
    fireEvent.click(screen.getByRole('button', { name: `Show all ${comparison.coverage.notOnPage.length}` }));
    const items = [...container.querySelectorAll('.nc-not-on-page li')];
    const item = (start: string) => items.find((li) => li.querySelector('.nc-claim-line')!.textContent!.startsWith(start))!;
    const context = item('He said Ukraine had proposed').querySelector('.nc-context')!;
    expect(context.textContent).toMatch(/Rustem Umerov said after talks/);
    // Read before the line, and named as context for a screen reader.
    expect(context.compareDocumentPosition(item('He said Ukraine had proposed').querySelector('.nc-claim-line')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(context.textContent).toMatch(/^After: /);
    expect(item('Ukraine says it wants').querySelector('.nc-context')).toBeNull();
    // A quotation the line closes, from where it opens.
    expect(item('If their legal parents').querySelector('.nc-context')!.textContent)
      .toBe('After: "Some of the children have already been returned back to Ukraine. Work is under way on the rest.');
  });

  it('marks a left-out line’s context that starts inside a longer quotation with “…”', async () => {
    const { comparison } = await demo();
    const [first, ...rest] = comparison.coverage.notOnPage;
    const cut = { ...first, before: { sentences: ['Three.', 'Four.', 'Five.'], opensEarlier: true } };
    const { container } = render(<CoverageView comparison={{ ...comparison, coverage: { ...comparison.coverage, notOnPage: [cut, ...rest] } }} />);
    expect(container.querySelector('.nc-not-on-page li .nc-context')!.textContent).toBe('After: … Three. Four. Five.');
  });

  it('draws the outlet × claim matrix with the page’s claims first and copies marked', async () => {
    const { comparison, passages } = await demo();
    const { container } = render(<CoverageView comparison={comparison} />);
    const table = container.querySelector('.nc-matrix')!;
    expect(table.querySelectorAll('thead th')).toHaveLength(comparison.coverage.columns.length + 1);
    const rows = [...table.querySelectorAll('tbody tr')];
    const pageClaims = new Set(passages.map((p) => p.claimId)).size;
    expect(rows.slice(0, pageClaims).every((r) => r.classList.contains('nc-on-page'))).toBe(true);
    expect(rows[pageClaims].classList.contains('nc-on-page')).toBe(false);
    const talks = rows.find((r) => r.querySelector('.nc-row-text')!.textContent!.startsWith('At a short round of talks'))!;
    expect([...talks.querySelectorAll('td')].map((td) => td.textContent).filter(Boolean)).toEqual(['●', '◦']);
    expect(container.querySelector('.nc-legend')!.textContent).toMatch(/copy of Reuters/);
  });

  it('shows a sentence the page states with other figures, with both figures', async () => {
    const { corpus, passages, pageText } = await demo();
    const unlinked = passages.filter((p) => p.text !== expected.differentFigure);
    const { container } = render(<CoverageView comparison={await compareWithCorpus(corpus, unlinked, comparedPage(pageText))} />);
    const item = container.querySelector('.nc-other-figures li')!;
    expect(item.querySelector('.nc-page-wording')!.textContent).toBe(expected.differentFigure);
    expect(item.querySelector('.nc-flag')!.textContent).toBe('Different figure: 6,297 on this page, 5,438 in other sources');
    // In the matrix it is on the page, with another figure, under a mark of its own that the key explains.
    const row = [...container.querySelectorAll('.nc-matrix tbody tr')].find((r) => r.querySelector('.nc-row-text')!.textContent!.includes('5,438 drones'))!;
    const mark = row.querySelector('.nc-row-mark')!;
    expect(mark.getAttribute('aria-label')).toBe('on this page with other figures');
    expect(mark.textContent).not.toMatch(/[▶○]/);
    expect(container.querySelector('.nc-matrix-wrap > .nc-hint')!.textContent).toContain(`${mark.textContent} on this page with other figures`);
  });
});

describe('FramingTable', () => {
  it('shows the words of the page and of each source for the same things', async () => {
    const { comparison } = await demo();
    render(<FramingTable framing={comparison.framing} articles={comparison.articles} />);
    const rows = screen.getAllByRole('row');
    const header = within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header).toEqual(['Source', ...comparison.framing.concepts]);
    const capital = header.indexOf('capital of Ukraine');
    const rt = rows.find((r) => within(r).queryByRole('rowheader')?.textContent === 'RT')!;
    expect(within(rt).getAllByRole('cell')[capital - 1].textContent).toBe('Kiev ×9');
    const page = rows.find((r) => within(r).queryByRole('rowheader')?.textContent === 'This page')!;
    expect(within(page).getAllByRole('cell')[capital - 1].textContent).toBe('Kyiv');
  });

  it('puts the wide tables in named regions a keyboard can scroll', async () => {
    const { comparison } = await demo();
    render(<FramingTable framing={comparison.framing} articles={comparison.articles} />);
    expect(screen.getByRole('region', { name: 'Framing table' }).tabIndex).toBe(0);
    cleanup();
    render(<CoverageView comparison={comparison} />);
    expect(screen.getByRole('region', { name: 'Who reported what, by source' }).tabIndex).toBe(0);
  });

  it("says which row is a copy, kept for the words it changed", async () => {
    const { comparison } = await demo();
    render(<FramingTable framing={comparison.framing} articles={comparison.articles} />);
    const headers = screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(headers).toContain('The Guardian copy of Reuters');
  });
});

describe('ReprintNotice', () => {
  it('tells a paper’s page running the Reuters story that it reprints it, naming the story and its outlet', async () => {
    const { comparison } = await matchedAndCompared(fixtureText(WIRE_REPRINT_PAGE), WIRE_REPRINT_URL);
    const { container } = render(<ReprintNotice note={reprintNoteOf(comparison)} />);
    expect(container.textContent).toBe('This page reprints “Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders\' meeting” (Reuters).');
  });

  it('tells the agency’s own page that the corpus holds a copy of it', async () => {
    const { comparison } = await matchedAndCompared(fixtureText(WIRE_REPRINT_PAGE), 'https://www.reuters.com/world/europe/russia-ukraine-pow-swaps');
    const { container } = render(<ReprintNotice note={reprintNoteOf(comparison)} />);
    expect(container.textContent).toBe('The corpus holds a copy of this page: “Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders\' meeting” (Reuters).');
  });

  it('is told to the hover card as the panel tells it', async () => {
    const { corpus } = await demo();
    const text = fixtureText(WIRE_REPRINT_PAGE);
    const { passages, comparison } = await matchedAndCompared(text, WIRE_REPRINT_URL);
    const note = await pageReprintNote(corpus, passages, comparedPage(text, WIRE_REPRINT_URL));
    expect(note).not.toBeNull();
    expect(note).toEqual(reprintNoteOf(comparison));
    render(<HoverCard passage={passages[0]} reprint={note} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    expect(screen.getByRole('dialog').querySelector('.nc-reprint')!.textContent)
      .toBe('This page reprints “Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders\' meeting” (Reuters).');
  });

  it('says nothing to the hover card on a page that is no reprint', async () => {
    const { corpus, passages, pageText } = await demo();
    const note = await pageReprintNote(corpus, passages, comparedPage(pageText));
    expect(note).toBeNull();
    render(<HoverCard passage={passages[0]} reprint={note} onCompare={() => {}} panelHint={null} onClose={() => {}} />);
    expect(screen.getByRole('dialog').querySelector('.nc-reprint')).toBeNull();
  });

  it('says nothing on a page that is no reprint', async () => {
    const { container } = render(<ReprintNotice note={reprintNoteOf((await demo()).comparison)} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('CorpusBrowser', () => {
  it('searches claims, opens an article with its shared sentences marked, and links to import and export', async () => {
    const { corpus } = await demo();
    const onManageCorpus = vi.fn();
    const { container } = render(
      <CorpusBrowser search={(q) => searchCorpus(corpus, q)} openArticle={(id) => articleDetail(corpus, id)} onManageCorpus={onManageCorpus} />,
    );
    fireEvent.input(screen.getByLabelText('Search the corpus'), { target: { value: 'much longer ceasefire' } });
    await waitFor(() => expect(container.querySelector('.nc-claim-hits')).not.toBeNull());
    // Reuters' wire story and the Guardian's reprint of it: one source, the copy after its original.
    const hit = container.querySelector('.nc-claim-hits li')!;
    expect(hit.querySelector('.nc-count')!.textContent).toBe(' 1 independent source, 1 copy: ');
    expect([...hit.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Reuters', 'The Guardian']);
    expect(hit.querySelector('.nc-copy')!.textContent).toBe(' (copy)');
    fireEvent.click(screen.getByRole('button', { name: 'The Guardian' }));
    await waitFor(() => expect(container.querySelector('.nc-article')).not.toBeNull());
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Russia and Ukraine agree new POW swaps but no progress on ceasefire talks');
    // Every sentence of the reprint is Reuters' too: its original, not another source.
    expect(container.querySelector('.nc-article .nc-copy')!.textContent).toBe('Copy of Reuters');
    expect(container.querySelectorAll('mark.nc-shared')).toHaveLength(0);
    expect(container.querySelector('.nc-article-hint')!.textContent).toBe(
      '0 of 23 sentences report a claim other sources also carry (marked). 1 other article prints the same story: it is not counted as another source.',
    );
    fireEvent.click(screen.getByRole('button', { name: '← Search results' }));
    // Back on the very button that opened the article, not at the top of the panel.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('The Guardian'));
    expect(document.activeElement!.closest('.nc-claim-hits')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Import or export articles…' }));
    expect(onManageCorpus).toHaveBeenCalledOnce();
  });

  it('marks in ABC’s report only what another source carries, not what its Daily8 reprint prints again', async () => {
    const { corpus } = await demo();
    const { container } = render(<CorpusBrowser search={(q) => searchCorpus(corpus, q)} openArticle={(id) => articleDetail(corpus, id)} onManageCorpus={() => {}} />);
    fireEvent.input(screen.getByLabelText('Search the corpus'), { target: { value: 'Kellogg accusation' } });
    await waitFor(() => expect(container.querySelector('.nc-claim-hits')).not.toBeNull());
    // ABC's report first, its reprint after it.
    fireEvent.click(container.querySelector<HTMLButtonElement>('.nc-claim-hits li button')!);
    await waitFor(() => expect(container.querySelector('.nc-article')).not.toBeNull());
    expect(container.querySelector('.nc-article .nc-copy')).toBeNull();
    const marks = [...container.querySelectorAll('mark.nc-shared')];
    expect(marks.map((m) => m.textContent!.slice(0, 30))).toEqual([
      '“No one is delaying anything h',
      '“We are naturally in favour of',
      'On Tuesday, the Russian-backed',
      'Ukraine says that Russia’s cla',
    ]);
    expect(marks.map((m) => m.getAttribute('title'))).toEqual(Array(4).fill('Also reported by 1 other source'));
    expect(container.querySelector('.nc-article-hint')!.textContent).toMatch(/^4 of 35 sentences report a claim other sources also carry \(marked\)\. 1 other article prints the same story/);
  });

  it('says so when nothing matches, and shows a failed search as an error', async () => {
    const { corpus } = await demo();
    const { container, rerender } = render(
      <CorpusBrowser search={(q) => searchCorpus(corpus, q)} openArticle={(id) => articleDetail(corpus, id)} onManageCorpus={() => {}} />,
    );
    fireEvent.input(screen.getByLabelText('Search the corpus'), { target: { value: 'zzzqqq' } });
    await waitFor(() => expect(container.textContent).toContain('No claim has these words.'));
    const failing = () => Promise.reject(new Error('searchCorpus: the database is closed'));
    rerender(<CorpusBrowser search={failing} openArticle={(id) => articleDetail(corpus, id)} onManageCorpus={() => {}} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('searchCorpus: the database is closed'));
  });
});

describe('ExportView', () => {
  it('previews the Markdown and the JSON-LD and offers each as a download', async () => {
    const { passages, comparison } = await demo();
    const { container } = render(<ExportView page={PAGE} passages={passages} comparison={comparison} exportedAt="2025-07-02T10:00:00.000Z" />);
    const markdown = (container.querySelector('#nc-export-markdown') as HTMLTextAreaElement).value;
    expect(markdown).toMatch(/^# How other sources reported: Kremlin rejects charge/);
    expect(markdown).toContain('## Not on this page');
    const jsonLd = JSON.parse((container.querySelector('#nc-export-jsonld') as HTMLTextAreaElement).value);
    expect(jsonLd['@context']).toBe('https://schema.org');
    const link = container.querySelector('#nc-export-markdown-download') as HTMLAnchorElement;
    expect(link.getAttribute('download')).toBe('comparison.md');
    expect(decodeURIComponent(link.href.replace('data:text/markdown;charset=utf-8,', ''))).toBe(markdown);
  });
});

describe('AddPageButton', () => {
  const NOTHING_NEW: ImportResult = { added: [], duplicates: [], copies: {}, storedCopies: {} };

  it('says it is adding, ignores a second click meanwhile, then says the page was added', async () => {
    let finish: (result: ImportResult) => void = () => {};
    const add = vi.fn(() => new Promise<ImportResult>((resolve) => (finish = resolve)));
    const onManage = vi.fn();
    render(<AddPageButton add={add} onManage={onManage} />);
    const button = screen.getByRole('button', { name: 'Add this page to my corpus' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Adding…'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    finish({ ...NOTHING_NEW, added: ['user:1'] });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Added to your corpus/));
    expect(add).toHaveBeenCalledTimes(1);
    // Never disabled: keyboard focus is not stranded on it.
    expect((button as HTMLButtonElement).disabled).toBe(false);
    // Where the article can be removed again.
    fireEvent.click(screen.getByRole('button', { name: 'Manage your articles' }));
    expect(onManage).toHaveBeenCalledTimes(1);
  });

  it('says when the page was already there, and why it could not be added', async () => {
    render(<AddPageButton onManage={() => {}} add={async () => ({ ...NOTHING_NEW, duplicates: [{ title: 'b', reason: 'same url' as const, existingId: 'user:2', inThisImport: false }] })} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('This page is already in your corpus.'));
    cleanup();
    render(<AddPageButton onManage={() => {}} add={async () => Promise.reject(new Error('This page has not been read as an article yet.'))} />);
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The page could not be added: This page has not been read as an article yet.'));
  });
});

describe('Tabs', () => {
  it('selects with the arrow keys and keeps only the selected tab in the Tab order', () => {
    const onSelect = vi.fn();
    const tabs = [
      { key: 'page', label: 'Claims' },
      { key: 'coverage', label: 'Coverage' },
    ];
    render(
      <Tabs tabs={tabs} selected="page" onSelect={onSelect}>
        <p>content</p>
      </Tabs>,
    );
    const [claims, coverage] = screen.getAllByRole('tab');
    expect(claims.getAttribute('aria-selected')).toBe('true');
    expect(coverage.tabIndex).toBe(-1);
    claims.focus();
    fireEvent.keyDown(claims, { key: 'ArrowRight' });
    expect(onSelect).toHaveBeenCalledWith('coverage');
    expect(screen.getByRole('tabpanel').querySelector('p')!.textContent).toBe('content');
  });

  it("heads the selected view with its tab's name, for a screen reader's list of headings", () => {
    const tabs = [
      { key: 'page', label: 'Claims' },
      { key: 'framing', label: 'Framing' },
    ];
    render(
      <Tabs tabs={tabs} selected="framing" onSelect={() => {}}>
        <p>content</p>
      </Tabs>,
    );
    expect(within(screen.getByRole('tabpanel')).getByRole('heading', { level: 2 }).textContent).toBe('Framing');
  });
});
