import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Two tiers: fast unit tests (fakes allowed) and browser tests that load the built
// extension into real Chromium and Firefox (run by `npm run test:browser` after a build).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Bounds a stuck test, not its speed: the 10,000-case property tests pass vitest's 5 s
          // default when the machine's two cores are busy with other work.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
