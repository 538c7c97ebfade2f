// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { proseBlocks, type ProseBlock } from '@/entrypoints/content/prose-blocks';

/** Each block as "tag: text" for an element, "run: text" for bare text, white space collapsed. */
function shown(blocks: ProseBlock[]): string[] {
  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  return blocks.map((block) =>
    block instanceof Element
      ? `${block.tagName.toLowerCase()}: ${collapse(block.textContent ?? '')}`
      : `run: ${collapse(block.nodes.map((node) => node.textContent).join(''))}`,
  );
}

function blocksOf(html: string): ProseBlock[] {
  document.body.innerHTML = html;
  return proseBlocks(document.body.firstElementChild!);
}

describe('proseBlocks', () => {
  it('cuts a box of bare text into paragraphs at each pair of line breaks, spaces between them or not; a lone <br> stays inside one', () => {
    const blocks = blocksOf('<div><br>First line<br>\nstill the first.<br><br>Second <em>one</em>.<br> \n <br><br><br>Third.<br></div>');
    expect(shown(blocks)).toEqual(['run: First line still the first.', 'run: Second one.', 'run: Third.']);
    // A run is the box's own child nodes: the <em> whole, not its text node.
    const second = blocks[1] as { parent: Element; nodes: Node[] };
    expect(second.parent).toBe(document.querySelector('div'));
    expect(second.nodes.map((node) => node.nodeName)).toEqual(['#text', 'EM', '#text', 'BR', '#text']);
  });

  it('gives blocks and runs in page order: innermost blocks only, a box or a <nav> ending a run, a script or a button not', () => {
    const blocks = blocksOf(
      '<article><h1>Head</h1>Lead text<script>var x = "not prose";</script> goes on<button>Share</button> here.' +
        '<p>A paragraph.</p>Bare between.<nav>Menu</nav>After the menu.<div>In a box.</div>After the box.' +
        '<ul><li>Item one</li><li>Item with <p>its own paragraph</p></li></ul></article>',
    );
    expect(shown(blocks)).toEqual([
      'h1: Head',
      'run: Lead text goes on here.',
      'p: A paragraph.',
      'run: Bare between.',
      'run: After the menu.',
      'run: In a box.',
      'run: After the box.',
      'li: Item one',
      'run: Item with',
      'p: its own paragraph',
    ]);
  });

  it('looks inside a link that wraps a heading (a teaser), and leaves the loose text of table cells and figures alone', () => {
    const blocks = blocksOf(
      '<section><a href="/story"><h3>Teaser heading</h3></a>Summary of the story in a line.' +
        '<table><tr><td>Russia</td><td>19%</td></tr></table><figure>A picture credit</figure></section>',
    );
    expect(shown(blocks)).toEqual(['h3: Teaser heading', 'run: Summary of the story in a line.']);
  });
});
