/**
 * Readability's "is this page an article?" check on its own: the package's index also loads
 * the whole Readability parser, which the content script never runs (it would be bundled into
 * every page the script is injected into).
 */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const check: typeof isProbablyReaderable;
  export default check;
}
