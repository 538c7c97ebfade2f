/**
 * One browser with the built extension, behind a fresh fixture server, for the tests of a
 * `describe` block: launched before them, closed after them.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type BrowserUnderTest, type LaunchOptions } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface BrowserSession {
  readonly server: FixtureServer;
  readonly browser: BrowserUnderTest;
}

/**
 * A folder holding generated pages (name to HTML) as `<folder>/<name>.html`, to serve as a root
 * (the pages at `/<folder>/<name>`); removed after the test file.
 */
export function useGeneratedPages(folder: string, pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), `nc-${folder}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, folder));
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(root, folder, `${name}.html`), html);
  return root;
}

/** `root` is the folder of pages to serve, or several looked in in order; the hand-written fixtures by default. */
export function useBrowserSession(name: BrowserName, root?: string | string[], options: LaunchOptions = {}): BrowserSession {
  let server: FixtureServer | undefined;
  let browser: BrowserUnderTest | undefined;
  beforeAll(async () => {
    server = await startFixtureServer(root);
    browser = await launch(name, server.port, options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is not started yet');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
  };
}
