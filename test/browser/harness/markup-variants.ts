/**
 * The demo article (world/kremlin-rejects-stalling-charge.html) in the markup other sites give
 * the same story: its body as text with <br><br> between the paragraphs and no <p> at all (an
 * older CMS), every other paragraph left bare between the <p>s, the whole body in a shown box
 * named "paywall" (what a subscriber sees). Made from the demo page, so the demo's hand-written
 * expectations hold on each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ROOT } from './fixture-server';

const demo = readFileSync(join(FIXTURE_ROOT, 'world', 'kremlin-rejects-stalling-charge.html'), 'utf8');

const OPEN = '<article class="story">';
const CLOSE = '</article>';
/** The demo's paragraphs: the body's, and the byline (which has a class). */
const PARAGRAPH = /<p( class="[^"]+")?>([\s\S]*?)<\/p>/g;

/** The demo page with the inside of its <article> rewritten by `rewrite`. */
function withStory(rewrite: (story: string) => string): string {
  const start = demo.indexOf(OPEN) + OPEN.length;
  const end = demo.indexOf(CLOSE, start);
  return demo.slice(0, start) + rewrite(demo.slice(start, end)) + demo.slice(end);
}

/** Page name (served as /markup/<name>) to HTML. */
export function markupVariants(): Record<string, string> {
  return {
    'div-br': withStory(
      (story) =>
        `<div class="article-text">${story.replace(PARAGRAPH, (_, name: string | undefined, text: string) =>
          name ? `<span${name}>${text}</span><br><br>` : `${text}<br><br>`,
        )}</div>`,
    ),
    'bare-text': withStory((story) => {
      let body = 0;
      return story.replace(PARAGRAPH, (paragraph, name: string | undefined, text: string) => (!name && body++ % 2 ? text : paragraph));
    }),
    'subscriber-paywall': withStory((story) => {
      const body = story.indexOf('</h1>') + '</h1>'.length;
      return `${story.slice(0, body)}<div class="article-body paywall">${story.slice(body)}</div>`;
    }),
  };
}
