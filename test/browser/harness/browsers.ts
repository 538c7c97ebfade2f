/**
 * Launches real Chromium (playwright-core) and real Firefox ESR (puppeteer-core over WebDriver
 * BiDi) with the built extension loaded, both behind the fixture server as their HTTP proxy,
 * and wraps their pages in one small interface so every browser test runs on both.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromiumShadowRoots, firefoxShadowRoots, type ShadowRootsEvaluator } from './shadow-roots';

export type BrowserName = 'chromium' | 'firefox';

export const BROWSER_PATHS: Record<BrowserName, { executable: string; install: string }> = {
  chromium: { executable: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', install: 'apt-get install -y chromium' },
  firefox: { executable: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', install: 'apt-get install -y firefox-esr' },
};

const OUTPUT_DIR = join(import.meta.dirname, '..', '..', '..', process.env.WXT_OUT_DIR ?? '.output');
export const BUILD_DIRS: Record<BrowserName, string> = {
  chromium: join(OUTPUT_DIR, 'chrome-mv3'),
  firefox: join(OUTPUT_DIR, 'firefox-mv3'),
};

/** The Firefox build's gecko id (wxt.config.ts) and the extension UUID pinned for the tests. */
const FIREFOX_ADDON_ID = 'news-context@example.org';
const FIREFOX_UUID = '6f1d7c2e-3b0a-4c55-9d43-1e2f3a4b5c6d';

