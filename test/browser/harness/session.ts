/**
 * One browser with the built extension, behind a fresh fixture server, for the tests of a
 * `describe` block: launched before them, closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type BrowserUnderTest, type LaunchOptions } from './browsers';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export interface BrowserSession {
  readonly server: FixtureServer;
  readonly browser: BrowserUnderTest;
}

/** `root` is the folder of pages to serve; the hand-written fixtures by default. */
export function useBrowserSession(name: BrowserName, root?: string, options: LaunchOptions = {}): BrowserSession {
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
