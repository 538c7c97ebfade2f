/**
 * One article's address however a reader reached it: without its fragment ("#comments") and
 * without the parameters that only say how they arrived ("?utm_source=…", "fbclid"). Other
 * query parameters stay: on some sites they name the article ("story.php?id=…").
 */
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|cmpid|ocid|smid|at_medium|at_campaign)$/i;

export function canonicalAddress(url: string): string {
  const parsed = parseAddress(url);
  if (!parsed) return url;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  return parsed.href;
}

/** The parsed address, or null for text that is not one (URL.parse, which does this, needs Node 22; the command-line tools run on Node 20). */
export function parseAddress(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
