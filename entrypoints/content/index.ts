/**
 * Content script: runs by itself on the built-in list of news sites and on the sites the user
 * granted (the background registers this same file there), and on any other page when the user
 * clicks the toolbar button (the background injects it then).
 */
import { browser } from 'wxt/browser';
import { newsHostnames } from '@/lib/corpus/outlets';
import { parseContentRequest, type BackgroundRequests } from '@/lib/protocol';
import { clientFor, retryingOnce, createReceiver } from '@/lib/messaging';
import { PageSession } from './page-session';
import './style.css';

/** Set on the content script's own global, so an injection on top of a running script is a no-op. */
const RUNNING = Symbol.for('news-context.content');
/**
 * How often the script asks whether the extension's context still holds: WXT tells an ended
 * one (the extension disabled, reloaded or updated) only when asked, and Chrome leaves the old
 * script running with nothing to answer it.
 */
const CONTEXT_CHECK_MS = 1_000;

export default defineContentScript({
  // "*.host" matches the host itself and its subdomains.
  matches: newsHostnames().map((host) => `*://*.${host}/*`),
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    const global = globalThis as { [RUNNING]?: PageSession };
    if (global[RUNNING]) return;
    // The content script only asks what is safe to ask twice, so a worker stopped mid-request
    // (Chrome stops idle workers) costs one retry, not a page without highlights.
    const ask = clientFor<BackgroundRequests>(retryingOnce((message) => browser.runtime.sendMessage(message)));
    const session = (global[RUNNING] = new PageSession(ask));

    const receive = createReceiver(parseContentRequest, {
      revealPassage: ({ passageIndex }) => ({ ok: session.reveal(passageIndex) }),
      analyzeNow: async () => {
        await session.analyze({ readAnyway: true });
        return { ok: true };
      },
      settingsChanged: async () => ({ ok: await session.applySettings() }),
      corpusChanged: () => ({ ok: session.rematch() }),
      stillShowing: () => ({ ok: true }),
    });
    const listener = (message: unknown, sender: { id?: string }) => (sender.id === browser.runtime.id ? receive(message, undefined) : undefined);
    browser.runtime.onMessage.addListener(listener);

    // The extension's context ended: the page is left as it was, and a script of the new
    // version run here (the same file injected again, or Firefox's after a reload) takes over.
    ctx.onInvalidated(() => {
      session.dispose();
      delete global[RUNNING];
      browser.runtime.onMessage?.removeListener(listener);
    });
    ctx.setInterval(() => undefined, CONTEXT_CHECK_MS);

    session.applySettings().catch((error) => console.warn('News Context:', error));
  },
});
