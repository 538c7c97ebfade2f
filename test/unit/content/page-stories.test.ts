// @vitest-environment happy-dom
/**
 * The stories of a page that holds several: each one's text as the matcher reads it, and which
 * one the page's title names (the one its address is), or none when the title carries no
 * headline of them or more than one.
 */
import { describe, expect, it } from 'vitest';
import { pageStories } from '@/entrypoints/content/page-stories';
import { buildTextMap } from '@/entrypoints/content/text-map';
import { TimeSlicer } from '@/entrypoints/content/time-slicer';

const TALKS = ['Talks end with a prisoner deal', 'The delegations met for forty minutes in Istanbul on Wednesday.'];
const PORT = ['Port terminal to close', 'The northern container terminal will shut for six months from September.'];
const TRAMS = ['Trams', 'The city council approved a new budget for its trams on Wednesday.'];

/** A stream of stories, each a box with its headline and a paragraph; answers its boxes and the map of their blocks. */
async function stream(...stories: string[][]) {
  document.body.innerHTML = `<main>${stories.map(([headline, p]) => `<article><h1>${headline}</h1><p>${p}</p></article>`).join('')}</main>`;
  const boxes = [...document.querySelectorAll('article')];
  const map = await buildTextMap([...document.querySelectorAll('h1, p')], 100_000, new TimeSlicer());
  return { boxes, map };
}

describe('pageStories', () => {
  it('gives each story’s text and names the one whose headline the title carries, white space and case aside', async () => {
    const { boxes, map } = await stream(TALKS, PORT);
    expect(pageStories(map, boxes, 'port  TERMINAL to close | Demo Daily')).toEqual({ texts: [TALKS.join('\n\n'), PORT.join('\n\n')], named: 1 });
    expect(pageStories(map, boxes, 'Talks end with a prisoner deal - Demo Daily')?.named).toBe(0);
  });

  it('names none when the title carries no headline of them, or more than one', async () => {
    const { boxes, map } = await stream(TALKS, PORT, TRAMS);
    expect(pageStories(map, boxes, 'Demo Daily: world news')?.named).toBeNull();
    // "Trams" is in the title, and so is the port story's headline.
    expect(pageStories(map, boxes, 'Port terminal to close: trams and ferries run as usual')?.named).toBeNull();
  });

  it('is nothing on a page of one article: its text is the page’s', async () => {
    const { boxes, map } = await stream(TALKS);
    expect(pageStories(map, boxes, TALKS[0])).toBeUndefined();
  });
});
