/**
 * Runs a function in a page's own world on the shadow roots of the elements a selector matches,
 * closed ones included. The card's root is closed, so no page script can read what it holds
 * (other articles' sentences, the reader's own imports among them); automation reaches it where
 * a page cannot, through the browsers' debugging protocols: Chromium's CDP, whose DOM domain
 * pierces closed roots, and Firefox's WebDriver BiDi, which serializes a node's closed shadow
 * root when asked (`includeShadowTree: "all"`) and takes it back as an argument by its id.
 * The function's argument and answer cross as JSON, the same in both browsers.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import type { BidiConnection } from './browsers';

export type ShadowRootsEvaluator = <T, A = undefined>(selector: string, fn: (roots: ShadowRoot[], arg: A) => T | Promise<T>, arg?: A) => Promise<T>;

/**
 * The function run in the page: the argument (JSON) first, then the roots; answers
 * `{"value": …}` in JSON, so an undefined answer stays undefined. The hosts are found a step
 * before (and held meanwhile): one the page took away between the two steps (the extension
 * removing its card) is left out, as a query at that moment would have.
 */
const inPage = (fn: (...args: never[]) => unknown) =>
  `async function (argJson, ...roots) {
    const connected = roots.filter((root) => root.host.isConnected);
    return JSON.stringify({ value: await (${fn.toString()})(connected, JSON.parse(argJson)) });
  }`;

const parse = <T>(answer: string): T => (JSON.parse(answer) as { value: T }).value;

export function chromiumShadowRoots(context: BrowserContext, page: Page): ShadowRootsEvaluator {
  return async (selector, fn, arg) => {
    const cdp = await context.newCDPSession(page);
    try {
      // The hosts as objects of the page's main world (no execution context named), which the
      // session holds until it is detached: DOM node ids would lapse with a host taken away.
      const { result: hosts } = await cdp.send('Runtime.evaluate', { expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]` });
      const { result: items } = await cdp.send('Runtime.getProperties', { objectId: hosts.objectId!, ownProperties: true });
      const roots: string[] = [];
      for (const item of items.filter((property) => /^\d+$/.test(property.name))) {
        const { node } = await cdp.send('DOM.describeNode', { objectId: item.value!.objectId!, depth: 1, pierce: true });
        const shadow = node.shadowRoots?.[0];
        if (!shadow) continue;
        const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
        roots.push(object.objectId!);
      }
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        functionDeclaration: inPage(fn),
        objectId: hosts.objectId,
        arguments: [{ value: JSON.stringify(arg ?? null) }, ...roots.map((objectId) => ({ objectId }))],
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return parse(result.value as string);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
}

/** A WebDriver BiDi remote value, as far as this file reads it. */
interface RemoteValue {
  type: string;
  value?: unknown;
  sharedId?: string;
  handle?: string;
}

type Evaluated = { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };

export function firefoxShadowRoots(browser: PuppeteerBrowser, page: PuppeteerPage): ShadowRootsEvaluator {
  const { connection } = browser as unknown as { connection: BidiConnection };
  // puppeteer's frame id is the BiDi browsing context's; the default realm is the page's own.
  const target = () => ({ context: (page.mainFrame() as unknown as { _id: string })._id });
  const call = async (params: object): Promise<RemoteValue> => {
    const { result } = (await connection.send('script.callFunction', { target: target(), awaitPromise: true, ...params })) as unknown as { result: Evaluated };
    if (result.type === 'exception') throw new Error(result.exceptionDetails.text);
    return result.result;
  };
  return async (selector, fn, arg) => {
    // Owned ('root'): the array holds the hosts, and so their roots, until it is disowned,
    // though the page take a host away between the two calls.
    const hosts = await call({
      functionDeclaration: '(selector) => [...document.querySelectorAll(selector)]',
      arguments: [{ type: 'string', value: selector }],
      resultOwnership: 'root',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    try {
      const roots = (hosts.value as RemoteValue[])
        .map((host) => (host.value as { shadowRoot?: RemoteValue | null }).shadowRoot?.sharedId)
        .filter((id): id is string => id !== undefined);
      const answer = await call({
        functionDeclaration: inPage(fn),
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }, ...roots.map((sharedId) => ({ sharedId }))],
        resultOwnership: 'none',
      });
      return parse(answer.value as string);
    } finally {
      await connection.send('script.disown', { handles: [hosts.handle], target: target() }).catch(() => undefined);
    }
  };
}
