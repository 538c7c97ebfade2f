/**
 * What a reader finds on a page by its text, read and clicked the way the tests of the side
 * panel do: every element matching a selector, as rendered; the first one whose text starts so.
 */
import type { TestPage } from './browsers';

/** The text of every element matching `selector`, white space collapsed as rendered. */
export const texts = (page: TestPage, selector: string) =>
  page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()), selector);

/** Clicks the first element matching `selector` whose text starts with `start`. */
export async function click(page: TestPage, selector: string, start: string): Promise<void> {
  await page.evaluate(
    ([s, t]) => {
      const target = [...document.querySelectorAll<HTMLElement>(s)].find((e) => (e.textContent ?? '').trim().startsWith(t));
      if (!target) throw new Error(`nothing to click: ${s} starting with ${t}`);
      target.click();
    },
    [selector, start] as const,
  );
}
