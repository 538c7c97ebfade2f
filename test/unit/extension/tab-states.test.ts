/** A tab's state is forgotten when the tab leaves the page it describes, not on a history push. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabStates } from '@/entrypoints/background/tab-states';
import { tabStateKey, type TabState } from '@/lib/protocol';

const state = (url: string): TabState => ({ tabId: 3, url, title: 'Kremlin rejects charge', status: 'done', passages: [] });
const stored = async () => (await fakeBrowser.storage.session.get(tabStateKey(3)))[tabStateKey(3)];

describe('TabStates.forgetIfLeft', () => {
  beforeEach(() => fakeBrowser.reset());

  it("forgets the state when the page's script no longer answers: the tab shows a page the extension does not read", async () => {
    const tabs = new TabStates();
    await tabs.set(state('https://www.independent.co.uk/world/kremlin'));
    await tabs.forgetIfLeft(3, () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')));
    expect(await tabs.get(3)).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('keeps the state while the script still answers, as after a history push that Chromium reports as loading', async () => {
    const tabs = new TabStates();
    await tabs.set(state('https://www.independent.co.uk/world/kremlin'));
    await tabs.forgetIfLeft(3, () => Promise.resolve({ ok: true }));
    expect(await tabs.get(3)).toMatchObject({ url: 'https://www.independent.co.uk/world/kremlin' });
  });

  it('keeps a state the next page set while the old one was asked about', async () => {
    const tabs = new TabStates();
    await tabs.set(state('https://www.independent.co.uk/world/kremlin'));
    await tabs.forgetIfLeft(3, async () => {
      await tabs.set(state('https://www.independent.co.uk/world/istanbul'));
      throw new Error('Receiving end does not exist.');
    });
    expect(await tabs.get(3)).toMatchObject({ url: 'https://www.independent.co.uk/world/istanbul' });
  });
});
