/**
 * Finds the article on a live page: whether the page is an article at all, and the blocks of
 * its body text, skipping navigation, related-link lists, comments, ads, editable fields and
 * the extension's own UI. Asked by the reader, it reads a page that is not an article too: its
 * densest prose, or its teasers for other stories when that is all it has.
 *
 * The body is where paragraph text is densest (Readability's idea: a paragraph counts fully
 * for its parent and half for its grandparent, so bodies that wrap each paragraph in its own
 * box are found too). A paragraph is a <p> or one written as bare text in its box
 * (./prose-blocks.ts: a `<div>` body with `<br><br>` between paragraphs has no <p> at all).
 * Live blogs repeat one entry box many times: boxes of the same template next to the body's
 * are entries of the same story and are read with it. An infinite scroll appends the next
 * stories below the first, each a whole article with its own headline (<h1>), in the same
 * template or another: they are read too, each an article of its own, so the reader gets
 * highlights on every story on the page while "Add this page" can tell them apart. Only what
 * the reader sees is read (./visibility.ts); text the page hides still counts to tell an
 * article, as a story cut short by a "Read more" is one.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { elementOf, nodesOf, proseBlocks, type ProseBlock } from './prose-blocks';
import { VisibilityCheck } from './visibility';

const HEADING = /^H[1-6]$/;

/** Containers that are never the article's own prose. */
const EXCLUDED_CONTAINERS = [
  'nav', 'aside', 'footer', 'form', 'figure', 'figcaption', 'dialog', 'textarea', 'input', 'select', 'button',
  '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]', '[role="search"]', '[role="dialog"]',
  '[role="alertdialog"]', '[role="textbox"]', '[contenteditable]:not([contenteditable="false"])',
  '[aria-hidden="true"]', '[data-news-context-ui]',
].join(', ');

/** Class or id words of boxes that are never the story: ads, comments, sharing, sign-ups. */
const NEVER_STORY_NAMES =
  /(^|[\s_-])(ad|ads|advert|advertisement|sponsor(ed)?|newsletter|signup|comments?|disqus|share|social|outbrain|taboola|subscribe|cookie|consent|breadcrumbs?)($|[\s_-])/i;
/**
 * Class or id words of a paywall: its prompt ("Subscribe to keep reading") is not the story,
 * but sites name the box of the story's body so too, which a subscriber sees whole. A box so
 * named is a prompt only while it holds less than an article's worth of text.
 */
const PAYWALL_NAMES = /(^|[\s_-])paywall($|[\s_-])/i;
/** Class or id words of boxes of teasers for other stories: not the article's, but all a section front has. */
const TEASER_NAMES = /(^|[\s_-])(promo|related|recommended|most-?read|most-?popular|trending|read-?more|more-?stories)($|[\s_-])/i;

/** Structured data that declares the page an article or a live blog. */
const ARTICLE_TYPES = /"@type"\s*:\s*\[?\s*"(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|LiveBlogPosting|BlogPosting)"/;

/** A block whose text is mostly link text is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.5;
/**
 * Paragraphs shorter than this (bylines, datelines, captions) do not decide where the body is;
 * bare text this short in a box (a date, a label, a credit) is not read at all.
 */
const MIN_SCORED_PARAGRAPH = 25;
/** Less prose than this is a teaser, a stub or a page still loading, not an article to analyze. */
const MIN_ARTICLE_CHARS = 400;
const MIN_PROSE_BLOCKS = 3;

export interface FoundArticle {
  /** The element holding every block: watched for changes. */
  root: Element;
  /** The blocks the reader sees. */
  blocks: ProseBlock[];
  /** The elements of the blocks the reader cannot see (a collapsed "Read more", `hidden`): watched for being shown. */
  unseen: Element[];
  /**
   * The box of each article the page holds, in page order, every block in one of them: `root`
   * alone on most pages (a live blog's entries are one article), a box per story where an
   * infinite scroll has appended more.
   */
  articles: Element[];
}

function textLength(node: Node): number {
  const text = node.textContent ?? '';
  // Counting non-space characters is enough to compare sizes, and cheaper than collapsing spaces.
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) count++;
  return count;
}

/**
 * The page's blocks of prose, found once per search and read by both of its passes (the
 * article's and, asked to read anyway, the teasers'): their lengths, each counted once, and
 * whether the reader sees them.
 */
class PageProse {
  readonly blocks: ProseBlock[];
  readonly visibility = new VisibilityCheck();
  private readonly lengths = new Map<ProseBlock, number>();

