// @vitest-environment happy-dom
/**
 * The content script's text map, on any article DOM: the flat text is the visible text with
 * white space collapsed and invisible characters dropped, and every passage of it maps back
 * to a DOM range holding exactly that text, in document order.
 *
 * The generated DOMs mix words, runs of white space, no-break spaces, emoji, right-to-left
 * script, soft hyphens and zero-width characters, empty and adjacent text nodes, nested inline
 * elements, <br>s and the elements text-map leaves out (scripts, buttons, hidden and
 * screen-reader-only text, editable islands...), in block elements and in runs of bare text
 * written straight into a box between its other content. The expected text comes from the
 * generated model, not from text-map: the model knows which text nodes a reader sees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR, buildTextMap, rangeFor, type TextMap } from '@/entrypoints/content/text-map';
import { nodesOf, type ProseBlock } from '@/entrypoints/content/prose-blocks';
import { TimeSlicer } from '@/entrypoints/content/time-slicer';

const RUNS = 10_000;
/** 10,000 DOM builds take a while in happy-dom. */
const TIMEOUT = 300_000;

// ---------------------------------------------------------------------------------------------
// The model of an article, and its rendering into the document.

type Inline =
  | { kind: 'text'; data: string }
  | { kind: 'br' }
  | { kind: 'element'; tag: string; attrs: [string, string][]; children: Inline[] }
  /** An element text-map must leave out, with all it holds. */
  | { kind: 'skipped'; tag: string; attrs: [string, string][]; children: Inline[] };

interface Block {
  /** A block element, or a run: the children written straight into a box, between its other content. */
  tag: 'p' | 'h2' | 'li' | 'blockquote' | 'run';
  children: Inline[];
}

const FRAGMENTS = [
  'Russia', 'Ukraine', 'said', 'talks', 'Mr.', 'U.S.', '5,438', '19%', '“quoted”', '—', '.', ',', 'a', 'of',
  ' ', ' ', '   ', '\n', '\n\n  ', '\t', '\r\n', '\u00A0', '\u00A0\u00A0', '\u2009', '\u3000', '\u202F', '\u2028', '\f', '\v',
  '😀', '👍🏽', '👨‍👩‍👧', 'שלום', 'مرحبا', '١٢٣', '\u202E', '\u200F', 'e\u0301', 'ﬁ',
  '\u00AD', 'nego\u00ADtiators', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', 'zero\u200Bwidth',
  '<b>', '&amp;', '',
];

const textData = fc.oneof(
  { weight: 12, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);

const INLINE_TAGS = ['a', 'em', 'strong', 'span', 'b', 'i', 'sup', 'sub', 'small', 'mark', 'q', 'time', 'abbr'];
/** Attributes that look like hiding but are not. */
const HARMLESS_ATTRS: [string, string][][] = [
  [], [], [], [['class', 'lead']], [['aria-hidden', 'false']], [['class', 'not-sr-only']], [['contenteditable', 'false']],
];

/** Elements text-map leaves out: by tag, or by the attribute that hides them. */
const SKIPPED: { tag: string; attrs: [string, string][] }[] = [
  ...['script', 'style', 'noscript', 'button', 'select', 'textarea', 'figcaption', 'nav', 'aside', 'form', 'svg', 'canvas', 'object', 'iframe']
    .map((tag) => ({ tag, attrs: [] as [string, string][] })),
  { tag: 'span', attrs: [['hidden', '']] },
  { tag: 'span', attrs: [['aria-hidden', 'true']] },
  { tag: 'span', attrs: [['class', 'sr-only']] },
  { tag: 'span', attrs: [['class', 'icon visually-hidden']] },
  { tag: 'a', attrs: [['class', 'screen-reader-text']] },
  { tag: 'span', attrs: [['contenteditable', 'true']] },
  // Not contenteditable="": happy-dom reads it as not editable (browsers read it as "true").
  { tag: 'em', attrs: [['contenteditable', 'plaintext-only']] },
];

const { inline } = fc.letrec<{ inline: Inline; children: Inline[] }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: textData.map((data): Inline => ({ kind: 'text', data })) },
    { weight: 1, arbitrary: fc.constant<Inline>({ kind: 'br' }) },
    {
      weight: 3,
      arbitrary: fc
        .record({ tag: fc.constantFrom(...INLINE_TAGS), attrs: fc.constantFrom(...HARMLESS_ATTRS), children: tie('children') })
        .map((e): Inline => ({ kind: 'element', ...(e as { tag: string; attrs: [string, string][]; children: Inline[] }) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ skip: fc.constantFrom(...SKIPPED), children: tie('children') })
        .map(({ skip, children }): Inline => ({ kind: 'skipped', tag: skip.tag, attrs: skip.attrs, children: children as Inline[] })),
    },
  ),
  children: fc.array(tie('inline') as fc.Arbitrary<Inline>, { maxLength: 4, depthIdentifier: 'inline' }),
}));

