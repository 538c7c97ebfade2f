/**
 * Prints one plain closing line per run, "<project>: N passed, N failed", which CI reads to
 * count the tests (vitest's own summary is not in a format it knows).
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const projects = new Set<string>();
    for (const module of modules) {
      projects.add(module.project.name || 'tests');
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
      }
      if (module.state() === 'failed' && ![...module.children.allTests()].length) failed++;
    }
    console.log(`\n${[...projects].join('+')}: ${passed} passed, ${failed} failed`);
  }
}
