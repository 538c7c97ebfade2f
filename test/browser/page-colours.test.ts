/**
 * The hover card and the highlights follow the page as the reader sees it, not the system's
 * colour scheme, in real Chromium and real Firefox ESR, each launched once with a light system
 * scheme and once with a dark one: a site in a dark theme of its own gets a dark card under a
 * light system (and a light card over its light fact box), a white page a light card under a
 * dark system, and a page that declares `color-scheme: light dark` and sets no colours the
 * system's; a site that navigates as Turbo Drive does, from a light page to a dark one, and then
 * switches its new body light with a card open. What is checked is what the reader sees, in
 * screenshots: the card's background, and through each highlight the page's own text (4.5:1,
 * WCAG AA, on a page that set it at 8:1) and the line that tells the highlight's kind (3:1 from
 * its tint).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserName, TestPage } from './harness/browsers';
import { FIXTURE_ROOT } from './harness/fixture-server';
import { useBrowserSession } from './harness/session';
import { highlightedTexts, hoverHighlight, waitFor } from './harness/page-probes';
import { cardState } from './harness/on-page-probes';
import { evaluateInCards } from './harness/card-roots';
import { contrast, cssRgb, luminance, regionColours, type Rect, type Rgb } from './harness/pixel-probes';
import { turboVisit } from './harness/turbo-visit';

const fixture = <T>(name: string) => JSON.parse(readFileSync(join(FIXTURE_ROOT, 'onpage', `${name}.expect.json`), 'utf8')) as T;
const wire = fixture<{ reported: string[]; hover: string }>('istanbul-talks-wire');
const dark = fixture<{ hover: string; inLightBox: string; plainHover: string }>('istanbul-talks-dark');

const DARK_PAGE = 'http://www.kyivindependent.com/onpage/istanbul-talks-dark';
const LIGHT_PAGE = 'http://www.apnews.com/onpage/istanbul-talks-wire';
/** Declares `color-scheme: light dark` and sets no colours: drawn in the system's scheme. */
const SYSTEM_PAGE = 'http://www.express.co.uk/onpage/kremlin-denies-plain';

type Scheme = 'light' | 'dark';

/** A dark surface is near black, a light one near white: far from the middle either way. */
const looks = (colour: Rgb): Scheme | 'neither' => (luminance(colour) < 0.05 ? 'dark' : luminance(colour) > 0.75 ? 'light' : 'neither');

async function open(session: { browser: { newPage(): Promise<TestPage> } }, url: string, firstPassage: string): Promise<TestPage> {
  const page = await session.browser.newPage();
  await page.setViewport(1200, 800);
  await page.goto(url);
  await page.bringToFront();
  await waitFor(() => highlightedTexts(page), (texts) => texts.some((text) => text.startsWith(firstPassage)));
  return page;
}

/** What the system scheme is, as the page's own media query sees it. */
const systemScheme = (page: TestPage) => page.evaluate(() => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));

/**
 * The hover card of the passage starting with `prefix`, as drawn: its background (the
 * commonest colour inside its border, from a screenshot) and the contrast of each of its text
 * colours on it. Leaves the card open.
 */
async function cardLook(page: TestPage, prefix: string): Promise<{ background: Rgb; textContrasts: number[] }> {
  await page.mouseMove(1, 1);
  await hoverHighlight(page, prefix);
  return openCardLook(page);
}

/** The card open now, as drawn: its background and the contrast of each of its text colours on it. */
async function openCardLook(page: TestPage): Promise<{ background: Rgb; textContrasts: number[] }> {
  const box = (await waitFor(() => cardState(page), (c) => c.open && c.card !== null)).card!;
  const inside: Rect = { left: box.left + 6, top: box.top + 6, right: box.right - 6, bottom: box.bottom - 6 };
  const background = (await regionColours(page, inside)).overall[0].colour;
  const colours = await evaluateInCards(page, ([root]) => {
    const card = root.querySelector('.nc-card')!;
    return [card, ...card.querySelectorAll('strong, .nc-badge-name, .nc-badge-kind, .nc-relation, .nc-wording, .nc-compare')].map((e) => getComputedStyle(e).color);
  });
  return { background, textContrasts: colours.map((colour) => contrast(cssRgb(colour), background)) };
}

/**
 * A highlighted passage's first line as drawn: the page's text colour there (its computed
 * colour, the page's choice), the commonest colour of the line box (the highlight's tint over
 * the page), and the colour of the pixel rows one other colour fills (the underline), if any:
 * neither the tint nor the page's own background, seen just above the line.
 */
