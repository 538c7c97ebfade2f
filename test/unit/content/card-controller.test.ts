// @vitest-environment happy-dom
/** The hover card keeps its passage as the page is painted anew, by the side panel's rule. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '@/entrypoints/content/card-controller';
import type { CardHost } from '@/entrypoints/content/card-host';
import type { PaintedPassage } from '@/entrypoints/content/highlights';
import { HIGHLIGHT_ACTIVE, highlightName } from '@/entrypoints/content/highlight-names';
import type { PassageMatch } from '@/lib/match/types';
import type { ArticleInfo } from '@/lib/panel/types';
import { trusted, trustFocusMoves } from './trusted-events';

const passage = (text: string, start: number, claimId: number): PassageMatch => ({
  text, start, end: start + text.length, claimId, score: 0.8, reports: [], moreReports: false, loose: false,
});

/** The page's paragraphs, each painted as one passage at its offset in the page's text. */
function paintParagraphs(texts: string[], claimIds: number[], html = (text: string) => text): PaintedPassage[] {
  document.body.innerHTML = texts.map((text) => `<p>${html(text)}</p>`).join('');
  let offset = 0;
  return [...document.querySelectorAll('p')].map((p, index) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const painted = { index, passage: passage(texts[index], offset, claimIds[index]), range, scheme: 'light' as const };
    offset += texts[index].length + 2;
    return painted;
  });
}

/** The page's colours never change under these tests: each passage is shown as painted. */
const ACTIONS = { openPanel: async () => true, inPageColours: (p: PaintedPassage) => p };

/** The card as the controller sees it; `giveFocusBack` is where hiding returns focus, as the real card does; `atEdge` says Tab would leave it. */
function fakeCard({ giveFocusBack = null as HTMLElement | null, atEdge = false } = {}) {
  const shown: PassageMatch[] = [];
  const schemes: string[] = [];
  const announced: string[] = [];
  let hidden = 0;
  const followed: Range[] = [];
  const card = {
    follow: (anchor: Range) => void followed.push(anchor),
    show: (props: { passage: PassageMatch }, _anchor: Range, scheme: string) => {
      shown.push(props.passage);
      schemes.push(scheme);
    },
    hide: () => {
      hidden++;
      giveFocusBack?.focus();
    },
    announce: (text: string) => void announced.push(text),
    contains: () => false,
    hasFocusWithin: () => false,
    focusAtEdge: () => atEdge,
  } as unknown as CardHost;
  return { card, shown, schemes, announced, followed, hiddenCount: () => hidden };
}

/** The reader presses `key`, with Alt+Shift unless `chord` is false. */
const press = (key: string, chord = true) =>
  document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, altKey: chord, shiftKey: chord, bubbles: true })));

const QUOTE = 'No one is stalling anything, Peskov said.';
const LUHANSK = 'Luhansk is fully under Russian control.';
const NEW_ENTRY = 'Talks in Istanbul lasted 40 minutes.';

