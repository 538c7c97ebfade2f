/**
 * Generated hostile pages: huge, deep, node-heavy, markup-looking, right-to-left, framed,
 * self-rewriting and snooping. Each embeds sentences that report corpus claims (from the demo
 * fixture's hand-written expectations) among filler, so the extension has real work to do on them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_ROOT } from './fixture-server';

const demo = JSON.parse(
  readFileSync(join(FIXTURE_ROOT, 'world', 'kremlin-rejects-stalling-charge.expect.json'), 'utf8'),
) as { reported: string[] };

export const REPORTED = demo.reported;
/** A corpus sentence word for word, so it is found whatever the surroundings. */
export const VERBATIM = REPORTED.find((s) => s.startsWith('Luhansk, which has an area'))!;

const FILLER =
  'Officials in the regional council said the new tram timetable would take effect next month after a review of costs.';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">${head}</head><body><main><article><h1>${title}</h1>
${body}
</article></main></body></html>`;
}

const paragraph = (i: number) => `<p>${escape(i % 7 === 0 ? REPORTED[(i / 7) % REPORTED.length] : `${FILLER} Item ${i}.`)}</p>`;

/** About `megabytes` of article text in ordinary paragraphs. */
function hugeText(megabytes: number): string {
  const paragraphs: string[] = [];
  for (let size = 0, i = 0; size < megabytes * 1_000_000; i++) {
    const p = paragraph(i);
    paragraphs.push(p);
    size += p.length;
  }
  return page('Five megabytes of text', paragraphs.join('\n'));
}

/** 100,000 elements: every word of every paragraph in its own span. */
function manyNodes(): string {
  const paragraphs: string[] = [];
  for (let nodes = 0, i = 0; nodes < 100_000; i++) {
    const words = (i % 7 === 0 ? REPORTED[(i / 7) % REPORTED.length] : `${FILLER} Item ${i}.`).split(' ');
    paragraphs.push(`<p>${words.map((w) => `<span>${escape(w)}</span>`).join(' ')}</p>`);
    nodes += words.length + 1;
  }
  return page('A hundred thousand nodes', paragraphs.join('\n'));
}

/** The article's paragraphs at the bottom of 1,000 nested boxes. */
function deepNesting(): string {
  // Enough paragraphs to carry every reported sentence once (each 7th paragraph is one).
  const paragraphs = Array.from({ length: 7 * REPORTED.length }, (_, i) => paragraph(i)).join('\n');
  return page('Nested a thousand deep', `${'<div>'.repeat(1000)}${paragraphs}${'</div>'.repeat(1000)}`);
}

/** Text that looks like markup and script, inside and around reported sentences. */
export const MARKUP_TEXT = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
function markupLookalikes(): string {
  const body = [
    `<p>${escape(MARKUP_TEXT)} ${escape(FILLER)}</p>`,
    `<p>${escape(VERBATIM.replace('square km,', `square km ${MARKUP_TEXT},`))}</p>`,
    ...Array.from({ length: 12 }, (_, i) => paragraph(i + 1)),
    `<p>${escape(VERBATIM)}</p>`,
  ];
  return page('Markup in the text', body.join('\n'));
}

/** The text a page's ::before rule for empty divs would draw on the extension's card host. */
export const PAGE_PSEUDO_TEXT = 'PAGE-PSEUDO';

/** Styles aimed at divs and custom properties, as a page's own CSS may reach the card's host. */
function grabbyStyles(): string {
  const head = `<style>
div:empty::before { content: "${PAGE_PSEUDO_TEXT}"; position: fixed; top: 0; left: 0; font-size: 40px; }
:root { --nc-max-height: 20px; }
div { display: none !important; }
article div, main div { display: block !important; }
</style>`;
  const body = [...Array.from({ length: 6 }, (_, i) => paragraph(i + 1)), `<p>${escape(VERBATIM)}</p>`];
  return page('Grabby styles', body.join('\n'), head);
}

/** Right-to-left paragraphs and emoji around and inside reported sentences. */
function rightToLeft(): string {
  const body = [
    '<p dir="rtl" lang="ar">قال مسؤولون في المجلس الإقليمي إن الجدول الجديد للترام سيدخل حيز التنفيذ الشهر المقبل. 🚋</p>',
    '<p dir="rtl" lang="he">פקידים במועצה האזורית אמרו כי לוח הזמנים החדש ייכנס לתוקף בחודש הבא.</p>',
    `<p>🇺🇦 ${escape(VERBATIM)} 🇷🇺</p>`,
    ...Array.from({ length: 12 }, (_, i) => paragraph(i + 1)),
  ];
  return page('Right to left and emoji', body.join('\n'));
}

/** Article text split between the document, an iframe and an open shadow root. */
function framesAndShadows(): string {
  const inner = escape(page('Inside a frame', Array.from({ length: 10 }, (_, i) => paragraph(i)).join('')));
  const body = [
    ...Array.from({ length: 15 }, (_, i) => paragraph(i)),
    `<iframe title="embedded" srcdoc="${inner.replace(/"/g, '&quot;')}" style="width:100%;height:200px"></iframe>`,
    '<div id="shadow-host"></div>',
    `<script>document.getElementById('shadow-host').attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(
      `<p>${escape(VERBATIM)}</p>`,
    )};</script>`,
  ];
  return page('Frames and shadow roots', body.join('\n'));
}

/** A page whose script rewrites part of its article every 50 ms, for ever. */
function constantRewrites(): string {
  const body = [
    ...Array.from({ length: 20 }, (_, i) => paragraph(i)),
    '<p id="ticker">Updated 0 times.</p>',
    `<script>
      let n = 0;
      setInterval(() => {
        n++;
        document.getElementById('ticker').textContent = 'Updated ' + n + ' times.';
        const p = document.querySelectorAll('article p')[n % 20];
        p.replaceWith(p.cloneNode(true));
      }, 50);
    </script>`,
  ];
  return page('Rewritten every 50 ms', body.join('\n'));
}

/** The link a snooping page's script focuses, inside the reported sentence. */
export const SNOOP_LINK = 'snooped';

/**
 * A page whose script, run before the extension's, makes every shadow root attached in it
 * open and keeps each in `window.snoopedRoots`, to read the card by; its reported sentence
 * holds a link the script can focus.
 */
function cardSnoop(): string {
  const head = `<script>
    window.snoopedRoots = [];
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, { ...init, mode: 'open' });
      window.snoopedRoots.push(root);
      return root;
    };
  </script>`;
  const linked = escape(VERBATIM).replace('Luhansk', `<a id="${SNOOP_LINK}" href="#${SNOOP_LINK}">Luhansk</a>`);
  const body = [...Array.from({ length: 6 }, (_, i) => paragraph(i + 1)), `<p>${linked}</p>`, paragraph(8)];
  return page('A page that reads what it can', body.join('\n'), head);
}

/** Page name (served as /hostile/<name>) to HTML. */
export function hostilePages(): Record<string, string> {
  return {
    'huge-text': hugeText(5),
    'many-nodes': manyNodes(),
    'deep-nesting': deepNesting(),
    'markup-lookalikes': markupLookalikes(),
    'right-to-left': rightToLeft(),
    'frames-and-shadows': framesAndShadows(),
    'constant-rewrites': constantRewrites(),
    'grabby-styles': grabbyStyles(),
    'card-snoop': cardSnoop(),
  };
}