  constructor(doc: Document) {
    this.blocks = doc.body ? proseBlocks(doc.body) : [];
  }

  length(block: ProseBlock): number {
    let length = this.lengths.get(block);
    if (length === undefined) {
      length = 0;
      for (const node of nodesOf(block)) length += textLength(node);
      this.lengths.set(block, length);
    }
    return length;
  }
}

/** The share of a block's `length` characters that is link text. */
function linkDensity(block: ProseBlock, length: number): number {
  if (!length) return 1;
  let linked = 0;
  for (const node of nodesOf(block)) {
    if (!(node instanceof Element)) continue;
    // A run's link is one of its own nodes; an element's are inside it.
    if (node.tagName === 'A') linked += textLength(node);
    else for (const link of node.querySelectorAll('a')) linked += textLength(link);
  }
  return linked / length;
}

/**
 * Memoized per search: whether an element is inside a box that is not the story: by its kind
 * (navigation, forms, editable fields, the extension's UI), by its class or id (ads, comments,
 * a paywall's prompt), and, unless `teasers` are read, as a box of teasers for other stories.
 */
function exclusionCheck(doc: Document, teasers = false): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  const excluded = (element: Element | null): boolean => {
    // The document's own classes ("has-comments", "ads-on") describe the site, not a box.
    if (!element || element === doc.body || element === doc.documentElement) return false;
    const cached = known.get(element);
    if (cached !== undefined) return cached;
    const names = `${element.id} ${element.getAttribute('class') ?? ''}`;
    const result =
      element.matches(EXCLUDED_CONTAINERS) ||
      NEVER_STORY_NAMES.test(names) ||
      (PAYWALL_NAMES.test(names) && textLength(element) < MIN_ARTICLE_CHARS) ||
      (!teasers && TEASER_NAMES.test(names)) ||
      excluded(element.parentElement);
    known.set(element, result);
    return result;
  };
  return excluded;
}

/** The element the reader sees that holds most of the page's paragraph text. */
function densestContainer(doc: Document, prose: PageProse, excluded: (element: Element) => boolean): Element | null {
  const scores = new Map<Element, number>();
  for (const paragraph of prose.blocks) {
    if (paragraph instanceof Element ? paragraph.tagName !== 'P' || excluded(paragraph) : excluded(paragraph.parent)) continue;
    const length = prose.length(paragraph);
    if (length < MIN_SCORED_PARAGRAPH) continue;
    const parent = paragraph instanceof Element ? paragraph.parentElement : paragraph.parent;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent && grandparent !== doc.documentElement) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    // Not a copy of the story the page hides (kept for another layout, or for print).
    if (score > bestScore && prose.visibility.seen(element)) [best, bestScore] = [element, score];
  }
  return best;
}

/** Same tag and class: another box of the same template (a live-blog entry, a story section). */
const sameTemplate = (a: Element, b: Element) =>
  a.tagName === b.tagName && (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '');

/** How far above the body to look for the repeated box of a live blog's entries (li > article > div), or the next story's. */
const ENTRY_LEVELS = 3;

/** A headline of the box's own: a page has one <h1>, its story's, unless it holds several stories. */
const hasHeadline = (box: Element, excluded: (element: Element) => boolean) =>
  [...box.querySelectorAll('h1')].some((h1) => !excluded(h1));

/** Another story beside the body, whatever its wrapper: a headline of its own over an article's worth of prose. */
const isStory = (box: Element, prose: PageProse, excluded: (element: Element) => boolean) =>
  hasHeadline(box, excluded) && enoughProse(readContainers(prose, [box], box, excluded));

interface Containers {
  root: Element;
  containers: Element[];
  articles: Element[];
}

/**
 * The body widened to the semantic article around it, and to the boxes beside it that hold
 * more of the page's prose: entries of the same template (a live blog's), and the next stories
 * of an infinite scroll. Where two or more of those boxes have headlines of their own, each box
 * is an article; otherwise they are entries of one.
 */
function articleContainers(densest: Element, prose: PageProse, excluded: (element: Element) => boolean): Containers {
  const body = densest.closest('[itemprop="articleBody"], article') ?? densest;
  let box = body;
  for (let level = 0; level < ENTRY_LEVELS; level++) {
    const parent = box.parentElement;
    if (!parent || parent === body.ownerDocument.body) break;
    const beside = [...parent.children].filter((el) => el.querySelector('p') && (sameTemplate(el, box) || isStory(el, prose, excluded)));
    if (beside.length > 1) {
      const stories = beside.filter((el) => hasHeadline(el, excluded)).length > 1;
      return { root: parent, containers: beside, articles: stories ? beside : [parent] };
    }
    box = parent;
  }
  return { root: body, containers: [body], articles: [body] };
}

