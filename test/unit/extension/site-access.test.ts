/**
 * Running by itself on a site outside the built-in news list: the permission pattern for a
 * page's site, which sites the list already covers, and the background keeping one registered
 * content script in step with the granted sites.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { grantedSiteMatches, onBuiltInSite, siteAccessPattern } from '@/lib/site-access';
import { GRANTED_SITES_SCRIPT_ID, keepSiteScriptsInStep, syncSiteScripts } from '@/entrypoints/background/site-scripts';

describe('site access rules', () => {
  it('asks for the page’s site and its subdomains, www aside, and nothing for a page not on the web', () => {
    expect(siteAccessPattern('https://www.thenewsblog.example/world/story?id=4#top')).toBe('*://*.thenewsblog.example/*');
    expect(siteAccessPattern('http://news.local.example/a')).toBe('*://*.news.local.example/*');
    expect(siteAccessPattern('file:///home/reader/story.html')).toBeNull();
    expect(siteAccessPattern('about:blank')).toBeNull();
    expect(siteAccessPattern('http://192.168.1.20/story')).toBeNull();
    expect(siteAccessPattern('http://[::1]:8080/story')).toBeNull();
  });

  it('knows the built-in news sites and their subdomains, and no look-alike', () => {
    expect(onBuiltInSite('https://www.reuters.com/world/')).toBe(true);
    expect(onBuiltInSite('https://edition.cnn.com/2025/07/01/europe')).toBe(true);
    expect(onBuiltInSite('https://notreuters.com/world/')).toBe(false);
    expect(onBuiltInSite('https://reuters.com.example.net/world/')).toBe(false);
  });

  it('registers the granted sites the content script’s own matches do not have, once each', () => {
    const builtIn = ['*://*.reuters.com/*', '*://*.bbc.com/*'];
    expect(grantedSiteMatches(['*://*.reuters.com/*', '*://*.b.example/*', '*://*.a.example/*', '*://*.a.example/*'], builtIn)).toEqual(['*://*.a.example/*', '*://*.b.example/*']);
    expect(grantedSiteMatches(builtIn, builtIn)).toEqual([]);
  });
});

/** The browser's permissions and dynamic content scripts, as far as the background uses them. */
function fakeScripting(granted: string[]) {
  const registered = new Map<string, { id: string; matches?: string[]; js?: string[]; css?: string[] }>();
  const calls: string[] = [];
  const browser = fakeBrowser as unknown as Record<string, unknown>;
  const event = () => {
    const listeners: (() => void)[] = [];
    return { listeners, addListener: (listener: () => void) => listeners.push(listener) };
  };
  const [onAdded, onRemoved] = [event(), event()];
  browser.permissions = { ...(browser.permissions as object), getAll: async () => ({ origins: [...granted] }), onAdded, onRemoved };
  browser.scripting = {
    getRegisteredContentScripts: async ({ ids }: { ids: string[] }) => ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
    registerContentScripts: async (scripts: { id: string }[]) => {
      calls.push('register');
      // As the browsers do: an id registered twice is an error.
      for (const s of scripts) if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of scripts) registered.set(s.id, s);
    },
    updateContentScripts: async (scripts: { id: string }[]) => { calls.push('update'); for (const s of scripts) registered.set(s.id, s); },
    unregisterContentScripts: async ({ ids }: { ids: string[] }) => { calls.push('unregister'); for (const id of ids) registered.delete(id); },
  };
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [{ matches: ['*://*.reuters.com/*'], js: [] }] } as never);
  const grantChanged = () => onAdded.listeners.forEach((listener) => listener());
  return { registered, calls, granted, grantChanged };
}

describe('syncSiteScripts', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('registers the content script with its styles for the granted sites, follows changes, and unregisters when none is left', async () => {
    const { registered, calls, granted } = fakeScripting(['*://*.reuters.com/*', '*://*.a.example/*']);
    await syncSiteScripts();
    expect(registered.get(GRANTED_SITES_SCRIPT_ID)).toMatchObject({
      matches: ['*://*.a.example/*'],
      // A grant for all sites leaves the built-in ones to the manifest's script.
      excludeMatches: ['*://*.reuters.com/*'],
      js: ['/content-scripts/content.js'],
      css: ['/content-scripts/content.css'],
      persistAcrossSessions: true,
    });

    // Started again with the same grants: nothing to write, also when the browser reports the
    // paths without their leading "/" (Firefox).
    const current = registered.get(GRANTED_SITES_SCRIPT_ID)!;
    registered.set(GRANTED_SITES_SCRIPT_ID, { ...current, js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] });
    await syncSiteScripts();
    expect(calls).toEqual(['register']);
    // A registration kept from an older version, naming other files, is rewritten.
    registered.set(GRANTED_SITES_SCRIPT_ID, { ...current, js: ['/old/content.js'] });
    await syncSiteScripts();
    expect(registered.get(GRANTED_SITES_SCRIPT_ID)?.js).toEqual(['/content-scripts/content.js']);

    granted.push('*://*.b.example/*');
    await syncSiteScripts();
    expect(registered.get(GRANTED_SITES_SCRIPT_ID)?.matches).toEqual(['*://*.a.example/*', '*://*.b.example/*']);

    granted.splice(1);
    await syncSiteScripts();
    expect(registered.size).toBe(0);
    expect(calls).toEqual(['register', 'update', 'update', 'unregister']);
  });

  it('registers nothing when only the built-in sites are granted', async () => {
    const { calls } = fakeScripting(['*://*.reuters.com/*']);
    await syncSiteScripts();
    expect(calls).toEqual([]);
  });

  it('brings grants given in quick succession in step one sync at a time: the script is registered once, with all of them', async () => {
    const { registered, calls, granted, grantChanged } = fakeScripting(['*://*.a.example/*']);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    keepSiteScriptsInStep();
    granted.push('*://*.b.example/*');
    grantChanged();
    granted.push('*://*.c.example/*');
    grantChanged();
    await vi.waitFor(() => expect(registered.get(GRANTED_SITES_SCRIPT_ID)?.matches).toEqual(['*://*.a.example/*', '*://*.b.example/*', '*://*.c.example/*']));
    expect(calls.filter((call) => call === 'register')).toEqual(['register']);
    expect(warn).not.toHaveBeenCalled();
  });
});
