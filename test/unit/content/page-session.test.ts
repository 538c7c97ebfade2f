// @vitest-environment happy-dom
/**
 * The content script's page session against a stand-in background: a failed analysis leaves
 * the page unmarked and tells the background why, so the tab's state does not stay
 * 'analyzing'; a page that grows sends only its new paragraphs, marked as not the whole article;
 * a change to the corpus has the whole page matched again, also when it comes mid-analysis; a
 * body swapped in for the old one is read as a new page; the passages follow the page's theme,
 * wherever the site switches it, and a card opens in the colours the page has when it opens.
 * Each test's sessions are switched off after it (their settings turned off), as a site would be.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession } from '@/entrypoints/content/page-session';
import type { Relation, Report } from '@/lib/match/types';
import type { ArticleInfo, ReprintNote } from '@/lib/panel/types';
import { HIGHLIGHT_ACTIVE, HIGHLIGHT_REPORTED, highlightName } from '@/entrypoints/content/highlight-names';
import { recordShadowRoots } from './closed-roots';
import { trusted } from './trusted-events';

const PARAGRAPHS = [
  'Russian and Ukrainian delegations met in Istanbul on Wednesday for a brief round of peace talks and agreed on further prisoner swaps.',
  'The talks lasted just 40 minutes, even shorter than the two previous rounds on May 16 and June 2, which together lasted under three hours.',
  'Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war from each side, and to hand over the bodies of dead soldiers.',
  'Ukraine said it had proposed a meeting of the two presidents before the end of August, within the deadline set by the US president for a deal.',
];
const ARTICLE = `<article><h1>Talks stall</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;

/** Another story, on the page a Turbo-style navigation brings in. */
const NEXT_PARAGRAPHS = [
  "Halvik's port authority will shut the northern container terminal for six months from September so engineers can replace its quay wall.",
  'Chief executive Marta Lindqvist said the port would lose about a third of its container capacity while the works go on through the winter.',
  'The quay wall, built in 1968, was found last year to be sinking by up to four centimetres a year after a survey by divers and sonar crews.',
  'Repairing the wall will cost an estimated 84 million euros, of which the national infrastructure fund has agreed to pay half, the port said.',
];
const NEXT_ARTICLE = `<main><article><h1>Port terminal to close</h1>${NEXT_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></main>`;
const NEXT_LATE = 'Update: the port said on Friday that ferry services to the islands would not be affected by the closure of the terminal.';

type Ask = ConstructorParameters<typeof PageSession>[0];

/** happy-dom has no CSS Custom Highlight API: a stand-in that keeps what is painted, under which name. */
function stubHighlights() {
  const painted = new Map<string, Set<Range>>();
  vi.stubGlobal('CSS', { highlights: { set: (name: string, ranges: Set<Range>) => painted.set(name, ranges), delete: (name: string) => painted.delete(name) } });
  vi.stubGlobal('Highlight', class extends Set<Range> { priority = 0; constructor(...ranges: Range[]) { super(ranges); } });
  return {
    /** Each passage's text, by registry name, for the names that hold any. */
    under: () => [...painted].filter(([, ranges]) => ranges.size > 0).map(([name, ranges]) => [name, [...ranges].map(String)]),
    texts: () => [...painted.values()].flatMap((ranges) => [...ranges].map(String)),
  };
}

/**
 * A stand-in background that reports these sentences wherever a page's text has them, each by
 * `reportsOf` it (by none: a passage's reports only matter to the card), and answers that the
 * page reprints `reprint` (by default, none).
 */
function reporting(sentences: string[], hold: () => Promise<void> | null = () => null, { reportsOf = () => [], reprint = null }: { reportsOf?: (sentence: string) => Report[]; reprint?: ReprintNote | null } = {}) {
  return vi.fn(async (type: string, payload: { text: string }) => {
    if (type === 'getSettings') return { enabled: true, sitePaused: false };
    if (type === 'getPageReprint') return reprint;
    if (type !== 'analyzePage') return { ok: true };
    await hold();
    const found = sentences.filter((sentence) => payload.text.includes(sentence));
    return {
      passages: found.map((text) => {
        const start = payload.text.indexOf(text);
        return { text, start, end: start + text.length, claimId: sentences.indexOf(text), score: 0.9, reports: reportsOf(text), moreReports: false, loose: false };
      }),
    };
  });
}

