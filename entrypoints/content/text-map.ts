/**
 * The article's flat text, with a map from every character back to the DOM text node and
 * offset it came from, so a passage found in the flat text is highlighted exactly where it is
 * on the page, across links, <em>, line breaks and several nodes.
 *
 * White space is collapsed as the browser renders it (a run of spaces and newlines is one
 * space), and blocks are separated by a blank line, so the matcher sees sentences as a reader
 * does and never mistakes a source-code line break for a sentence end.
 */

/** Elements whose text is never part of the article's prose. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'FIGCAPTION', 'NAV', 'ASIDE', 'FORM',
]);

export interface TextMap {
  text: string;
  /** For each character of `text`: the index of its node in `nodes`, or -1 for separators. */
  nodeIndex: Int32Array;
  /** For each character of `text`: its offset inside that node. */
  nodeOffset: Int32Array;
  nodes: Text[];
}

const BLOCK_SEPARATOR = '\n\n';

function isSkipped(element: Element): boolean {
  return (
    SKIPPED_TAGS.has(element.tagName.toUpperCase()) ||
    (element as HTMLElement).isContentEditable ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden')
  );
}

/** Builds the map over the given blocks, in order, stopping once `maxChars` are collected. */
export function buildTextMap(blocks: Element[], maxChars: number): TextMap {
  const chars: string[] = [];
  const nodeIndex: number[] = [];
  const nodeOffset: number[] = [];
  const nodes: Text[] = [];
  let lastWasSpace = true;

  const emitSeparator = () => {
    for (const c of BLOCK_SEPARATOR) {
      chars.push(c);
      nodeIndex.push(-1);
      nodeOffset.push(0);
    }
    lastWasSpace = true;
  };

  for (const block of blocks) {
    if (chars.length >= maxChars) break;
    if (chars.length) {
      // Drop a trailing collapsed space before the separator: it belongs to no sentence.
      while (chars.length && chars[chars.length - 1] === ' ') {
        chars.pop();
        nodeIndex.pop();
        nodeOffset.pop();
      }
      emitSeparator();
    }
    const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE
          ? isSkipped(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP
          : NodeFilter.FILTER_ACCEPT,
    });
    for (let node = walker.nextNode(); node && chars.length < maxChars; node = walker.nextNode()) {
      const textNode = node as Text;
      const data = textNode.data;
      const index = nodes.push(textNode) - 1;
      for (let i = 0; i < data.length; i++) {
        const isSpace = /\s/.test(data[i]);
        if (isSpace && lastWasSpace) continue;
        chars.push(isSpace ? ' ' : data[i]);
        nodeIndex.push(index);
        nodeOffset.push(i);
        lastWasSpace = isSpace;
      }
    }
  }
  return {
    text: chars.join(''),
    nodeIndex: Int32Array.from(nodeIndex),
    nodeOffset: Int32Array.from(nodeOffset),
    nodes,
  };
}

/**
 * The DOM range of flat-text characters [start, end), or null when the text it maps to has
 * left the document (the page re-rendered it).
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  let first = start;
  while (first < end && map.nodeIndex[first] < 0) first++;
  let last = end - 1;
  while (last >= first && map.nodeIndex[last] < 0) last--;
  if (first > last) return null;
  const startNode = map.nodes[map.nodeIndex[first]];
  const endNode = map.nodes[map.nodeIndex[last]];
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, map.nodeOffset[first]);
  range.setEnd(endNode, map.nodeOffset[last] + 1);
  return range;
}
