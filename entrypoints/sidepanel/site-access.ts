/** The side panel's SiteAccess switch on the browser's optional host permissions. */
import { browser } from 'wxt/browser';
import type { SiteAccessApi } from '@/components/SiteAccess';

export const browserSiteAccess: SiteAccessApi = {
  async grantOf(pattern) {
    const { origins = [] } = await browser.permissions.getAll();
    if (origins.includes(pattern)) return 'granted';
    return (await browser.permissions.contains({ origins: [pattern] })) ? 'covered' : 'none';
  },
  request: (pattern) => browser.permissions.request({ origins: [pattern] }),
  revoke: (pattern) => browser.permissions.remove({ origins: [pattern] }),
  onChange(listener) {
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  },
};
