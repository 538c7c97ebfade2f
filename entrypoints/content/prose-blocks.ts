/**
 * The blocks of prose in a part of the page, in page order: the innermost block elements
 * (paragraphs, headings, list items, quotes), and the runs of text a page wrote straight into
 * a box instead of a block of its own: an older CMS's body of text with `<br><br>` between its
 * paragraphs and no `<p>` at all, a paragraph left bare between two `<p>`s. A run is a
 * paragraph as the reader sees one: its box's child nodes (text and inline elements) from one
 * block, or pair of line breaks, to the next. Runs are read without changing the page: a
 * wrapper element around them would be the page's markup rewritten (see ./highlights.ts).
 */
import { LINE_BREAKING_TAGS, SKIPPED_TAGS } from './text-map';

/** Blocks of prose. */
export const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';
const BLOCK_TAGS = new Set(BLOCK_SELECTOR.toUpperCase().split(', '));
const LINE_BREAKING_SELECTOR = [...LINE_BREAKING_TAGS].join(', ').toLowerCase();

/**
 * Boxes whose own text, between their blocks, is prose. Not table cells, figures or headers:
 * their loose text is data, captions and labels. A block that holds other blocks (a list item
 * with a nested list, a quote of several paragraphs) is one too: its lead line is prose.
 */
const RUN_BOXES = new Set(['DIV', 'ARTICLE', 'SECTION', 'MAIN', 'BODY', ...BLOCK_TAGS]);

/** Consecutive child nodes of `parent`, text and inline elements, read as one paragraph. */
export interface TextRun {
  parent: Element;
  nodes: Node[];
}

export type ProseBlock = Element | TextRun;

/** The element a block is, or the box its run is written in. */
export const elementOf = (block: ProseBlock): Element => (block instanceof Element ? block : block.parent);

/** The nodes a block's text is in. */
export const nodesOf = (block: ProseBlock): Node[] => (block instanceof Element ? [block] : block.nodes);

const tagOf = (element: Element) => element.tagName.toUpperCase();
const isBlank = (text: string) => !/\S/.test(text);

/** The blocks of prose inside `container`, in page order. */
export function proseBlocks(container: Element): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let run = null as TextRun | null;
  /** The run holds text, not only spaces and line breaks. */
  let solid = false;
  /** The run ends with a <br> (spaces after it aside): a second one ends the paragraph. */
  let broken = false;

  const end = () => {
    if (run && solid) blocks.push(run);
    run = null;
  };
  const extend = (node: Node, parent: Element, { text }: { text: boolean }) => {
    if (run?.parent !== parent) {
      end();
      // A paragraph starts with text: not with a line break or the spaces between blocks.
      if (!text) return;
      run = { parent, nodes: [] };
      solid = broken = false;
    }
    run!.nodes.push(node);
    if (text) [solid, broken] = [true, false];
  };

  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  /** The next node in page order after `walker`'s current node and everything inside it. */
  const nextPast = (): Node | null => {
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      if (!walker.parentNode()) return null;
    }
  };

  let node = walker.firstChild();
  while (node) {
    const parent = node.parentNode as Element;
    const inRunBox = () => RUN_BOXES.has(tagOf(parent));
    if (node.nodeType === Node.TEXT_NODE) {
      if (inRunBox()) extend(node, parent, { text: !isBlank((node as Text).data) });
      node = nextPast();
      continue;
    }
    const element = node as Element;
    const tag = tagOf(element);
    let descend = false;
    if (SKIPPED_TAGS.has(tag)) {
      // A script or a button inside a paragraph leaves it whole; a <nav> or <form> ends it.
      if (LINE_BREAKING_TAGS.has(tag)) end();
    } else if (tag === 'BR') {
      if (run?.parent === parent && broken) end();
      else if (run && inRunBox()) {
        extend(element, parent, { text: false });
        broken = true;
      }
    } else if (BLOCK_TAGS.has(tag)) {
      end();
      // Innermost blocks only: a <li> holding <p>s is read through its paragraphs.
      if (element.querySelector(BLOCK_SELECTOR)) descend = true;
      else blocks.push(element);
    } else if (LINE_BREAKING_TAGS.has(tag) || element.querySelector(LINE_BREAKING_SELECTOR)) {
      // A box, or an inline element wrapping one (a link around a teaser's heading).
      end();
      descend = true;
    } else if (inRunBox()) {
      extend(element, parent, { text: !isBlank(element.textContent ?? '') });
    } else {
      // Inline markup outside any run box (a table cell's <span>) may still hold a block.
      descend = true;
    }
    node = (descend && walker.firstChild()) || nextPast();
  }
  end();
  return blocks;
}
