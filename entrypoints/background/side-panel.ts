/**
 * Opening the side panel differs by browser. Chrome allows `sidePanel.open` only inside a user
 * gesture's call stack, so callers must call this before their first `await`. Firefox allows
 * `sidebarAction.open` only from its own user-action handlers (the toolbar button).
 */
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

export function openSidePanel(tabId: number): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  const chromeApi = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel ?? api.sidePanel;
  const opening = chromeApi ? chromeApi.open({ tabId }) : api.sidebarAction?.open();
  if (!opening) return Promise.resolve(false);
  return opening.then(
    () => true,
    () => false,
  );
}