let untrustFocus: () => void;
beforeEach(() => {
  untrustFocus = trustFocusMoves();
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal('Highlight', class extends Set<Range> { priority = 0; constructor(...ranges: Range[]) { super(ranges); } });
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => {
  untrustFocus();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Lets the frame the controller waits for run. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('CardController', () => {
  it('moves an open card with its passage as the page or a box in it scrolls, and closes it once the passage is out of sight', async () => {
    const { card, followed, hiddenCount } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    const painted = paintParagraphs([QUOTE, LUHANSK], [1, 2]);
    controller.setPainted(painted);
    press('ArrowDown');
    const at = (top: number) => vi.spyOn(painted[0].range, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, top, 300, 40));

    at(200);
    document.querySelector('p')!.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(followed).toEqual([painted[0].range]);
    dispatchEvent(new Event('resize'));
    await nextFrame();
    expect(followed).toHaveLength(2);
    expect(hiddenCount()).toBe(0);

    at(-500);
    document.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(hiddenCount()).toBe(1);
    expect(followed).toHaveLength(2);
    controller.stop();
  });

  it('keeps an open card on its passage when a live blog grows above it and its offsets move', () => {
    const { card, shown, hiddenCount } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2]));
    press('ArrowDown');
    press('ArrowDown');
    expect(shown.at(-1)?.text).toBe(LUHANSK);

    controller.setPainted(paintParagraphs([NEW_ENTRY, QUOTE, LUHANSK], [3, 1, 2]));
    expect(hiddenCount()).toBe(0);
    expect(shown.at(-1)).toMatchObject({ text: LUHANSK, start: NEW_ENTRY.length + 2 + QUOTE.length + 2 });
    // The card is at its place in the grown page: from the last passage, the next is the first.
    press('ArrowDown');
    expect(shown.at(-1)?.text).toBe(NEW_ENTRY);
    controller.stop();
  });

  it('closes the card when the page no longer reports its passage', () => {
    const { card, hiddenCount } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2]));
    press('ArrowDown');
    controller.setPainted(paintParagraphs([NEW_ENTRY, LUHANSK], [3, 2]));
    expect(hiddenCount()).toBe(1);
    controller.stop();
  });

  it('starts at the last passage when Alt+Shift+Up is pressed with no card open', () => {
    const { card, shown } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK, NEW_ENTRY], [1, 2, 3]));
    press('ArrowUp');
    expect(shown.at(-1)?.text).toBe(NEW_ENTRY);
    controller.stop();
  });

  it('leaves Alt+Shift+Down and Up to a field the reader is typing in, and answers them on a checkbox', () => {
    const { card, shown } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2]));
    // A search box, a comment box, an editor, and one inside a site's custom element.
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = '<input type="search">';
    document.body.insertAdjacentHTML('beforeend', '<input type="email"><textarea></textarea><div contenteditable="true"><b>typed</b></div><input type="checkbox">');
    document.body.append(host);
    const fields = [...document.querySelectorAll('input[type=email], textarea, [contenteditable] b'), host.shadowRoot!.querySelector('input')!];
    /** Whether the key pressed in `target` went to the target (its default action not prevented). */
    const pressIn = (target: Element, key: string) =>
      target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true })));
    for (const field of fields) {
      for (const key of ['ArrowDown', 'ArrowUp']) expect([field.tagName, key, pressIn(field, key)]).toEqual([field.tagName, key, true]);
    }
    expect(shown).toEqual([]);
    pressIn(document.querySelector('input[type=checkbox]')!, 'ArrowDown');
    expect(shown.map((p) => p.text)).toEqual([QUOTE]);
    controller.stop();
  });

  it('stays closed after Escape when focus goes back to a link inside another passage', () => {
    const painted = paintParagraphs([QUOTE, LUHANSK], [1, 2], (text) => (text === QUOTE ? `<a href="#k">${text}</a>` : text));
    const link = document.querySelector('a')!;
    const { card, shown, hiddenCount } = fakeCard({ giveFocusBack: link });
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(painted);
    // The reader tabs to the link.
    press('Tab', false);
    link.focus();
    expect(shown.at(-1)?.text).toBe(QUOTE);
    press('ArrowDown');
    expect(shown.at(-1)?.text).toBe(LUHANSK);
    // The real card takes focus here.
    link.blur();
    const opened = shown.length;
    press('Escape', false);
    expect(hiddenCount()).toBe(1);
    expect(document.activeElement).toBe(link);
    expect(shown).toHaveLength(opened);
    controller.stop();
  });

  it('closes when Tab leaves the card, in place of the browser moving focus, and not on a Tab within it', () => {
    const edge = { atEdge: false };
    const { card, hiddenCount } = fakeCard(edge);
    (card as unknown as { focusAtEdge: () => boolean }).focusAtEdge = () => edge.atEdge;
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2], (text) => (text === LUHANSK ? `<a href="#l">${text}</a>` : text)));
    // happy-dom lays nothing out: every control counts as shown.
    vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
    press('ArrowDown');
    press('Tab', false);
    expect(hiddenCount()).toBe(0);
    edge.atEdge = true;
    const tab = trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    document.dispatchEvent(tab);
    expect(hiddenCount()).toBe(1);
    expect(tab.defaultPrevented).toBe(true);
    // Focus came from nowhere in particular: it moves on to the page's next control.
    expect(document.activeElement).toBe(document.querySelector('a'));
    controller.stop();
  });

  it('sends focus past the passage it leaves when Tab leaves the card, not to a link inside it, and opens no card again', () => {
    const { card, shown, hiddenCount } = fakeCard({ atEdge: true });
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2], (text) => text.replace('stalling', '<a href="#s">stalling</a>')));
    document.body.insertAdjacentHTML('beforeend', '<p><a id="after" href="#a">More on the talks</a></p>');
    vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
    press('ArrowDown');
    expect(shown.map((p) => p.text)).toEqual([QUOTE]);
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })));
    expect(hiddenCount()).toBe(1);
    expect(document.activeElement).toBe(document.getElementById('after'));
    expect(shown.map((p) => p.text)).toEqual([QUOTE]);
    controller.stop();
  });

  it('tells a keyboard reader that the page reprints a corpus article, as the card shows', () => {
    const { card, announced } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2]));
    press('ArrowDown');
    expect(announced.at(-1)).not.toMatch(/reprints/);
    const article = { id: 'reuters', title: 'Kremlin rejects stalling charge', outlet: 'Reuters', outletId: 'reuters' } as ArticleInfo;
    controller.setReprint({ reprint: { articleId: 'reuters', pageIsCopy: true }, article });
    press('ArrowDown');
    expect(announced.at(-1)).toMatch(/This page reprints “Kremlin rejects stalling charge” \(Reuters\)\. Escape closes/);
    controller.stop();
  });

  it('opens the card in the colours the page has where its passage is now, asked each time it opens, and marks it in them', () => {
    const { card, shown, schemes, announced } = fakeCard();
    const painted = paintParagraphs([QUOTE, LUHANSK], [1, 2]);
    // The page turned dark since the passages were painted light, unheard. As the session does,
    // the stand-in paints the page anew (new objects in a new list) when a passage's colours no
    // longer fit, and answers the passage as painted now.
    const asked: string[] = [];
    const controller = new CardController(card, {
      openPanel: async () => true,
      inPageColours: (target) => {
        asked.push(target.passage.text);
        if (target.scheme === 'dark') return target;
        const repainted = painted.map((p) => ({ ...p, scheme: 'dark' as const }));
        controller.setPainted(repainted);
        return repainted[painted.indexOf(target)];
      },
    });
    const marks = () => [...(CSS.highlights as unknown as Map<string, Set<Range>>).keys()];
    controller.setPainted(painted);
    press('ArrowDown');
    expect(asked).toEqual([QUOTE]);
    expect(shown.at(-1)?.text).toBe(QUOTE);
    expect(schemes.at(-1)).toBe('dark');
    // The mark drawn over the passage is the dark page's.
    expect(marks()).toEqual([highlightName(HIGHLIGHT_ACTIVE, 'dark')]);
    // Counted in the list it now belongs to: the first of two, not the first of none.
    expect(announced.at(-1)).toMatch(/^Passage 1 of 2,/);

    press('ArrowDown');
    expect(asked).toEqual([QUOTE, LUHANSK]);
    expect(shown.at(-1)?.text).toBe(LUHANSK);
    expect(announced.at(-1)).toMatch(/^Passage 2 of 2,/);

    // The side panel's reveal marks the passage in the colours it has now too.
    asked.length = 0;
    expect(controller.reveal(0)).toBe(true);
    expect(asked).toEqual([QUOTE]);
    expect(marks()).toEqual([highlightName(HIGHLIGHT_ACTIVE, 'dark')]);
    controller.stop();
  });
});

