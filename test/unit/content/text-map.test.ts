// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, mapBlock, rangeFor } from '@/entrypoints/content/text-map';
import { TimeSlicer } from '@/entrypoints/content/time-slicer';

function blocks(html: string): Element[] {
  document.body.innerHTML = html;
  return [...document.body.querySelectorAll('p')];
}

/** The range's text as the DOM holds it, for checking where a range starts and ends. */
const rangeText = (range: Range | null) => range?.toString() ?? null;

describe('mapBlock', () => {
  it('collapses white space as rendered and drops leading and trailing spaces', () => {
    const [p] = blocks('<p>\n   Russia   and\n\tUkraine  met.  </p>');
    expect(mapBlock(p).text).toBe('Russia and Ukraine met.');
  });

  it('reads across links, <em> and <strong> as one sentence', () => {
    const [p] = blocks('<p>Talks in <a href="/x">Istanbul</a> lasted <em>just <strong>40</strong> minutes</em>.</p>');
    expect(mapBlock(p).text).toBe('Talks in Istanbul lasted just 40 minutes.');
  });

  it('reads a <br> as a space even with no white space around it', () => {
    const [p] = blocks('<p>more prisoners<br>of war</p>');
    expect(mapBlock(p).text).toBe('more prisoners of war');
  });

  it('keeps the text of nested blocks and table cells apart', () => {
    document.body.innerHTML =
      '<blockquote><div>First claim.</div><div>Second claim.</div></blockquote><ul><li>Lead.<div>Detail.</div></li></ul>' +
      '<table><tr><td>One</td><td>Two</td></tr></table>';
    const [quote, item, table] = ['blockquote', 'li', 'table'].map((tag) => document.querySelector(tag)!);
    expect(mapBlock(quote).text).toBe('First claim. Second claim.');
    expect(mapBlock(item).text).toBe('Lead. Detail.');
    expect(mapBlock(table).text).toBe('One Two');
  });

  it('ignores a hidden <br>', () => {
    const [p] = blocks('<p>one<br hidden>word</p>');
    expect(mapBlock(p).text).toBe('oneword');
  });

  it('drops soft hyphens and zero-width spaces, and treats a no-break space as a space', () => {
    const [p] = blocks('<p>nego\u00adtiators\u200b met&nbsp;again</p>');
    expect(mapBlock(p).text).toBe('negotiators met again');
  });

  it('leaves out scripts, hidden text, screen-reader-only text and editable islands', () => {
    const [p] = blocks(
      '<p>Visible<script>var x = 1;</script> <span hidden>hidden</span><span class="sr-only">(opens in new window)</span>' +
        ' text<span contenteditable="true">typed</span>.</p>',
    );
    expect(mapBlock(p).text).toBe('Visible text.');
  });
});

describe('buildTextMap and rangeFor', () => {
  it('joins blocks with a blank line and maps a passage back to exactly its characters', async () => {
    const ps = blocks('<p>First block.</p><p>The talks in <a href="#">Istanbul</a> lasted <em>40</em> minutes. Then more.</p>');
    const map = await buildTextMap(ps, 10_000, new TimeSlicer());
    expect(map.text).toBe('First block.\n\nThe talks in Istanbul lasted 40 minutes. Then more.');
    const sentence = 'The talks in Istanbul lasted 40 minutes.';
    const start = map.text.indexOf(sentence);
    const range = rangeFor(map, start, start + sentence.length)!;
    expect(rangeText(range)).toBe(sentence);
    expect(range.startContainer).toBe(ps[1].firstChild);
    expect(range.endContainer.textContent).toBe(' minutes. Then more.');
  });

  it('maps a passage that spans a <br> and collapsed white space to the right DOM offsets', async () => {
    const ps = blocks('<p>Intro.   Medinsky   said 1,200 more prisoners<br>of war. Outro.</p>');
    const map = await buildTextMap(ps, 10_000, new TimeSlicer());
    const sentence = 'Medinsky said 1,200 more prisoners of war.';
    const start = map.text.indexOf(sentence);
    expect(start).toBeGreaterThan(0);
    const range = rangeFor(map, start, start + sentence.length)!;
    // The DOM's own text: the original spaces, and no character for the <br>.
    expect(rangeText(range)).toBe('Medinsky   said 1,200 more prisonersof war.');
  });

  it('maps a run of bare text (a paragraph with no element of its own) from its own nodes only, and a passage in it back to them', async () => {
    document.body.innerHTML =
      '<div>Before.<p>Block.</p>The talks in <a href="#">Istanbul</a> lasted<br>40 minutes. <span hidden>x</span>Then more.<br><br>After.</div>';
    const box = document.querySelector('div')!;
    // "The talks in " up to "Then more.", as ./prose-blocks.ts cuts the box's children.
    const nodes = [...box.childNodes].slice(2, 9);
    const map = await buildTextMap([{ parent: box, nodes }], 10_000, new TimeSlicer());
    expect(map.text).toBe('The talks in Istanbul lasted 40 minutes. Then more.');
    const sentence = 'The talks in Istanbul lasted 40 minutes.';
    const range = rangeFor(map, 0, sentence.length)!;
    // The DOM's own text: no character for the <br>.
    expect(rangeText(range)).toBe('The talks in Istanbul lasted40 minutes.');
    expect(range.startContainer).toBe(nodes[0]);
    expect(range.endContainer).toBe(nodes[4]);
  });

  it('answers null once the text a range depends on has left the document', async () => {
    const ps = blocks('<p>A sentence here.</p>');
    const map = await buildTextMap(ps, 10_000, new TimeSlicer());
    ps[0].innerHTML = 'A sentence here.';
    expect(rangeFor(map, 0, 5)).toBeNull();
  });

  it('stops collecting at the character budget', async () => {
    const ps = blocks('<p>One.</p><p>Two.</p><p>Three.</p>');
    const map = await buildTextMap(ps, 8, new TimeSlicer());
    expect(map.text).toBe('One.\n\nTwo.');
  });

  it('skips empty blocks without leaving blank separators behind', async () => {
    const ps = blocks('<p>One.</p><p>   </p><p>Two.</p>');
    const map = await buildTextMap(ps, 10_000, new TimeSlicer());
    expect(map.text).toBe('One.\n\nTwo.');
    expect(map.starts).toEqual([0, 6]);
  });
});
