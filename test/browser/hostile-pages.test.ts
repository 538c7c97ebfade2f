/**
 * Hostile pages in real browsers: 5 MB of text, 100,000 nodes, nesting 1,000 deep, text that
 * looks like markup, right-to-left text and emoji, frames and shadow roots, styles aimed at
 * divs and custom properties, a page that rewrites itself every 50 ms, and one whose script
 * tries to read the card. On each, the extension still highlights what it should, throws
 * nothing, leaves the page scriptable, never turns text into markup, and shows the card to the
 * reader alone.
 * (Main-thread cost is measured, not asserted: `npm run bench:page`.)
 */
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { hostilePages, MARKUP_TEXT, PAGE_PSEUDO_TEXT, SNOOP_LINK, VERBATIM } from './harness/hostile-pages';
import { highlightedTexts, hoverHighlight, PASSAGE_HIGHLIGHT_NAMES, readCard, waitFor } from './harness/page-probes';
import { CARD_HOST, evaluateInCards } from './harness/card-roots';
import { bothSchemes, HIGHLIGHT_ACTIVE } from '../../entrypoints/content/highlight-names';
import { useBrowserSession, useGeneratedPages } from './harness/session';

const root = useGeneratedPages('hostile', hostilePages());

const urlOf = (name: string) => `http://www.apnews.com/hostile/${name}`;
/** Firefox's HTML parser reports, as an error, that it flattened the 1,000-deep page: not ours. */
const PARSER_NOTICE = /document tree is too deep/;
const errorsOf = (tab: TestPage) => tab.errors.filter((e) => !PARSER_NOTICE.test(e));
const PAINT_WAIT_MS = 60_000;

/** Elements a text-to-markup mistake would create, counted in the document and the card. */
const injectedElements = (page: TestPage) =>
  evaluateInCards(page, ([card]) => {
    return {
      title: document.title,
      pageImages: document.querySelectorAll('img').length,
      cardElements: card ? card.querySelectorAll('img, script, iframe, object').length : 0,
    };
  });

/**
 * What the snooping page's own script gets: whether it can read the card's shadow root, how
 * many roots it forced open, and the host's text; then whether the card opened for events it
 * made up over the reported sentence (pointer and mouse moves at its first line, focus() and a
 * focusin on its link, the keyboard command), read from the registry's active mark once the
 * frame the extension answers pointer moves in has passed.
 */
