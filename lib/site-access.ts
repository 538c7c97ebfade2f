/**
 * Sites outside the built-in news list where the reader lets the extension run by itself, not
 * only on a toolbar click: each is an optional host permission the reader grants from the side
 * panel (or the browser's own add-on permissions), and the background registers the content
 * script for exactly the granted sites. Pure rules; the browser calls are the callers'.
 */
import { newsHostnames } from './corpus/outlets';
import { isWebAddress, parseAddress } from './corpus/page-address';
import { siteOf } from './settings';

/** An IPv4 or IPv6 host: no "*." pattern can name it. */
const IP_HOST = /^(\d+\.){3}\d+$|^\[/;

/**
 * The permission pattern that lets the extension run on `url`'s site: its host without "www."
 * and the host's subdomains. Null for a page not on the web or on a bare IP address.
 */
export function siteAccessPattern(url: string): string | null {
  const site = isWebAddress(url) ? siteOf(url) : null;
  return site && !IP_HOST.test(parseAddress(url)!.hostname) ? `*://*.${site}/*` : null;
}

/**
 * Whether `url` is on a site of the built-in news list, where the content script always runs.
 * The manifest's content script matches are made from the same list (entrypoints/content).
 */
export function onBuiltInSite(url: string): boolean {
  const host = isWebAddress(url) ? siteOf(url) : null;
  return host !== null && newsHostnames().some((listed) => host === listed || host.endsWith(`.${listed}`));
}

/**
 * What the granted-sites content script matches: every granted origin the built-in list does
 * not already have (a browser reports the content script's own matches among the granted
 * origins), sorted so an unchanged grant compares equal.
 */
export function grantedSiteMatches(granted: readonly string[], builtIn: readonly string[]): string[] {
  const listed = new Set(builtIn);
  return [...new Set(granted.filter((origin) => !listed.has(origin)))].sort();
}
