/**
 * Finds the article on a live page: whether the page is an article at all, and the blocks of
 * its body text, skipping navigation, related-link lists, comments, ads, editable fields and
 * the extension's own UI.
 */
import { isProbablyReaderable } from '@mozilla/readability';

/** Blocks of prose inside the article body. */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, li, blockquote, pre';

/** Containers that are never the article's own prose. */
const EXCLUDED_CONTAINERS =
  'nav, aside, footer, header nav, form, figure, figcaption, [role="navigation"], [role="complementary"], ' +
  '[role="contentinfo"], [contenteditable=""], [contenteditable="true"], [aria-hidden="true"], [hidden], ' +
  '[data-news-context-ui]';

/** Class or id words of boxes that are ads, promos, comments or link lists, not the story. */
const NON_ARTICLE_NAMES =
  /(^|[\s_-])(ad|ads|advert|advertisement|promo|sponsor(ed)?|related|recommended|newsletter|comments?|share|social|outbrain|taboola|most-?read|trending|subscribe|paywall-promo)($|[\s_-])/i;

/** A block whose text is mostly link text is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.5;

export interface FoundArticle {
  root: Element;
  blocks: Element[];
}

function textLength(element: Element): number {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

function linkDensity(element: Element): number {
  const total = textLength(element);
  if (!total) return 1;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += textLength(link);
  return linked / total;
}

function isExcluded(element: Element, root: Element): boolean {
  for (let el: Element | null = element; el && el !== root.parentElement; el = el.parentElement) {
    if (el.matches(EXCLUDED_CONTAINERS)) return true;
    const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (el !== root && NON_ARTICLE_NAMES.test(names)) return true;
  }
  return false;
}

/** The element holding most of the page's paragraph text: the article body. */
function findRoot(doc: Document): Element | null {
  const explicit = [...doc.querySelectorAll('[itemprop="articleBody"], article, [role="main"], main')];
  const scored = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || isExcluded(p, doc.documentElement)) continue;
    scored.set(parent, (scored.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scored) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  if (!best) return null;
  // Prefer the semantic container around the densest paragraph parent, so headings and
  // sibling sections of the same story are included.
  return explicit.find((container) => container.contains(best)) ?? best;
}

export function findArticle(doc: Document): FoundArticle | null {
  if (!isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return null;
  const root = findRoot(doc);
  if (!root) return null;
  const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)].filter(
    (block) =>
      // Innermost blocks only: a <li> holding <p>s is read through its paragraphs.
      !block.querySelector(BLOCK_SELECTOR) &&
      !isExcluded(block, root) &&
      textLength(block) > 0 &&
      linkDensity(block) <= MAX_LINK_DENSITY,
  );
  return blocks.length ? { root, blocks } : null;
}
