/**
 * The addresses under which a page may have been added to the corpus: as the browser shows it,
 * without its fragment, and without its query (tracking parameters, "?utm_source=…", are the
 * usual difference between the address a reader saved and the one they open later).
 */
export function addressVariants(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [url];
  }
  parsed.hash = '';
  const withoutFragment = parsed.href;
  parsed.search = '';
  return [...new Set([url, withoutFragment, parsed.href])];
}
