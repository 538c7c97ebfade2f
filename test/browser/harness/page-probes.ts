/**
 * What the browser tests read from pages: run in the page's own world, so they see what any
 * page script could see (the highlight registry), what only automation can (the card's closed
 * shadow root, ./card-roots.ts), and what the reader sees (a screenshot's pixels, tintedShare).
 */
import { bothSchemes, PASSAGE_HIGHLIGHTS } from '../../../entrypoints/content/highlight-names';

/** Every registry name a passage can be painted under: each kind, on light and on dark pages. */
export const PASSAGE_HIGHLIGHT_NAMES = PASSAGE_HIGHLIGHTS.flatMap(bothSchemes);
import type { TestPage } from './browsers';
import { evaluateInCards } from './card-roots';
import { regionPixels, type Rect } from './pixel-probes';

const POLL_MS = 100;
const DEFAULT_WAIT_MS = 30_000;

/** Polls `read` until `done` holds, then answers the last value; fails with it after `ms`. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = DEFAULT_WAIT_MS): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${ms} ms; last value: ${JSON.stringify(value)?.slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    value = await read();
  }
  return value;
}

/** The text of every painted passage, white space collapsed as rendered. */
export function highlightedTexts(page: TestPage): Promise<string[]> {
  return page.evaluate((names) => {
    return names.flatMap((name) =>
      [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])].map((range) => {
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        return r.toString().replace(/\s+/g, ' ').trim();
      }),
    );
  }, PASSAGE_HIGHLIGHT_NAMES);
}

/** Moves the pointer onto the first line of the highlighted passage that starts with `prefix`. */
export async function hoverHighlight(page: TestPage, prefix: string): Promise<void> {
  const point = await page.evaluate(({ start, names }) => {
    const ranges = names.flatMap((name) => [
      ...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? []),
    ]);
    const range = ranges.find((r) => r.toString().replace(/\s+/g, ' ').trim().startsWith(start));
    if (!range) throw new Error(`no highlight starts with ${start}`);
    range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 };
  }, { start: prefix, names: PASSAGE_HIGHLIGHT_NAMES });
  await page.mouseMove(point.x - 5, point.y);
  await page.mouseMove(point.x, point.y);
}

export function readCard(page: TestPage): Promise<{ visible: boolean; text: string; role: string | null }> {
  return evaluateInCards(page, ([root]) => {
    const card = root?.querySelector('.nc-card');
    return {
      visible: !!root && getComputedStyle(root.host).visibility === 'visible' && !!card,
      text: card?.textContent ?? '',
      role: card?.getAttribute('role') ?? null,
    };
  });
}

/** Counts rows of the extension's database, read with plain IndexedDB from an extension page. */
export function indexCounts(page: TestPage): Promise<{ articles: number; sentences: number; queue: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('news-context');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = ['articles', 'sentences', 'queue'] as const;
          if (!stores.every((s) => db.objectStoreNames.contains(s))) return resolve({ articles: 0, sentences: 0, queue: 1 });
          const tx = db.transaction([...stores], 'readonly');
          const counts: Record<string, number> = {};
          for (const store of stores) {
            const request = tx.objectStore(store).count();
            request.onsuccess = () => (counts[store] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts as { articles: number; sentences: number; queue: number });
          };
        };
      }),
  );
}

/** Something that runs a function in a page, as TestPage and Playwright's Page both do. */
export interface Evaluator {
  evaluate<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
}

/**
 * Sends a message to the background from an extension page, as the panel and options page do,
 * and answers the background's raw answer ({ ok, value } or { ok: false, error }).
 */
export function sendFromExtensionPage(page: Evaluator, message: unknown): Promise<unknown> {
  return page.evaluate((m) => {
    type Runtime = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    return (scope.browser ?? scope.chrome)!.runtime.sendMessage(m);
  }, message);
}

/** The same, unwrapped: the handler's value, or a thrown error with the background's message. */
export async function askBackground<T>(page: Evaluator, type: string, payload: unknown): Promise<T> {
  const answer = (await sendFromExtensionPage(page, { type, payload })) as { ok: boolean; value?: T; error?: string };
  if (!answer.ok) throw new Error(answer.error);
  return answer.value as T;
}

/** The first line box (viewport coordinates) of the innermost element whose text starts with `prefix`, scrolled into view. */
export function firstLineBox(page: TestPage, prefix: string): Promise<Rect> {
  return page.evaluate((start) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    let found: Element | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if ((node.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(start)) found = node as Element;
    }
    if (!found) throw new Error(`no text starts with ${start}`);
    found.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.selectNodeContents(found);
    const line = range.getClientRects()[0];
    return { left: line.left, top: line.top, right: line.right, bottom: line.bottom };
  }, prefix);
}

/**
 * The share of pixels, in the first line of the text that starts with `start`, that show a
 * highlight's tint (yellow or red over the page's white) in a real screenshot of the page: the
 * proof that the highlight styles reached it, which no script can read (::highlight styles are
 * not in the page's style sheets, and an extension's inserted sheets are not either).
 */
export async function tintedShare(page: TestPage, start: string): Promise<number> {
  const box = await firstLineBox(page, start);
  const { data } = await regionPixels(page, box);
  let tinted = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, , b] = [data[i], data[i + 1], data[i + 2]];
    if (r >= 245 && r - b >= 25) tinted++;
  }
  return tinted / (data.length / 4);
}