const snoop = (page: TestPage) =>
  page.evaluate(
    async ({ host, names, active, start, link }) => {
      const read = () => ({
        readable: document.querySelector(host)?.shadowRoot != null,
        forcedOpen: (window as unknown as { snoopedRoots: ShadowRoot[] }).snoopedRoots.length,
        hostText: document.querySelector(host)?.textContent ?? null,
      });
      const range = names
        .flatMap((name) => [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])])
        .find((r) => r.toString().startsWith(start))!;
      const box = range.getClientRects()[0];
      const at = { clientX: box.left + 10, clientY: box.top + box.height / 2, bubbles: true, composed: true };
      const under = document.elementFromPoint(at.clientX, at.clientY)!;
      for (const type of ['pointerover', 'pointerenter', 'pointermove']) under.dispatchEvent(new PointerEvent(type, at));
      for (const type of ['mouseover', 'mousemove']) under.dispatchEvent(new MouseEvent(type, at));
      const anchor = document.getElementById(link)!;
      anchor.focus();
      anchor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { ...read(), opened: active.some((name) => CSS.highlights.has(name)) };
    },
    { host: CARD_HOST, names: PASSAGE_HIGHLIGHT_NAMES, active: bothSchemes(HIGHLIGHT_ACTIVE), start: VERBATIM.slice(0, 30), link: SNOOP_LINK },
  );

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  const session = useBrowserSession(name, root);

  const open = async (page: string) => {
    const tab = await session.browser.newPage();
    await tab.setViewport(1200, 900);
    await tab.goto(urlOf(page));
    return tab;
  };

  it.each(['huge-text', 'many-nodes', 'deep-nesting', 'right-to-left'])(
    'highlights the reported sentences of %s without an error',
    async (page) => {
      const tab = await open(page);
      // An emoji next to a sentence may be painted with it; the sentence itself must be.
      const texts = await waitFor(() => highlightedTexts(tab), (t) => t.some((x) => x.includes(VERBATIM)), PAINT_WAIT_MS);
      expect(texts.some((x) => x.includes(VERBATIM))).toBe(true);
      expect(texts.every((t) => t.length > 20)).toBe(true);
      expect(errorsOf(tab)).toEqual([]);
      await tab.close();
    },
  );

  /** The page `name`, in front, with the card of its verbatim sentence open. */
  const openWithCard = async (name: string) => {
    const tab = await open(name);
    await waitFor(() => highlightedTexts(tab), (t) => t.includes(VERBATIM), PAINT_WAIT_MS);
    await tab.bringToFront();
    await hoverHighlight(tab, VERBATIM.slice(0, 30));
    await waitFor(() => readCard(tab), (card) => card.visible);
    return tab;
  };

  it('keeps text that looks like markup as text, on the page and in the card', async () => {
    const tab = await openWithCard('markup-lookalikes');
    expect(await injectedElements(tab)).toEqual({ title: 'Markup in the text', pageImages: 0, cardElements: 0 });
    expect(await tab.evaluate(() => document.body.textContent)).toContain(MARKUP_TEXT);
    expect(errorsOf(tab)).toEqual([]);
    await tab.close();
  });

  it('keeps the card whole on a page whose styles reach divs and custom properties', async () => {
    const tab = await openWithCard('grabby-styles');
    const seen = await evaluateInCards(tab, ([root]) => {
      const card = root.querySelector('.nc-card')!;
      return { before: getComputedStyle(root.host, '::before').content, height: card.getBoundingClientRect().height, content: card.scrollHeight };
    });
    // Not drawn on the host, and the card as tall as what it holds (the page's 20px ignored).
    expect(seen.before).not.toContain(PAGE_PSEUDO_TEXT);
    expect(seen.height).toBeGreaterThan(60);
    expect(seen.height).toBeGreaterThanOrEqual(Math.min(seen.content, 400));
    expect(errorsOf(tab)).toEqual([]);
    await tab.close();
  });

  it('keeps the card from a page\'s script: closed to it even with attachShadow replaced, and opened by no event it makes up; a real hover opens it', async () => {
    const tab = await open('card-snoop');
    await waitFor(() => highlightedTexts(tab), (t) => t.includes(VERBATIM), PAINT_WAIT_MS);
    await tab.bringToFront();
    expect(await snoop(tab)).toEqual({ readable: false, forcedOpen: 0, hostText: '', opened: false });
    expect((await readCard(tab)).visible).toBe(false);

    await hoverHighlight(tab, VERBATIM.slice(0, 30));
    const card = await waitFor(() => readCard(tab), (c) => c.visible);
    expect(card.text).toContain('other source');
    expect(await tab.evaluate((host) => document.querySelector(host)!.shadowRoot === null, CARD_HOST)).toBe(true);
    expect(errorsOf(tab)).toEqual([]);
    await tab.close();
  });

  it('works on the document despite frames and shadow roots', async () => {
    const tab = await open('frames-and-shadows');
    const texts = await waitFor(() => highlightedTexts(tab), (t) => t.length > 0, PAINT_WAIT_MS);
    expect(texts.length).toBeGreaterThan(0);
    expect(errorsOf(tab)).toEqual([]);
    await tab.close();
  });

  it('keeps up with a page that rewrites itself every 50 ms', async () => {
    const tab = await open('constant-rewrites');
    await waitFor(() => highlightedTexts(tab), (t) => t.length > 0, PAINT_WAIT_MS);
    const updates = await tab.evaluate(() => document.getElementById('ticker')!.textContent);
    // The page's own timer keeps running while the extension works alongside it.
    await waitFor(() => tab.evaluate(() => document.getElementById('ticker')!.textContent), (t) => t !== updates);
    expect((await highlightedTexts(tab)).length).toBeGreaterThan(0);
    expect(errorsOf(tab)).toEqual([]);
    await tab.close();
  });
});