/** `articleId`'s report of a page sentence, in `relation` to it. */
function reportBy(articleId: string, relation: Relation): (sentence: string) => Report[] {
  return (sentence) => [{ sentenceId: sentence.length, articleId, outlet: 'Wire', title: 'Talks stall', sentence, score: 0.95, relation, figures: [], copyOf: null, published: null, names: null }];
}

/** The page's own style: happy-dom leaves initial backgrounds empty, so the first rule stands in for the browser's. */
const PAGE_STYLE = '<meta property="og:type" content="article"><style>* { background-color: transparent; } .dark { background-color: rgb(18, 18, 18); color: rgb(221, 221, 221); }</style>';

/** Sessions of the test under way; switched off after it, so their watchers leave later tests alone. */
const sessions: PageSession[] = [];
let switchingOff = false;

function startSession(ask: (type: string, payload: never) => Promise<unknown>): PageSession {
  const settingsOr = (type: string, payload: never) =>
    switchingOff && type === 'getSettings' ? Promise.resolve({ enabled: false, sitePaused: false }) : ask(type, payload);
  const session = new PageSession(settingsOr as unknown as Ask);
  sessions.push(session);
  return session;
}

afterEach(async () => {
  switchingOff = true;
  for (const session of sessions.splice(0)) await session.applySettings();
  switchingOff = false;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.body.removeAttribute('class');
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
});

