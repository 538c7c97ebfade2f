/**
 * One article's address however a reader reached it: without its fragment ("#comments") and
 * without the parameters that only say how they arrived ("?utm_source=…", "fbclid"). Other
 * query parameters stay: on some sites they name the article ("story.php?id=…").
 */
const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|cmpid|ocid|smid|at_medium|at_campaign)$/i;

export function canonicalAddress(url: string): string {
  const parsed = parse(url);
  if (!parsed) return url;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  return parsed.href;
}

/** What every variant of an address starts with (its origin and path): the key to look them up by. */
export function addressStem(url: string): string {
  const parsed = parse(url);
  return parsed ? `${parsed.origin}${parsed.pathname}` : url;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
