// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticle } from '@/entrypoints/content/article-finder';
import { nodesOf } from '@/entrypoints/content/prose-blocks';

const para = (text: string) => `<p>${text}</p>`;
/** A section front's teaser: a headline link with a line of text under it. */
const teaser = (p: string, i: number) => `<li class="promo"><h3><a href="/a${i}">Headline number ${i} of the front</a></h3>${para(p)}</li>`;
const PROSE = [
  'Russian and Ukrainian delegations met in Istanbul on Wednesday for a brief round of peace talks and agreed on further prisoner swaps, but the two sides remained far apart.',
  'The talks lasted just 40 minutes, even shorter than the two previous rounds on May 16 and June 2, which together lasted under three hours.',
  'Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war from each side, and to hand over the bodies of dead soldiers.',
  'Ukraine said it had proposed a meeting of the two presidents before the end of August, within the deadline set by the US president for a deal.',
];

function load(html: string, head = '<meta property="og:type" content="article">'): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = html;
  return document;
}

/** Each block's text as written, white space collapsed: an element's, or a run of bare text's. */
const texts = (found: ReturnType<typeof findArticle>) =>
  found?.blocks.map((b) => nodesOf(b).map((node) => node.textContent).join('').replace(/\s+/g, ' ').trim()) ?? null;