describe('PageSession', () => {
  it('reports a failed analysis to the background with the reason', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    const calls: { type: string; payload: unknown }[] = [];
    const ask = vi.fn(async (type: string, payload: unknown) => {
      calls.push({ type, payload });
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type === 'analyzePage') throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true };
    });
    const session = startSession(ask);
    await session.applySettings();
    await expect(session.analyze()).rejects.toThrow(/Receiving end/);
    const failed = calls.find((call) => call.type === 'analysisFailed');
    expect(failed?.payload).toMatchObject({ url: location.href, error: expect.stringMatching(/Receiving end does not exist/) });
    expect(document.querySelectorAll('mark, [data-nc]').length).toBe(0);
  });

  it('sends the whole article first, with a repeated paragraph once, then only paragraphs added later, marked as such', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    // The same line twice, as pages repeat a pull quote.
    document.body.innerHTML = ARTICLE.replace('</article>', `<p>${PARAGRAPHS[1]}</p></article>`);
    const sent: { text: string; whole: boolean }[] = [];
    const ask = vi.fn(async (type: string, payload: { text: string; whole: boolean }) => {
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type === 'analyzePage') {
        sent.push(payload);
        return { passages: [] };
      }
      return { ok: true };
    });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    const late = 'A late entry: the delegations agreed to meet again in Istanbul within two weeks, a Turkish official said.';
    document.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>${late}</p>`);
    await session.analyze();
    expect(sent.map((s) => s.whole)).toEqual([true, false]);
    for (const paragraph of PARAGRAPHS) expect(sent[0].text).toContain(paragraph);
    expect(sent[1].text).toBe(late);
  });

  it('matches the whole page again when the corpus changed, also when the change comes while a match is under way', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    // happy-dom has no CSS Custom Highlight API: a stand-in that keeps what is painted.
    const painted = new Map<string, Set<Range>>();
    const everPainted = new Set<string>();
    const highlights = {
      set: (name: string, ranges: Set<Range>) => {
        for (const range of ranges) everPainted.add(range.toString());
        return painted.set(name, ranges);
      },
      delete: (name: string) => painted.delete(name),
    };
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal('Highlight', class extends Set<Range> { constructor(...ranges: Range[]) { super(ranges); } });
    const paintedTexts = () => [...painted.values()].flatMap((ranges) => [...ranges].map((range) => range.toString()));

    /** The corpus as the stand-in background knows it: the last paragraph is reported only after the change. */
    let corpusChanged = false;
    let release: () => void = () => undefined;
    const sent: { whole: boolean; afterChange: boolean }[] = [];
    const ask = vi.fn(async (type: string, payload: { text: string; whole: boolean }) => {
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type !== 'analyzePage') return { ok: true };
      const afterChange = corpusChanged;
      sent.push({ whole: payload.whole, afterChange });
      // The first answer is held back until the test releases it: the change arrives meanwhile.
      if (sent.length === 1) await new Promise<void>((resolve) => (release = resolve));
      const reported = afterChange ? PARAGRAPHS[3] : PARAGRAPHS[0];
      const start = payload.text.indexOf(reported);
      return { passages: [{ text: reported, start, end: start + reported.length, claimId: 1, score: 0.9, reports: [], moreReports: false, loose: false }] };
    });
    const session = startSession(ask);
    await session.applySettings();
    const first = session.analyze();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    corpusChanged = true;
    expect(session.rematch()).toBe(true);
    release();
    await first;
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    // The answer from before the change was not kept for any paragraph: the whole page was sent again.
    expect(sent).toEqual([{ whole: true, afterChange: false }, { whole: true, afterChange: true }]);
    await vi.waitFor(() => expect(paintedTexts()).toEqual([PARAGRAPHS[3]]));
    expect((await session.analyze()).map((p) => p.text)).toEqual([PARAGRAPHS[3]]);
    expect(sent).toHaveLength(2);
    // Not even for a moment: the answer from before the change was dropped, not painted.
    expect([...everPainted]).toEqual([PARAGRAPHS[3]]);

    // Another change, with nothing new on the page, still has it matched whole again.
    session.rematch();
    await vi.waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]).toEqual({ whole: true, afterChange: true });
  });

  it('paints a passage in the colours of the page where it is, and again when the page turns light', async () => {
    // happy-dom leaves initial backgrounds empty: the first style stands in for the browser's.
    document.head.innerHTML = '<meta property="og:type" content="article"><style>* { background-color: transparent; }</style>';
    document.body.innerHTML = ARTICLE;
    document.body.style.backgroundColor = 'rgb(18, 18, 18)';
    document.body.style.color = 'rgb(221, 221, 221)';
    const painted = new Map<string, Set<Range>>();
    vi.stubGlobal('CSS', { highlights: { set: (name: string, ranges: Set<Range>) => painted.set(name, ranges), delete: (name: string) => painted.delete(name) } });
    vi.stubGlobal('Highlight', class extends Set<Range> { constructor(...ranges: Range[]) { super(ranges); } });
    const paintedUnder = () => [...painted].filter(([, ranges]) => ranges.size > 0).map(([name, ranges]) => [name, [...ranges].map(String)]);
    const ask = vi.fn(async (type: string, payload: { text: string }) => {
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type !== 'analyzePage') return { ok: true };
      const start = payload.text.indexOf(PARAGRAPHS[1]);
      return { passages: [{ text: PARAGRAPHS[1], start, end: start + PARAGRAPHS[1].length, claimId: 1, score: 0.9, reports: [], moreReports: false, loose: false }] };
    });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    expect(paintedUnder()).toEqual([['news-context-reported-on-dark', [PARAGRAPHS[1]]]]);

    // The site's own theme switch: nothing in the article changes.
    document.body.style.backgroundColor = 'rgb(255, 255, 255)';
    document.body.style.color = 'rgb(18, 18, 18)';
    await vi.waitFor(() => expect(paintedUnder()).toEqual([['news-context-reported', [PARAGRAPHS[1]]]]));
    expect(ask.mock.calls.filter(([type]) => type === 'analyzePage')).toHaveLength(1);
  });

  it('reads a page that does not look like an article when the reader asks (the toolbar button), at that address only; says when there is no prose to read', async () => {
    document.head.innerHTML = '<meta property="og:type" content="website">';
    // Short lines in a box that declares nothing: not read as an article by itself.
    document.body.innerHTML = `<div class="app">${PARAGRAPHS.map((p) => `<p>${p.slice(0, 120)}</p>`).join('')}</div>`;
    const calls: { type: string; payload: { reason?: string; text?: string } }[] = [];
    const ask = vi.fn(async (type: string, payload: { reason?: string; text?: string }) => {
      calls.push({ type, payload });
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type === 'analyzePage') return { passages: [] };
      return { ok: true };
    });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    const kinds = () => calls.map((call) => (call.type === 'pageSkipped' ? `skipped:${call.payload.reason}` : call.type)).filter((k) => k !== 'getSettings');
    expect(kinds()).toEqual(['skipped:not-article']);

    await session.analyze({ readAnyway: true });
    expect(kinds()).toContain('analyzePage');
    expect(calls.find((call) => call.type === 'analyzePage')!.payload.text).toContain(PARAGRAPHS[2].slice(0, 120).trim());

    // An in-page anchor is the same page: still read.
    const analyzed = calls.filter((call) => call.type === 'analyzePage').length;
    document.querySelector('.app')!.insertAdjacentHTML('beforeend', `<p>${PARAGRAPHS[0].slice(0, 100)} (updated)</p>`);
    history.pushState({}, '', '#update-2');
    await session.analyze();
    expect(calls.filter((call) => call.type === 'analyzePage').length).toBe(analyzed + 1);

    // Asked to read a page with no prose at all (only links): said so, not "not an article" again.
    const app = document.body.innerHTML;
    document.body.innerHTML = `<ul>${PARAGRAPHS.map((p, i) => `<li><a href="/a${i}">${p}</a></li>`).join('')}</ul>`;
    await session.analyze({ readAnyway: true });
    expect(kinds().at(-1)).toBe('skipped:no-text');
    document.body.innerHTML = app;
    await session.analyze();

    // Another address on the same tab (a single-page site navigating): read only if it looks like an article.
    history.pushState({}, '', '/another-page');
    await session.analyze();
    expect(kinds().at(-1)).toBe('skipped:not-article');
  });

  it('tells the background the whole list again after telling it failed, so the tab does not stay analyzing', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    let failNext = false;
    const lists: number[] = [];
    const ask = vi.fn(async (type: string, payload: { passages: unknown[] }) => {
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type === 'analyzePage') return { passages: [] };
      if (type === 'pagePassages') {
        lists.push(payload.passages.length);
        if (failNext) {
          failNext = false;
          throw new Error('The message port closed before a response was received.');
        }
      }
      return { ok: true };
    });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    // A late paragraph is analyzed alone; the whole list that follows it fails to arrive.
    failNext = true;
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>A late entry: the delegations agreed to meet again within two weeks, a Turkish official said.</p>');
    await session.analyze();
    await vi.waitFor(() => expect(lists).toHaveLength(1));
    await session.analyze();
    expect(lists).toHaveLength(2);
  });

  it('matches a tab in the background again only once the reader comes back to it, and a page restored from the back-forward cache', async () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
    const sent: boolean[] = [];
    const ask = vi.fn(async (type: string, payload: { whole: boolean }) => {
      if (type === 'getSettings') return { enabled: true, sitePaused: false };
      if (type === 'analyzePage') sent.push(payload.whole);
      return type === 'analyzePage' ? { passages: [] } : { ok: true };
    });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    expect(sent).toEqual([true]);

    const showTab = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    showTab('hidden');
    expect(session.rematch()).toBe(true);
    // Hidden: nothing is sent (a visible tab sends within this wait; see the first rematch test).
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([true]);
    showTab('visible');
    await vi.waitFor(() => expect(sent).toEqual([true, true]));
    // Coming back again, with no change since, matches nothing again.
    showTab('hidden');
    showTab('visible');
    await session.analyze();
    expect(sent).toEqual([true, true]);
    // Restored from the back-forward cache, it may have missed a change: matched again.
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await vi.waitFor(() => expect(sent).toEqual([true, true, true]));
  });

  it('reads a body swapped in for the old one (a Turbo-style navigation) as a new page: the old highlights go at once, the new article is painted and followed', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = ARTICLE;
    const highlights = stubHighlights();
    let held: Promise<void> | null = null;
    const ask = reporting([PARAGRAPHS[1], NEXT_PARAGRAPHS[2], NEXT_LATE], () => held);
    const sent = () => ask.mock.calls.filter(([type]) => type === 'analyzePage').map(([, payload]) => payload.text);
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    expect(highlights.texts()).toEqual([PARAGRAPHS[1]]);

    // The next page's answer is held back, to see the page between the swap and the answer.
    let release: () => void = () => undefined;
    held = new Promise<void>((resolve) => (release = resolve));
    history.pushState({}, '', '/next-story');
    const next = document.createElement('body');
    next.innerHTML = NEXT_ARTICLE;
    document.body.replaceWith(next);
    await vi.waitFor(() => expect(sent()).toHaveLength(2));
    for (const paragraph of NEXT_PARAGRAPHS) expect(sent()[1]).toContain(paragraph);
    expect(sent()[1]).not.toContain(PARAGRAPHS[1]);
    // Nothing of the old page stays painted meanwhile: its passages are not on the page.
    expect(highlights.texts()).toEqual([]);
    release();
    await vi.waitFor(() => expect(highlights.texts()).toEqual([NEXT_PARAGRAPHS[2]]));

    // The new body is watched: an entry it adds later is read, and so is its own theme switch.
    held = null;
    next.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>${NEXT_LATE}</p>`);
    await vi.waitFor(() => expect(highlights.texts()).toEqual([NEXT_PARAGRAPHS[2], NEXT_LATE]), { timeout: 5_000 });
    next.classList.add('dark');
    await vi.waitFor(() => expect(highlights.under()).toEqual([[highlightName(HIGHLIGHT_REPORTED, 'dark'), [NEXT_PARAGRAPHS[2], NEXT_LATE]]]));
  });

  it('reads a page moved to another address with nothing on it changed (an infinite scroll scrolled into its next story) as a new page: whole, under its address and title', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = ARTICLE;
    stubHighlights();
    const ask = reporting([PARAGRAPHS[1]]);
    const analyzed = () => ask.mock.calls.filter(([type]) => type === 'analyzePage').map(([, payload]) => payload);
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    expect(analyzed()).toHaveLength(1);

    history.pushState({}, '', '/world/scrolled-into-the-next-story');
    document.title = 'The next story | Demo Daily';
    await vi.waitFor(() => expect(analyzed()).toHaveLength(2), { timeout: 10_000 });
    expect(analyzed()[1]).toMatchObject({ url: location.href, title: 'The next story | Demo Daily', whole: true });
    for (const paragraph of PARAGRAPHS) expect(analyzed()[1].text).toContain(paragraph);
  });

  it('tells the background each story of a page that holds several, and which one the title names; none when it names neither', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.title = 'Talks stall | Demo Daily';
    // An infinite scroll: the next story appended below the first, in a wrapper of its own.
    document.body.innerHTML = `<main>${ARTICLE}<section class="next-story"><h1>Port terminal to close</h1>${NEXT_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</section></main>`;
    stubHighlights();
    const ask = reporting([PARAGRAPHS[1], NEXT_PARAGRAPHS[2]]);
    const told = () => ask.mock.calls.filter(([type]) => type === 'analyzePage' || type === 'pagePassages').map(([, payload]) => payload as unknown as { url: string; stories?: { texts: string[]; named: number | null } });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    const texts = [['Talks stall', ...PARAGRAPHS].join('\n\n'), ['Port terminal to close', ...NEXT_PARAGRAPHS].join('\n\n')];
    expect(told().at(-1)?.stories).toEqual({ texts, named: 0 });

    // Scrolled into the next story: the site moves the address and the title to it.
    history.pushState({}, '', '/world/port-terminal-to-close');
    document.title = 'Port terminal to close | Demo Daily';
    await vi.waitFor(() => expect(told().at(-1)).toMatchObject({ url: location.href, stories: { texts, named: 1 } }), { timeout: 10_000 });

    document.title = 'Demo Daily: world news';
    await vi.waitFor(() => expect(told().at(-1)?.stories).toEqual({ texts, named: null }), { timeout: 10_000 });
  });

  it('reads a single-page site that moves to the address first and renders its page after under it, and tells nothing of the old page under it', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = ARTICLE;
    stubHighlights();
    const ask = reporting([PARAGRAPHS[1], NEXT_PARAGRAPHS[2]]);
    const told = () => ask.mock.calls.filter(([type]) => type !== 'getSettings').map(([type, payload]) => ({ type, ...(payload as { url: string; text?: string }) }));
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();

    history.pushState({}, '', '/world/port-terminal');
    document.title = 'Port terminal to close | Demo Daily';
    setTimeout(() => (document.body.innerHTML = NEXT_ARTICLE), 0);
    const underNext = () => told().filter(({ url }) => url === location.href);
    await vi.waitFor(() => expect(underNext().map(({ type }) => type)).toContain('analyzePage'), { timeout: 10_000 });
    for (const message of underNext()) {
      for (const paragraph of PARAGRAPHS) expect(message.text ?? '').not.toContain(paragraph);
    }
    expect(underNext().find(({ type }) => type === 'analyzePage')!.text).toContain(NEXT_PARAGRAPHS[0]);
  });

  it('asks nothing of a page no article reports two passages of in the same words, however often it grows: it reprints none', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = ARTICLE;
    stubHighlights();
    const late = ['A late entry: the delegations agreed to meet again in Istanbul within two weeks, a Turkish official said.', 'Another entry: the Kremlin said a meeting of the presidents was possible only once a deal was ready.'];
    // Every passage reported in the same words, but each by another article: quotes, not a reprint.
    const ask = reporting([PARAGRAPHS[1], PARAGRAPHS[3], ...late], () => null, { reportsOf: (sentence) => reportBy(`wire-${sentence.length}`, 'verbatim')(sentence) });
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    for (const entry of late) {
      document.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>${entry}</p>`);
      await session.analyze();
    }
    expect(ask.mock.calls.filter(([type]) => type === 'pagePassages')).toHaveLength(2);
    expect(ask.mock.calls.filter(([type]) => type === 'getPageReprint')).toHaveLength(0);
  });

  it('asks again whether the page reprints a corpus article where the answer may change: the page grown, the corpus changed, another address; a page reprinting none has no note', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = ARTICLE;
    Element.prototype.scrollIntoView = () => undefined;
    stubHighlights();
    const roots = recordShadowRoots();
    const late = 'A late entry: the delegations agreed to meet again in Istanbul within two weeks, a Turkish official said.';
    const article = { id: 'wire', title: 'Talks stall', outlet: 'Reuters', outletId: 'reuters' } as ArticleInfo;
    const reprint: ReprintNote = { reprint: { articleId: 'wire', pageIsCopy: true }, article };
    // The wire prints this page's passages in the same words; the next story's it tells in others.
    const wire = reportBy('wire', 'verbatim');
    const ask = reporting([PARAGRAPHS[1], PARAGRAPHS[3], late, NEXT_PARAGRAPHS[2]], () => null, {
      reportsOf: (sentence) => (NEXT_PARAGRAPHS.includes(sentence) ? reportBy('wire', 'paraphrase')(sentence) : wire(sentence)),
      reprint,
    });
    const asked = () => ask.mock.calls.filter(([type]) => type === 'getPageReprint').length;
    const cardText = () => {
      document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true })));
      const text = roots()[0].textContent;
      document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
      return text;
    };
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    await vi.waitFor(() => expect(asked()).toBe(1));
    await vi.waitFor(() => expect(cardText()).toContain('This page reprints “Talks stall” (Reuters).'));

    // How much of the page the wire's text makes up changes as the page grows.
    document.querySelector('article')!.insertAdjacentHTML('beforeend', `<p>${late}</p>`);
    await session.analyze();
    await vi.waitFor(() => expect(asked()).toBe(2));
    // The corpus changed: the wire may be gone or linked anew, though the page's passages are the same.
    session.rematch();
    await vi.waitFor(() => expect(asked()).toBe(3));

    // A single-page site moves to its next story, which no article reports in the same words.
    history.pushState({}, '', '/world/port-terminal');
    document.body.innerHTML = NEXT_ARTICLE;
    await session.analyze();
    await vi.waitFor(() => expect(cardText()).toContain(NEXT_PARAGRAPHS[2]));
    expect(cardText()).not.toContain('reprints');
    expect(asked()).toBe(3);
  });

  it('reads text the page hides only once it shows it, though no node is added (a "Read more" that changes a style)', async () => {
    document.head.innerHTML = PAGE_STYLE;
    const rest = 'The delegations agreed to meet again in Istanbul within two weeks to discuss a further exchange of prisoners, a Turkish official said.';
    document.body.innerHTML = ARTICLE.replace('</article>', `<div class="rest" style="display: none"><p>${rest}</p></div></article>`);
    const highlights = stubHighlights();
    const ask = reporting([PARAGRAPHS[1], rest]);
    const sent = () => ask.mock.calls.filter(([type]) => type === 'analyzePage').map(([, payload]) => payload.text);
    const session = startSession(ask);
    await session.applySettings();
    await session.analyze();
    expect(highlights.texts()).toEqual([PARAGRAPHS[1]]);
    expect(sent().join('')).not.toContain(rest);

    document.querySelector<HTMLElement>('.rest')!.style.removeProperty('display');
    await vi.waitFor(() => expect(highlights.texts()).toEqual([PARAGRAPHS[1], rest]), { timeout: 5_000 });
    expect(sent().at(-1)).toBe(rest);
  });

  it('paints the passages anew when the site switches its theme on a wrapper around the article, not on <html> or <body>', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = `<div id="app">${ARTICLE}</div>`;
    const highlights = stubHighlights();
    const session = startSession(reporting([PARAGRAPHS[1]]));
    await session.applySettings();
    await session.analyze();
    expect(highlights.under()).toEqual([[highlightName(HIGHLIGHT_REPORTED, 'light'), [PARAGRAPHS[1]]]]);
    document.getElementById('app')!.classList.add('dark');
    await vi.waitFor(() => expect(highlights.under()).toEqual([[highlightName(HIGHLIGHT_REPORTED, 'dark'), [PARAGRAPHS[1]]]]));
  });

  it('opens a card in the colours the page has when it opens, its passage marked in them, before the theme switch was told', async () => {
    document.head.innerHTML = PAGE_STYLE;
    document.body.innerHTML = ARTICLE;
    document.body.classList.add('dark');
    Element.prototype.scrollIntoView = () => undefined;
    const highlights = stubHighlights();
    const roots = recordShadowRoots();
    const session = startSession(reporting([PARAGRAPHS[1], PARAGRAPHS[3]]));
    await session.applySettings();
    await session.analyze();
    expect(highlights.under()).toEqual([[highlightName(HIGHLIGHT_REPORTED, 'dark'), [PARAGRAPHS[1], PARAGRAPHS[3]]]]);

    // The site turns light, and the reader opens a card in the same moment: the watcher, which
    // waits for a burst of changes to end, has not told the session yet.
    document.body.classList.remove('dark');
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true })));
    const slot = roots()[0].querySelector<HTMLElement>('.nc-slot')!;
    expect(slot.dataset.scheme).toBe('light');
    expect(highlights.under()).toEqual([
      [highlightName(HIGHLIGHT_REPORTED, 'light'), [PARAGRAPHS[1], PARAGRAPHS[3]]],
      [highlightName(HIGHLIGHT_ACTIVE, 'light'), [PARAGRAPHS[1]]],
    ]);
  });
});
