/**
 * Sites outside the built-in news list where the reader lets the extension run by itself, not
 * only on a toolbar click: each is an optional host permission the reader grants from the side
 * panel (or the browser's own site-access menu), and the background registers the content
 * script for exactly the granted sites. Pure rules; the browser calls are the callers'.
 */
import { newsHostnames } from './corpus/outlets';
import { siteOf } from './settings';

/** The permission pattern that lets the extension run on `url`'s site (its host without "www.", and its subdomains); null for a page that is not on the web. */
export function siteAccessPattern(url: string): string | null {
  if (!/^https?:/i.test(url)) return null;
  const site = siteOf(url);
  return site ? `*://*.${site}/*` : null;
}

/** Whether `url` is on a site of the built-in news list, where the content script always runs. */
export function onBuiltInSite(url: string): boolean {
  const host = /^https?:/i.test(url) ? siteOf(url) : null;
  return host !== null && newsHostnames().some((listed) => host === listed || host.endsWith(`.${listed}`));
}

/**
 * What the granted-sites content script matches: every granted origin the built-in list does
 * not already have (a browser may report the content script's own matches among the granted
 * origins), sorted so an unchanged grant compares equal.
 */
export function grantedSiteMatches(granted: readonly string[], builtIn: readonly string[]): string[] {
  const listed = new Set(builtIn);
  return [...new Set(granted.filter((origin) => !listed.has(origin)))].sort();
}