describe('findArticle', () => {
  it('finds a body whose paragraphs sit each in its own box, and skips ads, related links and asides', () => {
    const doc = load(`
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <main><div class="story"><h1>Headline of the story</h1>
        <div class="body">
          ${PROSE.slice(0, 2).map((p) => `<div class="wrap">${para(p)}</div>`).join('')}
          <div class="ad-slot"><p>Advertisement text that is long enough to count as a paragraph of prose here.</p></div>
          <div class="related-links"><p>Related: <a href="/a">A long related headline about the talks in Istanbul</a></p></div>
          ${PROSE.slice(2).map((p) => `<div class="wrap">${para(p)}</div>`).join('')}
        </div></div>
        <aside><p>${PROSE[0]}</p></aside>
      </main>`);
    const found = findArticle(doc);
    expect(texts(found)).toEqual(PROSE);
  });

  it('reads the article’s headline with its body when the body is inside an <article>', () => {
    const doc = load(`<article><h1>Talks end with a prisoner deal</h1><div class="body">${PROSE.map(para).join('')}</div></article>`);
    expect(texts(findArticle(doc))).toEqual(['Talks end with a prisoner deal', ...PROSE]);
  });

  it('reads every entry of a live blog, not only the densest one', () => {
    const entry = (title: string, p: string) => `<li><article class="post"><h3>${title}</h3><div class="post-body">${para(p)}</div></article></li>`;
    const doc = load(`<main><h1>Live</h1><ol class="stream">${PROSE.map((p, i) => entry(`Entry ${i}`, p)).join('')}</ol></main>`);
    const found = findArticle(doc);
    expect(found?.root.tagName).toBe('OL');
    expect(texts(found)?.filter((t) => !t?.startsWith('Entry'))).toEqual(PROSE);
  });

  it('skips comments, editable boxes and the extension’s own UI', () => {
    const doc = load(`
      <article>${PROSE.map(para).join('')}
        <div class="comments">${para(PROSE[0])}</div>
        <div contenteditable="true">${para(PROSE[1])}</div>
        <div role="textbox">${para(PROSE[2])}</div>
        <div data-news-context-ui>${para(PROSE[3])}</div>
      </article>`);
    expect(texts(findArticle(doc))).toEqual(PROSE);
  });

  it('reads a body written as text and <br><br> with no <p>: each stretch between two breaks a paragraph, a lone <br> inside one; not an ad box or a short dateline between them', () => {
    const body =
      `<div class="dateline">2 July 2025</div>${PROSE[0]}<br><br>\n${PROSE[1]}<br>\n<br>\n${PROSE[2].replace('at least ', 'at least<br>\n')}` +
      `<div class="ad-slot">Advertisement text that is long enough to count as a paragraph of prose here.</div>${PROSE[3]}`;
    const read = ['Talks end with a prisoner deal', ...PROSE];
    const declared = load(`<article><div class="article-text"><h1>Talks end with a prisoner deal</h1>${body}</div></article>`);
    expect(texts(findArticle(declared))).toEqual(read);
    expect(texts(findArticle(declared, { anyway: true }))).toEqual(read);
    // An older CMS that declares nothing: read as it reads like an article (its headline stands
    // outside the body's box and any <article>, as with a body of <p>s).
    const plain = load(`<div id="content"><h1>Talks end with a prisoner deal</h1><div class="story-body">${body}</div></div>`, '');
    expect(texts(findArticle(plain))).toEqual(PROSE);
  });

  it('reads paragraphs written as bare text between the <p>s, in page order, and not a script beside them', () => {
    const linked = PROSE[3].replace('the two presidents', '<a href="/leaders">the two presidents</a>');
    const doc = load(
      `<article><h1>Talks end with a prisoner deal</h1>${para(PROSE[0])}\n${PROSE[1]}\n${para(PROSE[2])}${linked}` +
        '<script>var tracking = "a long line of script that is no prose at all, not to be read";</script></article>',
    );
    expect(texts(findArticle(doc))).toEqual(['Talks end with a prisoner deal', ...PROSE]);
  });

  it('reads a list item’s own line before the list nested in it', () => {
    const doc = load(`<article><h1>Talks end with a prisoner deal</h1><ul><li>${PROSE[0]}<ul>${PROSE.slice(1).map((p) => `<li>${p}</li>`).join('')}</ul></li></ul></article>`);
    expect(texts(findArticle(doc))).toEqual(['Talks end with a prisoner deal', ...PROSE]);
  });

  it('reads a shown body in a box named "paywall" (what a subscriber sees), but not a short paywall prompt quoting a line of it', () => {
    const prompt = `<div class="paywall-prompt">${para(`Subscribe to keep reading: ${PROSE[0]}`)}<a href="/subscribe">Subscribe</a></div>`;
    const doc = load(`<article><h1>Talks end with a prisoner deal</h1><div class="article-body paywall">${PROSE.map(para).join('')}</div>${prompt}</article>`);
    const read = ['Talks end with a prisoner deal', ...PROSE];
    expect(texts(findArticle(doc))).toEqual(read);
    expect(texts(findArticle(doc, { anyway: true }))).toEqual(read);
  });

  it('leaves out what the reader cannot see (display: none, visibility: hidden), and names it as unseen; it still counts to tell an article', () => {
    const doc = load(
      `<article><h1>Talks end with a prisoner deal</h1>${para(PROSE[0])}<div class="locked">${PROSE.slice(1, 3).map(para).join('')}</div>` +
        `<div style="visibility: hidden">${para(PROSE[3])}</div></article>`,
      '<meta property="og:type" content="article"><style>.locked { display: none; }</style>',
    );
    const found = findArticle(doc);
    expect(texts(found)).toEqual(['Talks end with a prisoner deal', PROSE[0]]);
    expect(found?.unseen.map((element) => element.textContent)).toEqual(PROSE.slice(1));
    // Asked to read the page, the reader still gets only what is shown.
    expect(texts(findArticle(doc, { anyway: true }))).toEqual(['Talks end with a prisoner deal', PROSE[0]]);
  });

  it('reads the shown copy of a story, not a hidden one the page keeps for another layout', () => {
    const copy = (name: string) => `<div class="${name}"><article><h1>${name}</h1>${PROSE.map(para).join('')}</article></div>`;
    const doc = load(`${copy('mobile')}${copy('desktop')}`, '<meta property="og:type" content="article"><style>.mobile { display: none; }</style>');
    expect(texts(findArticle(doc))).toEqual(['desktop', ...PROSE]);
  });

  it('answers null for a section front of headline links with a line of text under each', () => {
    const doc = load(`<main><h1>Europe</h1><ul class="grid">${[...PROSE, ...PROSE].map(teaser).join('')}</ul></main>`, '<meta property="og:type" content="website">');
    expect(findArticle(doc)).toBeNull();
  });

  it('answers null while there is too little prose (a page still loading, a stub)', () => {
    const doc = load(`<article><h1>Live: talks in Istanbul</h1>${para(PROSE[0])}</article>`);
    expect(findArticle(doc)).toBeNull();
  });

  it('answers null for a page that neither declares an article nor reads like one', () => {
    const doc = load(`<div class="app">${PROSE.map((p) => para(p.slice(0, 120))).join('')}</div>`, '');
    expect(findArticle(doc)).toBeNull();
  });

  describe('a page that holds several stories (an infinite scroll appends the next below the first)', () => {
    const NEXT = [
      "Halvik's port authority will shut the northern container terminal for six months from September so engineers can replace its quay wall.",
      'Chief executive Marta Lindqvist said the port would lose about a third of its container capacity while the works go on through the winter.',
      'The quay wall, built in 1968, was found last year to be sinking by up to four centimetres a year after a survey by divers and sonar crews.',
      'Repairing the wall will cost an estimated 84 million euros, of which the national infrastructure fund has agreed to pay half, the port said.',
    ];
    const story = (tag: string, cls: string, headline: string, paragraphs: string[]) =>
      `<${tag} class="${cls}"><h1>${headline}</h1>${paragraphs.map(para).join('')}</${tag}>`;
    const headlines = (found: ReturnType<typeof findArticle>) => found?.articles.map((box) => box.querySelector('h1')?.textContent ?? null);

    it('reads the next story in another wrapper too, each story an article of its own', () => {
      const doc = load(
        `<main id="stream">${story('article', 'story', 'Talks end with a prisoner deal', PROSE)}${story('section', 'next-story', 'Port terminal to close', NEXT)}</main>`,
      );
      const found = findArticle(doc);
      expect(texts(found)).toEqual(['Talks end with a prisoner deal', ...PROSE, 'Port terminal to close', ...NEXT]);
      expect(headlines(found)).toEqual(['Talks end with a prisoner deal', 'Port terminal to close']);
    });

    it('tells two stories of the same template apart; a box of prose beside the story without a headline of its own is not one', () => {
      const two = load(`<main>${story('article', 'story', 'Talks end with a prisoner deal', PROSE)}${story('article', 'story', 'Port terminal to close', NEXT)}</main>`);
      expect(headlines(findArticle(two))).toEqual(['Talks end with a prisoner deal', 'Port terminal to close']);
      const beside = load(`<main>${story('article', 'story', 'Talks end with a prisoner deal', PROSE)}<div class="extra">${NEXT.map(para).join('')}</div></main>`);
      const found = findArticle(beside);
      expect(texts(found)).toEqual(['Talks end with a prisoner deal', ...PROSE]);
      expect(headlines(found)).toEqual(['Talks end with a prisoner deal']);
    });

    it('reads a live blog’s entries as one article', () => {
      const entry = (title: string, p: string) => `<li><article class="post"><h3>${title}</h3>${para(p)}</article></li>`;
      const doc = load(`<main><h1>Live</h1><ol class="stream">${PROSE.map((p, i) => entry(`Entry ${i}`, p)).join('')}</ol></main>`);
      const found = findArticle(doc);
      expect(found?.articles).toEqual([found?.root]);
    });
  });

  describe('read anyway (the reader clicked the toolbar button)', () => {
    it('reads a section front’s teaser lines, not its headline links', () => {
        const doc = load(`<main><h1>Europe</h1><ul class="grid">${PROSE.map(teaser).join('')}</ul></main>`, '<meta property="og:type" content="website">');
      expect(findArticle(doc)).toBeNull();
      expect(texts(findArticle(doc, { anyway: true }))).toEqual(PROSE);
    });

    it('reads a front’s teasers also when a line of intro stands outside them, and an article without its related teasers', () => {
        const intro = 'The latest news and analysis from across Europe, updated through the day.';
      const front = load(`<main><h1>Europe</h1><p class="intro">${intro}</p><ul class="grid">${PROSE.map(teaser).join('')}</ul></main>`, '');
      expect(texts(findArticle(front, { anyway: true }))).toEqual(PROSE);
      const related = `<ul class="related">${PROSE.map((p) => `<li class="promo">${para(`Related: ${p}`)}</li>`).join('')}</ul>`;
      const article = load(`<article><h1>Talks end with a prisoner deal</h1>${PROSE.map(para).join('')}${related}</article>`);
      expect(texts(findArticle(article, { anyway: true }))).toEqual(texts(findArticle(article)));
      expect(texts(findArticle(article))).toEqual(['Talks end with a prisoner deal', ...PROSE]);
    });

    it('reads a short piece and a page that declares nothing', () => {
      const stub = load(`<article><h1>Live: talks in Istanbul</h1>${para(PROSE[0])}</article>`);
      expect(texts(findArticle(stub, { anyway: true }))).toEqual(['Live: talks in Istanbul', PROSE[0]]);
      const undeclared = load(`<div class="app">${PROSE.map((p) => para(p.slice(0, 120))).join('')}</div>`, '');
      expect(texts(findArticle(undeclared, { anyway: true }))).toEqual(PROSE.map((p) => p.slice(0, 120).trim()));
    });

    it('still answers null where there is no prose to read: only links, navigation and comments', () => {
      const doc = load(
        `<nav>${para(PROSE[0])}</nav><ul>${PROSE.map((p, i) => `<li><a href="/a${i}">${p}</a></li>`).join('')}</ul><section class="comments">${para(PROSE[1])}</section>`,
        '',
      );
      expect(findArticle(doc, { anyway: true })).toBeNull();
    });
  });
});