async function passageLook(page: TestPage, prefix: string): Promise<{ text: Rgb; tint: Rgb; line: Rgb | null }> {
  const ABOVE = 4;
  const { rect, text } = await page.evaluate((start) => {
    const block = [...document.querySelectorAll('p')].find((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(start));
    if (!block) throw new Error(`no paragraph starts with ${start}`);
    block.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(block);
    const first = range.getClientRects()[0];
    return { rect: { left: first.left, top: first.top, right: first.right, bottom: first.bottom }, text: getComputedStyle(block).color };
  }, prefix);
  const { overall, rows } = await regionColours(page, { ...rect, top: rect.top - ABOVE });
  const tint = overall[0].colour;
  const pageBackground = rows[0][0].colour;
  const same = (a: Rgb, b: Rgb) => a.r === b.r && a.g === b.g && a.b === b.b;
  const line = rows
    .slice(ABOVE)
    .map((row) => row[0])
    .find((top) => top.share >= 0.8 && !same(top.colour, tint) && !same(top.colour, pageBackground));
  return { text: cssRgb(text), tint, line: line?.colour ?? null };
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s', (name) => {
  describe('under a light system scheme', () => {
    const session = useBrowserSession(name, undefined, { colorScheme: 'light' });

    it('draws the card dark on a dark page (light over its light fact box), the page’s text readable through the highlights', async () => {
      const page = await open(session, DARK_PAGE, dark.hover);
      expect(await systemScheme(page)).toBe('light');
      // The same article as the wire page: every passage it reports is found here too.
      await waitFor(() => highlightedTexts(page), (texts) => texts.length === wire.reported.length);
      expect([...(await highlightedTexts(page))].sort()).toEqual([...wire.reported].sort());

      for (const prefix of [dark.hover, dark.inLightBox]) {
        const { text, tint, line } = await passageLook(page, prefix);
        expect(contrast(text, tint), `${prefix}: text on its tint`).toBeGreaterThanOrEqual(4.5);
        expect(line, `${prefix}: an underline`).not.toBeNull();
        expect(contrast(line!, tint), `${prefix}: underline on its tint`).toBeGreaterThanOrEqual(3);
      }

      const onDark = await cardLook(page, dark.hover);
      expect(looks(onDark.background)).toBe('dark');
      for (const ratio of onDark.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);
      // The passage the card is about, marked: its text still readable on the mark.
      const marked = await passageLook(page, dark.hover);
      expect(contrast(marked.text, marked.tint)).toBeGreaterThanOrEqual(4.5);

      await page.press('Escape');
      const onLightBox = await cardLook(page, dark.inLightBox);
      expect(looks(onLightBox.background)).toBe('light');
      for (const ratio of onLightBox.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });

    it('follows a Turbo-style navigation from a light page to a dark one, and the new body switched light with a card open', async () => {
      const page = await open(session, LIGHT_PAGE, wire.hover);
      // The dark page's body swapped in for the light one's, its styles for the light page's.
      await turboVisit(page, new URL(DARK_PAGE).pathname, 'replaceWith');
      await waitFor(() => highlightedTexts(page), (texts) => [...texts].sort().join('\n') === [...wire.reported].sort().join('\n'));
      const onDark = await cardLook(page, dark.hover);
      expect(looks(onDark.background)).toBe('dark');
      for (const ratio of onDark.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);

      // The new page's own theme switch, on its body, the card left open: the card turns light
      // and its passage's mark is the light page's, the text readable on it.
      await page.evaluate(() => {
        document.body.style.background = '#fafafa';
        document.body.style.color = '#1a1a1a';
      });
      const onLight = await waitFor(() => openCardLook(page), (card) => looks(card.background) === 'light');
      for (const ratio of onLight.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);
      const marked = await passageLook(page, dark.hover);
      expect(luminance(marked.text)).toBeLessThan(0.05);
      expect(contrast(marked.text, marked.tint)).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });

    it('draws the card light on a light page, and on a page that follows the system', async () => {
      for (const [url, prefix] of [[LIGHT_PAGE, wire.hover], [SYSTEM_PAGE, dark.plainHover]]) {
        const page = await open(session, url, prefix);
        const card = await cardLook(page, prefix);
        expect(looks(card.background), url).toBe('light');
        for (const ratio of card.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);
        await page.close();
      }
    });
  });

  describe('under a dark system scheme', () => {
    const session = useBrowserSession(name, undefined, { colorScheme: 'dark' });

    it('draws the card light on a white page that declares nothing, and the highlights’ lines stand out from their tint', async () => {
      const page = await open(session, LIGHT_PAGE, wire.hover);
      expect(await systemScheme(page)).toBe('dark');
      const { text, tint, line } = await passageLook(page, wire.hover);
      expect(contrast(text, tint)).toBeGreaterThanOrEqual(4.5);
      expect(line).not.toBeNull();
      expect(contrast(line!, tint)).toBeGreaterThanOrEqual(3);

      const card = await cardLook(page, wire.hover);
      expect(looks(card.background)).toBe('light');
      for (const ratio of card.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);
      await page.close();
    });

    it('draws the card dark on a page that follows the system, and on a dark page', async () => {
      for (const [url, prefix] of [[SYSTEM_PAGE, dark.plainHover], [DARK_PAGE, dark.hover]]) {
        const page = await open(session, url, prefix);
        const card = await cardLook(page, prefix);
        expect(looks(card.background), url).toBe('dark');
        for (const ratio of card.textContrasts) expect(ratio).toBeGreaterThanOrEqual(4.5);
        await page.close();
      }
    });
  });
});
