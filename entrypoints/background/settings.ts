/**
 * The on-page settings (global on/off, paused sites), remembered in storage.local and
 * pushed to every open tab when they change, so a page stops or resumes highlighting at once.
 */
import { browser } from 'wxt/browser';
import { request } from '@/lib/messaging';
import type { ContentRequests } from '@/lib/protocol';
import { parseSettings, settingsFor, withSite, type Settings, type SiteSettings } from '@/lib/settings';

const KEY = 'settings';

export class SettingsStore {
  private cached: Promise<Settings> | null = null;

  private load(): Promise<Settings> {
    this.cached ??= browser.storage.local.get(KEY).then((stored) => parseSettings(stored[KEY]));
    return this.cached;
  }

  async forSite(site: string): Promise<SiteSettings> {
    return settingsFor(await this.load(), site);
  }

  async update(site: string, change: SiteSettings): Promise<SiteSettings> {
    const next = withSite(await this.load(), site, change);
    this.cached = Promise.resolve(next);
    await browser.storage.local.set({ [KEY]: next });
    void this.notifyTabs();
    return settingsFor(next, site);
  }

  private async notifyTabs(): Promise<void> {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const tabId = tab.id;
      // Tabs without the content script (no news site, browser pages) refuse: nothing to do there.
      void request<ContentRequests, 'settingsChanged'>((m) => browser.tabs.sendMessage(tabId, m), 'settingsChanged', {}).catch(
        () => undefined,
      );
    }
  }
}