export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Runs `fn` in the page's world, as evaluate does, on the shadow roots of the elements
   * `selector` matches, closed ones included (./shadow-roots.ts): the card's, which no page
   * script can reach.
   */
  evaluateOnShadowRoots: ShadowRootsEvaluator;
  mouseMove(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** Holds the keys down in order and releases them in reverse: a real chord such as ['Alt', 'Shift', 'KeyH']. */
  chord(keys: string[]): Promise<void>;
  /** A real mouse click at a viewport point (a user gesture, unlike element.click()). */
  click(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /**
   * Renders the page as printed (CSS print media) or back on screen, and in forced colours (as
   * under a contrast theme) or not. Chromium only: Firefox's WebDriver BiDi has no media
   * emulation (puppeteer: "CDP support is required").
   */
  emulateMedia(options: { media?: 'print' | 'screen'; forcedColors?: 'active' | 'none' }): Promise<void>;
  /** Makes this the active tab, as a user switching to it would. */
  bringToFront(): Promise<void>;
  /** Uncaught exceptions and console errors seen on this page so far (page and content scripts). */
  readonly errors: string[];
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  name: BrowserName;
  /** chrome-extension://ID or moz-extension://UUID */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /**
   * Stops the extension's background as the browser does to an idle one: Chromium's service
   * worker over CDP, Firefox's event page through its own terminate call (the one about:debugging
   * uses), run in the parent process over WebDriver BiDi. Settles once it is stopped; the next
   * message or event starts it again.
   */
  stopBackground(): Promise<void>;
  /**
   * Firefox only: grants the extension an optional host permission as the reader does in
   * about:addons (its Permissions tab), events included. Chromium has no automation for its
   * permission prompt or site-access menu.
   */
  grantOrigin?(origin: string): Promise<void>;
  /**
   * Firefox only: clicks the extension's toolbar button for the active tab, as its keyboard
   * shortcut does (the activeTab grant included). Chromium's button is browser UI that
   * automation cannot reach.
   */
  clickToolbarButton?(): Promise<void>;
  /**
   * Loads the extension again from its build, as an update or a reload from the extensions page
   * does: Chromium's CDP Extensions.loadUnpacked, Firefox's add-on reload in the parent process.
   * Settles once the new background runs.
   */
  reloadExtension(): Promise<void>;
  /** Firefox only: disables or enables the extension, as about:addons does. */
  setExtensionEnabled?(enabled: boolean): Promise<void>;
  /** Settles when the user closes the browser (headed runs). */
  closed: Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Headless unless told otherwise; `npm start` opens a window when there is a display. */
  headless?: boolean;
  /**
   * The system colour scheme the pages see (prefers-color-scheme, and the scheme a page that
   * declares `color-scheme: light dark` is drawn in): Chromium emulates it, Firefox takes it
   * from its content override pref, as its "Website appearance" setting sets it.
   */
  colorScheme?: 'light' | 'dark';
}

/** Fails with the exact install command when a browser or the build is missing: never a silent skip. */
export function assertAvailable(name: BrowserName): void {
  const { executable, install } = BROWSER_PATHS[name];
  if (!existsSync(executable)) {
    throw new Error(`${name} is not installed at ${executable}. Install it with: ${install} (or set ${name.toUpperCase()}_PATH)`);
  }
  if (!existsSync(join(BUILD_DIRS[name], 'manifest.json'))) {
    throw new Error(`No ${name} build in ${BUILD_DIRS[name]}. Run: npm run build`);
  }
}

export async function launch(name: BrowserName, proxyPort: number, options: LaunchOptions = {}): Promise<BrowserUnderTest> {
  assertAvailable(name);
  const headless = options.headless ?? true;
  return name === 'chromium' ? launchChromium(proxyPort, headless, options.colorScheme) : launchFirefox(proxyPort, headless, options.colorScheme);
}

async function launchChromium(proxyPort: number, headless: boolean, colorScheme?: 'light' | 'dark'): Promise<BrowserUnderTest> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'nc-chromium-'));
  const dir = BUILD_DIRS.chromium;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: BROWSER_PATHS.chromium.executable,
    headless,
    ...(colorScheme && { colorScheme }),
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-features=OptimizationHints,MediaRouter,Translate,HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      // For reloadExtension: CDP may load an unpacked extension only with this.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // URL.origin is "null" for chrome-extension: URLs, so cut the scheme and id by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  return {
    name: 'chromium',
    extensionOrigin,
    closed: new Promise((resolve) => context.once('close', () => resolve())),
    async newPage() {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      return {
        errors,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
        evaluate: (fn, arg) => page.evaluate(fn as never, arg),
        evaluateOnShadowRoots: chromiumShadowRoots(context, page),
        mouseMove: (x, y) => page.mouse.move(x, y),
        press: (key) => page.keyboard.press(key),
        chord: async (keys) => {
          for (const key of keys) await page.keyboard.down(key);
          for (const key of [...keys].reverse()) await page.keyboard.up(key);
        },
        click: (x, y) => page.mouse.click(x, y),
        screenshot: async (path) => void (await page.screenshot({ path })),
        setViewport: (width, height) => page.setViewportSize({ width, height }),
        emulateMedia: (options) => page.emulateMedia(options),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
      };
    },
    async stopBackground() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      try {
        const stopped = new Promise<void>((resolve) =>
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
            if (versions.some((v) => v.scriptURL.startsWith(extensionOrigin) && v.runningStatus === 'stopped')) resolve();
          }),
        );
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await stopped;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    async reloadExtension() {
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        const started = context.waitForEvent('serviceworker');
        // The same folder, so the same key and id: the extension is replaced, as by an update.
        await cdp.send('Extensions.loadUnpacked' as never, { path: dir } as never);
        await started;
      } finally {
        await cdp.detach().catch(() => undefined);
      }
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const EXTENSION_NAVIGATION_MS = 5_000;

