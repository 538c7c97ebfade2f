/**
 * Runs axe-core (Deque's accessibility rules engine, every rule it has: WCAG A and AA and its
 * best practices) in a page of the browser under test and answers what it found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './browsers';
import { evaluateInCards } from './card-roots';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeAudit {
  /** One line per rule broken: its id, what it asks, and the first elements that break it. */
  violations: string[];
  /** Rules that applied and held: none would mean nothing was audited. */
  passed: number;
}

/**
 * Audits the page, or only the elements `selector` matches (with their shadow roots), leaving
 * out `exceptRules` (ids of rules, each to be given with the reason in the caller). axe walks
 * into a shadow root through `element.shadowRoot`, null for the card's closed one: for the
 * audit, its host lends axe the root the harness reached, and stops once it is done.
 */
export function axeAudit(page: TestPage, selector: string | null = null, exceptRules: string[] = []): Promise<AxeAudit> {
  return evaluateInCards(page, async (cardRoots, { source, selector, exceptRules }) => {
    type AxeResult = { id: string; help: string; nodes: { target: unknown }[] };
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
    const scope = window as unknown as { axe?: Axe };
    // Indirect eval: run in the page's global scope, as a <script> would (the extension pages'
    // CSP does not apply to code the test driver evaluates).
    if (!scope.axe) (0, eval)(source);
    const rules = Object.fromEntries(exceptRules.map((id) => [id, { enabled: false }]));
    for (const root of cardRoots) Object.defineProperty(root.host, 'shadowRoot', { value: root, configurable: true });
    let result;
    try {
      result = await scope.axe!.run(selector ? { include: [[selector]] } : document, { rules, resultTypes: ['violations'] });
    } finally {
      for (const root of cardRoots) delete (root.host as { shadowRoot?: ShadowRoot }).shadowRoot;
    }
    return {
      violations: result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')})`),
      passed: result.passes.length,
    };
  }, { source: AXE_SOURCE, selector, exceptRules });
}
