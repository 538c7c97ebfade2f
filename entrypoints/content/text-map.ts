/**
 * The article's flat text, with a map from every character back to the DOM text node and
 * offset it came from, so a passage found in the flat text is highlighted exactly where it is
 * on the page, across links, <em>, line breaks and several nodes.
 *
 * White space is collapsed as the browser renders it (a run of spaces and newlines is one
 * space), a <br> or a line between nested blocks reads as a space, invisible characters (soft hyphens, zero-width spaces) are
 * dropped, and blocks are separated by a blank line, so the matcher sees sentences as a reader
 * does. The map is built block by block (an element, or a run of bare text in a box:
 * ./prose-blocks.ts): a block's text is also the key under which its passages are cached
 * (./passage-cache.ts).
 */
import type { ProseBlock } from './prose-blocks';
import type { TimeSlicer } from './time-slicer';

/** Elements whose text is never part of the article's prose. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'FIGCAPTION', 'NAV', 'ASIDE', 'FORM',
]);

/**
 * Elements that start a new line when nested inside a block (a <div> per paragraph in a quote,
 * table cells): their text must not run into the text before or after them. They also end a
 * paragraph written as bare text (./prose-blocks.ts).
 */
export const LINE_BREAKING_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/** The innermost line-breaking element around `node` inside `box` (or the box itself). */
function lineContainer(node: Node, box: Element): Node {
  let at = node.parentNode;
  while (at && at !== box && !LINE_BREAKING_TAGS.has((at as Element).tagName?.toUpperCase())) at = at.parentNode;
  return at ?? box;
}

/** Text meant for screen readers only ("opens in a new window"): not part of the sentence a reader sees. */
const SCREEN_READER_ONLY = /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-text|screenreader-only)(\s|$)/i;

export const BLOCK_SEPARATOR = '\n\n';

/** One block's text and, for each of its characters, where it is in the DOM. */
export interface BlockText {
  text: string;
  /** For each character: the index of its node in `nodes`, or -1 for a <br>'s space. */
  nodeIndex: Int32Array;
  /** For each character: its offset inside that node. */
  nodeOffset: Int32Array;
  nodes: Text[];
}

export interface TextMap {
  /** The blocks' texts joined by BLOCK_SEPARATOR. */
  text: string;
  blocks: BlockText[];
  /** Where each block's text starts in `text`. */
  starts: number[];
}

/** White space as /\s/ knows it, by code unit: a plain comparison chain, cheaper than a regex per character. */
function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** Characters that render as nothing: soft hyphen, zero-width space and joiners, word joiner, BOM. */
function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isSkipped(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    (element as HTMLElement).isContentEditable ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden') ||
    SCREEN_READER_ONLY.test(element.getAttribute('class') ?? '')
  );
}

/** The text nodes and <br>s a reader sees inside `root`, in page order, to `visit`. */
function walkVisible(root: Node, visit: (node: Node) => void): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (node) => {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (isSkipped(node as Element)) return NodeFilter.FILTER_REJECT;
      return (node as Element).tagName.toUpperCase() === 'BR' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node);
}

/** Maps one block's visible text: an element's, or a run's (its nodes, each walked as an element's inside is). */
export function mapBlock(block: ProseBlock): BlockText {
  const codes: number[] = [];
  const nodeIndex: number[] = [];
  const nodeOffset: number[] = [];
  const nodes: Text[] = [];
  const box = block instanceof Element ? block : block.parent;
  // Leading white space of a block is never rendered.
  let lastWasSpace = true;
  /** A space that stands for no character of the page (a <br>, a line between nested blocks). */
  const separate = () => {
    if (lastWasSpace) return;
    codes.push(32);
    nodeIndex.push(-1);
    nodeOffset.push(0);
    lastWasSpace = true;
  };
  let line: Node | null = null;
  const visit = (node: Node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      separate();
      return;
    }
    const container = lineContainer(node, box);
    if (line && container !== line) separate();
    line = container;
    const data = (node as Text).data;
    const index = nodes.push(node as Text) - 1;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isInvisible(code)) continue;
      const space = isSpace(code);
      if (space && lastWasSpace) continue;
      codes.push(space ? 32 : code);
      nodeIndex.push(index);
      nodeOffset.push(i);
      lastWasSpace = space;
    }
  };
  if (block instanceof Element) walkVisible(block, visit);
  else {
    for (const node of block.nodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) visit(node);
      else if (isSkipped(node as Element)) continue;
      else if ((node as Element).tagName.toUpperCase() === 'BR') visit(node);
      else walkVisible(node, visit);
    }
  }
  // Trailing white space is not rendered either, and belongs to no sentence.
  while (codes.length && codes[codes.length - 1] === 32) {
    codes.pop();
    nodeIndex.pop();
    nodeOffset.pop();
  }
  let text = '';
  // fromCharCode in bounded batches: spreading a huge array would overflow the call stack.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text, nodeIndex: Int32Array.from(nodeIndex), nodeOffset: Int32Array.from(nodeOffset), nodes };
}

/**
 * Builds the map over the given blocks, in order, stopping once `maxChars` are collected.
 * Pauses between blocks as `slicer` decides, so a long article does not block the page.
 */
export async function buildTextMap(blocks: ProseBlock[], maxChars: number, slicer: TimeSlicer): Promise<TextMap> {
  const mapped: BlockText[] = [];
  const starts: number[] = [];
  let length = 0;
  for (const element of blocks) {
    if (length >= maxChars) break;
    const block = mapBlock(element);
    if (!block.text) continue;
    if (mapped.length) length += BLOCK_SEPARATOR.length;
    starts.push(length);
    mapped.push(block);
    length += block.text.length;
    await slicer.pause();
  }
  return { text: mapped.map((b) => b.text).join(BLOCK_SEPARATOR), blocks: mapped, starts };
}

/** The block holding flat-text offset `at` (the last block starting at or before it). */
function blockAt(map: TextMap, at: number): number {
  let low = 0;
  let high = map.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (map.starts[mid] <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The DOM range of flat-text characters [start, end), or null when the text it maps to has
 * left the document (the page re-rendered it). A passage is one sentence, and a blank line
 * always ends a sentence, so it lies within one block.
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!map.blocks.length) return null;
  const b = blockAt(map, start);
  const block = map.blocks[b];
  const base = map.starts[b];
  let first = Math.max(0, start - base);
  let last = Math.min(block.text.length, end - base) - 1;
  while (first <= last && block.nodeIndex[first] < 0) first++;
  while (last >= first && block.nodeIndex[last] < 0) last--;
  if (first > last) return null;
  const startNode = block.nodes[block.nodeIndex[first]];
  const endNode = block.nodes[block.nodeIndex[last]];
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, block.nodeOffset[first]);
  range.setEnd(endNode, block.nodeOffset[last] + 1);
  return range;
}
