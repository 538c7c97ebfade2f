/**
 * The on-page settings (global on/off, paused sites), remembered in storage.local and
 * pushed to every open tab when they change, so a page stops or resumes highlighting at once.
 */
import { browser } from 'wxt/browser';
import { tellEveryTab } from './tell-tabs';
import { parseSettings, settingsFor, SETTINGS_KEY, withSite, type Settings, type SiteSettings } from '@/lib/settings';


export class SettingsStore {
  private cached: Promise<Settings> | null = null;

  private load(): Promise<Settings> {
    this.cached ??= browser.storage.local.get(SETTINGS_KEY).then((stored) => parseSettings(stored[SETTINGS_KEY]));
    return this.cached;
  }

  async forSite(site: string): Promise<SiteSettings> {
    return settingsFor(await this.load(), site);
  }

  async update(site: string, change: SiteSettings): Promise<SiteSettings> {
    const next = withSite(await this.load(), site, change);
    this.cached = Promise.resolve(next);
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    void tellEveryTab('settingsChanged', {});
    return settingsFor(next, site);
  }
}
