/**
 * A navigation as Turbo Drive (and pjax, and similar) makes one, run in the page's own world as
 * the site's script would: the next page fetched, its <head> merged (its styles in place of the
 * old page's, its title), its address pushed, and its <body> swapped in for the current one.
 * The document, its <head> and every script already running stay.
 */
import type { TestPage } from './browsers';

/** How the body is swapped: Turbo 7.2+ calls replaceWith, earlier versions replaceChild on <html>. */
export type BodySwap = 'replaceWith' | 'replaceChild';

export function turboVisit(page: TestPage, path: string, swap: BodySwap): Promise<void> {
  return page.evaluate(
    async ({ to, how }) => {
      const response = await fetch(to);
      if (!response.ok) throw new Error(`${to}: ${response.status}`);
      const next = new DOMParser().parseFromString(await response.text(), 'text/html');
      for (const style of document.head.querySelectorAll('style, link[rel~="stylesheet"]')) style.remove();
      for (const style of next.head.querySelectorAll('style, link[rel~="stylesheet"]')) document.head.append(document.importNode(style, true));
      document.title = next.title;
      history.pushState({}, '', to);
      const body = document.importNode(next.body, true);
      if (how === 'replaceWith') document.body.replaceWith(body);
      else document.documentElement.replaceChild(body, document.body);
    },
    { to: path, how: swap },
  );
}
