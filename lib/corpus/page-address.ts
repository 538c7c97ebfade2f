/**
 * One article's address however a reader reached it: without its fragment ("#comments") and
 * without the parameters that only say how they arrived ("?utm_source=…", "fbclid"). Other
 * query parameters stay, re-encoded one way ("%20" and "+" alike): on some sites they name the
 * article ("story.php?id=…").
 *
 * The store looks pages up by this exact string (corpus-store's articleIdsOfPage), so a change
 * to what it keeps or drops needs a schema version that rewrites the stored addresses, as
 * version 4 did (lib/store/upgrades.ts).
 */
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|cmpid|ocid|smid|at_medium|at_campaign)$/i;

export function canonicalAddress(url: string): string {
  const parsed = parseAddress(url);
  if (!parsed) return url;
  parsed.hash = '';
  // Always serialized anew, so an address with a tracking parameter and one without come out
  // alike; an empty query drops its "?".
  parsed.search = new URLSearchParams([...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name))).toString();
  return parsed.href;
}

/** An http or https address: a page on the web. */
export function isWebAddress(url: string): boolean {
  return ['http:', 'https:'].includes(parseAddress(url)?.protocol ?? '');
}

/** The parsed address, or null for text that is not one (URL.parse, which does this, needs Node 22; the command-line tools run on Node 20). */
export function parseAddress(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