/** Whether an element is one of `containers` or inside one: looked up through its ancestors, up to `root` at most. */
function insideOf(containers: Element[], root: Element): (element: Element) => boolean {
  const boxes = new Set(containers);
  return (element) => {
    for (let at: Element | null = element; at; at = at === root ? null : at.parentElement) if (boxes.has(at)) return true;
    return false;
  };
}

function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type"][content="article"]')) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) => ARTICLE_TYPES.test(s.textContent ?? ''));
}

/** What boxes of the page hold: the blocks the reader sees, and how much prose there is. */
interface Prose {
  blocks: ProseBlock[];
  unseen: Element[];
  /** Blocks and characters of prose, seen or not. */
  proseBlocks: number;
  proseChars: number;
  linkBlocks: number;
  /** Blocks of prose the reader sees. */
  seenProse: number;
}

type ReadBlocks = Prose & FoundArticle;

/** The blocks of the densest prose and how much of them is prose, or null when the page has no paragraph to go by. */
function readBlocks(doc: Document, prose: PageProse, excluded: (element: Element) => boolean): ReadBlocks | null {
  const densest = densestContainer(doc, prose, excluded);
  if (!densest) return null;
  const { root, containers, articles } = articleContainers(densest, prose, excluded);
  return { root, articles, ...readContainers(prose, containers, root, excluded) };
}

/** The prose blocks of `containers` (boxes inside `root`), in page order, and how much of them is prose. */
function readContainers(prose: PageProse, containers: Element[], root: Element, excluded: (element: Element) => boolean): Prose {
  const inside = insideOf(containers, root);
  const blocks: ProseBlock[] = [];
  const unseen: Element[] = [];
  let linkBlocks = 0;
  let paragraphs = 0;
  let proseChars = 0;
  let seenProse = 0;
  // In page order, as the containers are.
  for (const block of prose.blocks) {
    const element = elementOf(block);
    if (!inside(element) || excluded(element)) continue;
    const length = prose.length(block);
    if (!length || (!(block instanceof Element) && length < MIN_SCORED_PARAGRAPH)) continue;
    if (linkDensity(block, length) > MAX_LINK_DENSITY) {
      linkBlocks++;
      continue;
    }
    const paragraph = !(block instanceof Element && HEADING.test(block.tagName));
    if (paragraph) {
      paragraphs++;
      proseChars += length;
    }
    if (!prose.visibility.seen(block)) {
      unseen.push(element);
      continue;
    }
    blocks.push(block);
    if (paragraph) seenProse++;
  }
  return { blocks, unseen, proseBlocks: paragraphs, proseChars, linkBlocks, seenProse };
}

const enoughProse = <T extends Prose>(read: T | null): read is T =>
  !!read && read.proseChars >= MIN_ARTICLE_CHARS && read.proseBlocks >= MIN_PROSE_BLOCKS;

/**
 * `anyway`: the reader asked for this page (the toolbar button), so it is read even when it does
 * not look like an article (a section front, a short piece, a site that declares nothing).
 */
export function findArticle(doc: Document, { anyway = false } = {}): FoundArticle | null {
  const prose = new PageProse(doc);
  const read = readBlocks(doc, prose, exclusionCheck(doc));
  if (anyway) return findAnyway(doc, prose, read);
  if (!enoughProse(read)) return null;
  const { root, blocks, unseen, articles, proseBlocks, linkBlocks } = read;
  // A section front is headline links with a line of text under each: as many links as prose.
  if (linkBlocks >= MIN_PROSE_BLOCKS && linkBlocks >= proseBlocks) return null;
  if (!declaresArticle(doc) && !isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return null;
  return { root, blocks, unseen, articles };
}

/**
 * The densest prose as it is, as long as there is some; where the rest is not an article's worth
 * (a front's intro line alone is not what the reader asked for), the teasers for other stories
 * if they hold more. An article's own related boxes stay out; ads and comments always do.
 */
function findAnyway(doc: Document, prose: PageProse, read: ReadBlocks | null): FoundArticle | null {
  const withTeasers = enoughProse(read) ? null : readBlocks(doc, prose, exclusionCheck(doc, true));
  const chosen = withTeasers && withTeasers.proseChars > (read?.proseChars ?? 0) ? withTeasers : read;
  return chosen?.seenProse ? { root: chosen.root, blocks: chosen.blocks, unseen: chosen.unseen, articles: chosen.articles } : null;
}