async function waitForDocument(page: import('puppeteer-core').Page, url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const ready = await page
      .evaluate((target) => location.href === target && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not load`);
}

/** Firefox's layout.css.prefers-color-scheme.content-override: 0 dark, 1 light (2, the default, follows the browser's theme). */
const FIREFOX_SCHEME_OVERRIDE = { dark: 0, light: 1 } as const;

async function launchFirefox(proxyPort: number, headless: boolean, colorScheme?: 'light' | 'dark'): Promise<BrowserUnderTest> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSER_PATHS.firefox.executable,
    headless,
    // Firefox 153+ lets WebDriver open moz-extension: pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // An optional permission asked from the side panel is granted without the prompt, which
      // automation cannot answer; the request still needs a real click (a user gesture).
      'extensions.webextOptionalPermissionPrompts': false,
      ...(colorScheme && { 'layout.css.prefers-color-scheme.content-override': FIREFOX_SCHEME_OVERRIDE[colorScheme] }),
    },
  });
  await browser.installExtension(BUILD_DIRS.firefox);
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
    closed: new Promise((resolve) => browser.once('disconnected', () => resolve())),
    async newPage() {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      return {
        errors,
        goto: async (url) => {
          if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
          // Firefox navigates to extension pages but never reports the navigation as finished
          // over BiDi, so start it and wait for the document instead.
          void page.goto(url, { timeout: EXTENSION_NAVIGATION_MS }).catch(() => undefined);
          await waitForDocument(page, url);
        },
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        evaluateOnShadowRoots: firefoxShadowRoots(browser, page),
        mouseMove: (x, y) => page.mouse.move(x, y),
        press: (key) => page.keyboard.press(key as never),
        chord: async (keys) => {
          for (const key of keys) await page.keyboard.down(key as never);
          for (const key of [...keys].reverse()) await page.keyboard.up(key as never);
        },
        click: (x, y) => page.mouse.click(x, y),
        screenshot: async (path) => void (await page.screenshot({ path })),
        setViewport: (width, height) => page.setViewport({ width, height }),
        emulateMedia: () => Promise.reject(new Error('Firefox over WebDriver BiDi cannot emulate media')),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
      };
    },
    stopBackground: () => terminateFirefoxBackground(browser),
    async reloadExtension() {
      await evaluateInParent(browser, addonCall('reload'));
    },
    async setExtensionEnabled(enabled) {
      await evaluateInParent(browser, addonCall(enabled ? 'enable' : 'disable'));
    },
    async grantOrigin(origin) {
      // Plain text, not a function: it runs in the browser's parent process, never in Node.
      await evaluateInParent(browser, `(async () => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_ADDON_ID)});
        await ExtensionPermissions.add(extension.id, { permissions: [], origins: [${JSON.stringify(origin)}] }, extension);
      })()`);
    },
    async clickToolbarButton() {
      await evaluateInParent(browser, `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_ADDON_ID)});
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      })()`);
    },
    close: () => browser.close(),
  };
}

/**
 * Evaluates `expression` in the browser window's privileged scope, which WebDriver BiDi reaches
 * only with --remote-allow-system-access; answers its value.
 */
async function evaluateInParent(browser: import('puppeteer-core').Browser, expression: string): Promise<unknown> {
  const { connection } = browser as unknown as { connection: BidiConnection };
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const [window] = tree.result.contexts as { context: string }[];
  const { result } = await connection.send('script.evaluate', { expression, target: { context: window.context }, awaitPromise: true });
  if (result.type !== 'success') throw new Error(`parent evaluation failed: ${JSON.stringify(result).slice(0, 500)}`);
  return (result as { result?: { value?: unknown } }).result?.value;
}

/** Plain text, run in Firefox's parent process: calls `method` on the extension's add-on and waits for it. */
function addonCall(method: 'reload' | 'enable' | 'disable'): string {
  return `(async () => {
    const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
    const addon = await AddonManager.getAddonByID(${JSON.stringify(FIREFOX_ADDON_ID)});
    await addon.${method}();
  })()`;
}

/** What puppeteer's WebDriver BiDi browser has beyond its public type: the raw connection. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/**
 * Terminates the extension's event page as Firefox does when it is idle, but at once and even
 * with a message listener still answering (disableResetIdleForTest): the call about:debugging's
 * "Terminate background script" makes, in the browser's parent process. Script already running in the
 * page is not interrupted: a long analysis stopped this way runs on in the extension process
 * (see query-stop.test.ts).
 */
async function terminateFirefoxBackground(browser: import('puppeteer-core').Browser): Promise<void> {
  // Plain text, not a function: it runs in the browser's parent process, never in Node.
  const state = await evaluateInParent(browser, `(async () => {
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_ADDON_ID)});
    await extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true });
    return extension.backgroundState;
  })()`);
  if (state !== 'stopped') throw new Error(`Firefox did not stop the background: it is ${String(state)}`);
}
