/**
 * The stories of a page that holds several (an infinite scroll appends the next story below the
 * first, and moves the address to the story the reader scrolls into): each one's text as the
 * matcher reads it, and which one the address names. Every story is highlighted, but "Add this
 * page" must store one story, under its own address: the one whose headline the page's title
 * carries, since sites that move the address to a story set the title to its headline too.
 * Where the title carries none of them, or more than one, which one cannot be told.
 */
import type { PageStories } from '@/lib/protocol';
import { BLOCK_SEPARATOR, type TextMap } from './text-map';

/** Compared as read: white space collapsed, case aside. */
const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** `boxes`: the box of each article on the page (FoundArticle.articles), every block of `map` in one. Nothing for a page of one article. */
export function pageStories(map: TextMap, boxes: readonly Element[], title: string): PageStories | undefined {
  if (boxes.length < 2) return undefined;
  // A block is in the box that holds its first text node (a mapped block always has one).
  const texts = boxes.map((box) => map.blocks.filter((block) => box.contains(block.nodes[0])).map((block) => block.text).join(BLOCK_SEPARATOR));
  const heard = folded(title);
  const named = boxes.flatMap((box, index) => {
    const headline = folded(box.querySelector('h1')?.textContent ?? '');
    return headline && heard.includes(headline) ? [index] : [];
  });
  return { texts, named: named.length === 1 ? named[0] : null };
}