const block = fc.record({
  tag: fc.constantFrom<Block['tag']>('p', 'h2', 'li', 'blockquote', 'run'),
  children: fc.array(inline, { maxLength: 6 }),
});
const article = fc.array(block, { maxLength: 4 });

/** One leaf of the rendered DOM, in document order, and whether a reader sees it. */
type Atom = { kind: 'text'; node: Text; visible: boolean; block: number } | { kind: 'br'; visible: boolean; block: number };

interface Rendered {
  blocks: ProseBlock[];
  atoms: Atom[];
  /** The atom index of each text node. */
  order: Map<Node, number>;
}

/** Renders the model into document.body with DOM calls (so text nodes hold exactly the generated data). */
function render(blocks: Block[]): Rendered {
  document.body.replaceChildren();
  const atoms: Atom[] = [];
  const order = new Map<Node, number>();
  const prose: ProseBlock[] = [];
  const append = (parent: Element, children: Inline[], visible: boolean, b: number) => {
    for (const child of children) {
      if (child.kind === 'text') {
        const node = document.createTextNode(child.data);
        parent.appendChild(node);
        order.set(node, atoms.length);
        atoms.push({ kind: 'text', node, visible, block: b });
      } else if (child.kind === 'br') {
        parent.appendChild(document.createElement('br'));
        atoms.push({ kind: 'br', visible, block: b });
      } else {
        const element = document.createElement(child.tag);
        for (const [name, value] of child.attrs) element.setAttribute(name, value);
        parent.appendChild(element);
        append(element, child.children, visible && child.kind === 'element', b);
      }
    }
  };
  blocks.forEach((model, b) => {
    // Blocks sit among page furniture, which is never passed to text-map.
    if (b % 2) document.body.appendChild(document.createTextNode(' between blocks '));
    if (model.tag === 'run') {
      const box = document.body.appendChild(document.createElement('div'));
      box.append('Before the run. ', document.createElement('br'));
      const first = box.childNodes.length;
      append(box, model.children, true, b);
      prose.push({ parent: box, nodes: [...box.childNodes].slice(first) });
      box.append(document.createElement('p'), 'After the run.');
      return;
    }
    const element = document.createElement(model.tag);
    if (model.tag === 'li') document.body.appendChild(document.createElement('ul')).appendChild(element);
    else document.body.appendChild(element);
    prose.push(element);
    append(element, model.children, true, b);
  });
  return { blocks: prose, atoms, order };
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Text as a reader sees it: invisible characters dropped, each run of white space one space. */
const collapse = (text: string) => text.replace(INVISIBLE, '').replace(/\s+/g, ' ');

/** The text a reader sees in block `b`, from the model. */
function expectedBlockText(rendered: Rendered, b: number): string {
  let text = '';
  for (const atom of rendered.atoms) {
    if (atom.block !== b || !atom.visible) continue;
    text += atom.kind === 'br' ? ' ' : atom.node.data;
  }
  return collapse(text).trim();
}

/** What a range holds, from the model: all its text (as Range.toString gives it) and the visible part (a <br> read as a space). */
function rangeContents(rendered: Rendered, range: Range): { raw: string; visible: string } {
  const first = rendered.order.get(range.startContainer);
  const last = rendered.order.get(range.endContainer);
  expect(first, 'range starts in a text node of the article').toBeDefined();
  expect(last, 'range ends in a text node of the article').toBeDefined();
  let raw = '';
  let visible = '';
  for (let k = first!; k <= last!; k++) {
    const atom = rendered.atoms[k];
    if (atom.kind === 'br') {
      if (atom.visible) visible += ' ';
      continue;
    }
    const data = atom.node.data;
    const piece = data.slice(k === first ? range.startOffset : 0, k === last ? range.endOffset : data.length);
    raw += piece;
    if (atom.visible) visible += piece;
  }
  return { raw, visible };
}

const build = async (blocks: Block[]): Promise<{ rendered: Rendered; map: TextMap }> => {
  const rendered = render(blocks);
  // A slicer that never yields: the DOMs are small, and the map is awaited all the same.
  const map = await buildTextMap(rendered.blocks, Number.MAX_SAFE_INTEGER, new TimeSlicer(Number.POSITIVE_INFINITY));
  return { rendered, map };
};

/** The blocks of the map that came from non-empty article blocks, in order: [map block, article block]. */
function mappedBlocks(rendered: Rendered): number[] {
  const indices: number[] = [];
  rendered.blocks.forEach((_, b) => {
    if (expectedBlockText(rendered, b)) indices.push(b);
  });
  return indices;
}

// ---------------------------------------------------------------------------------------------

describe('buildTextMap, for any article DOM', () => {
  it('reads each block as a reader sees it: visible text only, white space collapsed and trimmed, blocks joined by a blank line', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (blocks) => {
        const { rendered, map } = await build(blocks);
        const expected = mappedBlocks(rendered).map((b) => expectedBlockText(rendered, b));
        expect(map.blocks.map((b) => b.text)).toEqual(expected);
        expect(map.text).toBe(expected.join(BLOCK_SEPARATOR));
        let at = 0;
        map.blocks.forEach((block, i) => {
          expect(map.starts[i]).toBe(at);
          expect(block.text).toBe(block.text.trim());
          expect(block.text).not.toMatch(/\s\s|[^\S ]/);
          expect(block.nodeIndex.length).toBe(block.text.length);
          expect(block.nodeOffset.length).toBe(block.text.length);
          at += block.text.length + BLOCK_SEPARATOR.length;
        });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('rangeFor, for any article DOM and any passage of it', () => {
  it('covers exactly the passage: the range\'s visible text, collapsed, is the flat slice, and it lies in its block\'s text nodes', async () => {
    const picks = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(article, picks, async (blocks, choices) => {
        const { rendered, map } = await build(blocks);
        if (!map.blocks.length) {
          expect(rangeFor(map, 0, 1)).toBeNull();
          return;
        }
        const sources = mappedBlocks(rendered);
        for (const [whichBlock, a, b] of choices) {
          const i = whichBlock % map.blocks.length;
          const text = map.blocks[i].text;
          // Passages begin and end on a non-space character (the block's first and last characters are).
          const solid: number[] = [];
          for (let k = 0; k < text.length; k++) if (text[k] !== ' ') solid.push(k);
          const [from, to] = [solid[a % solid.length], solid[b % solid.length]].sort((x, y) => x - y);
          const start = map.starts[i] + from;
          const end = map.starts[i] + to + 1;
          const slice = map.text.slice(start, end);

          const range = rangeFor(map, start, end);
          expect(range, `a range for ${JSON.stringify(slice)}`).not.toBeNull();
          for (const [node, offset] of [
            [range!.startContainer, range!.startOffset],
            [range!.endContainer, range!.endOffset],
          ] as const) {
            expect(node.nodeType).toBe(Node.TEXT_NODE);
            expect(node.isConnected).toBe(true);
            expect(nodesOf(rendered.blocks[sources[i]]).some((top) => top.contains(node))).toBe(true);
            expect(offset).toBeGreaterThanOrEqual(0);
            expect(offset).toBeLessThanOrEqual((node as Text).data.length);
          }
          const { raw, visible } = rangeContents(rendered, range!);
          expect(range!.toString()).toBe(raw);
          expect(collapse(visible)).toBe(slice);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('is monotonic: characters in flat-text order map to DOM positions in document order, each to its own character', async () => {
    await fc.assert(
      fc.asyncProperty(article, async (blocks) => {
        const { rendered, map } = await build(blocks);
        let previous: { atom: number; offset: number; range: Range } | undefined;
        map.blocks.forEach((block, i) => {
          for (let k = 0; k < block.text.length; k++) {
            const at = map.starts[i] + k;
            const range = rangeFor(map, at, at + 1);
            if (!range) {
              // Only a <br>'s space has no text behind it.
              expect(block.text[k]).toBe(' ');
              continue;
            }
            const dom = range.toString();
            if (block.text[k] === ' ') expect(dom).toMatch(/^\s$/);
            else expect(dom).toBe(block.text[k]);
            const atom = rendered.order.get(range.startContainer)!;
            expect(atom).toBeDefined();
            if (previous) {
              expect(atom > previous.atom || (atom === previous.atom && range.startOffset > previous.offset)).toBe(true);
              expect(previous.range.compareBoundaryPoints(Range.START_TO_START, range)).toBe(-1);
            }
            previous = { atom, offset: range.startOffset, range };
          }
        });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
