// @vitest-environment happy-dom
/** The hover card keeps its passage as the page is painted anew, by the side panel's rule. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardController } from '@/entrypoints/content/card-controller';
import type { CardHost } from '@/entrypoints/content/card-host';
import type { PaintedPassage } from '@/entrypoints/content/highlights';
import type { PassageMatch } from '@/lib/match/types';

const passage = (text: string, start: number, claimId: number): PassageMatch => ({
  text, start, end: start + text.length, claimId, score: 0.8, reports: [], moreReports: false, loose: false,
});

/** The page's paragraphs, each painted as one passage at its offset in the page's text. */
function paintParagraphs(texts: string[], claimIds: number[]): PaintedPassage[] {
  document.body.innerHTML = texts.map((text) => `<p>${text}</p>`).join('');
  let offset = 0;
  return [...document.querySelectorAll('p')].map((p, index) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const painted = { index, passage: passage(texts[index], offset, claimIds[index]), range };
    offset += texts[index].length + 2;
    return painted;
  });
}

function fakeCard() {
  const shown: PassageMatch[] = [];
  let hidden = 0;
  const card = {
    show: (props: { passage: PassageMatch }) => void shown.push(props.passage),
    hide: () => void hidden++,
    announce: () => undefined,
    contains: () => false,
    hasFocusWithin: () => false,
  } as unknown as CardHost;
  return { card, shown, hiddenCount: () => hidden };
}

const press = (key: string) => document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: true, bubbles: true }));

const QUOTE = 'No one is stalling anything, Peskov said.';
const LUHANSK = 'Luhansk is fully under Russian control.';
const NEW_ENTRY = 'Talks in Istanbul lasted 40 minutes.';

beforeEach(() => {
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.stubGlobal('Highlight', class extends Set<Range> { priority = 0; constructor(...ranges: Range[]) { super(ranges); } });
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(() => vi.unstubAllGlobals());

describe('CardController', () => {
  it('keeps an open card on its passage when a live blog grows above it and its offsets move', () => {
    const { card, shown, hiddenCount } = fakeCard();
    const controller = new CardController(card, { openPanel: async () => true });
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
    const controller = new CardController(card, { openPanel: async () => true });
    controller.setPainted(paintParagraphs([QUOTE, LUHANSK], [1, 2]));
    press('ArrowDown');
    controller.setPainted(paintParagraphs([NEW_ENTRY, LUHANSK], [3, 2]));
    expect(hiddenCount()).toBe(1);
    controller.stop();
  });
});