describe('CardController and the page\'s own script', () => {
  /** Two passages, each with a link, the first laid out at (0, 0)-(300, 20) for the pointer. */
  function twoLinkedPassages() {
    const painted = paintParagraphs([QUOTE, LUHANSK], [1, 2], (text) => `<a href="#${text.length}">${text}</a>`);
    vi.spyOn(painted[0].range, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 300, 20)] as unknown as DOMRectList);
    const [first, second] = document.querySelectorAll('a');
    return { painted, first, second };
  }
  const pointer = (type: string) => new PointerEvent(type, { clientX: 10, clientY: 10, bubbles: true });

  it('opens, moves and closes the card for no pointer move, key press or focus event the page made up; the reader\'s own do', async () => {
    const { card, shown, hiddenCount } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    const { painted, first } = twoLinkedPassages();
    controller.setPainted(painted);

    document.dispatchEvent(pointer('pointermove'));
    await nextFrame();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }));
    // Even just after the reader's own key press, a focusin the page sends opens nothing.
    press('Tab', false);
    first.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(shown).toEqual([]);

    document.dispatchEvent(trusted(pointer('pointermove')));
    await nextFrame();
    expect(shown.map((p) => p.text)).toEqual([QUOTE]);
    // The page can neither move the open card on, nor close it.
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, shiftKey: true, bubbles: true }));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect([shown.length, hiddenCount()]).toEqual([1, 0]);
    press('ArrowDown');
    expect(shown.map((p) => p.text)).toEqual([QUOTE, LUHANSK]);
    press('Escape', false);
    expect(hiddenCount()).toBe(1);
    controller.stop();
  });

  it('opens a card for focus on a passage\'s link only when the reader\'s last press was a key, not for the page\'s focus() on its own or after a click', () => {
    const { card, shown } = fakeCard();
    const controller = new CardController(card, ACTIONS);
    const { painted, first, second } = twoLinkedPassages();
    controller.setPainted(painted);

    // Nothing pressed yet: the page focuses a link (a trusted focus event, as browsers send it).
    first.focus();
    expect(shown).toEqual([]);
    // The reader tabs on.
    press('Tab', false);
    second.focus();
    expect(shown.map((p) => p.text)).toEqual([LUHANSK]);
    // The reader clicks somewhere; the page focuses the other link.
    document.body.dispatchEvent(trusted(pointer('pointerdown')));
    first.focus();
    expect(shown.map((p) => p.text)).toEqual([LUHANSK]);
    // A key again: keyboard focus opens cards again.
    press('Tab', false);
    second.focus();
    first.focus();
    expect(shown.map((p) => p.text)).toEqual([LUHANSK, QUOTE]);
    controller.stop();
  });
});
