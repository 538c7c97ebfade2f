import { vi } from 'vitest';

/**
 * The shadow roots attached from now on, closed ones included (the card's is), as the browser
 * tests reach them through automation: read from a spy on attachShadow, which still attaches
 * them. Undone by vi.restoreAllMocks().
 */
export function recordShadowRoots(): () => ShadowRoot[] {
  const attach = vi.spyOn(Element.prototype, 'attachShadow');
  return () => attach.mock.results.map((result) => result.value as ShadowRoot);
}
