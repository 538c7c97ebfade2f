/**
 * The user's on-page settings: highlights on or off everywhere, and sites where they are
 * paused. Pure data and rules; the background keeps them in extension storage.
 */
import { parseAddress } from './corpus/page-address';

export interface Settings {
  /** Highlights on pages at all. */
  enabled: boolean;
  /** Sites (see `siteOf`) where highlights are paused, sorted. */
  pausedSites: string[];
}

/** What a page needs to know: whether to highlight, and why not. */
export interface SiteSettings {
  enabled: boolean;
  sitePaused: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, pausedSites: [] };

/** Where the background keeps the settings in storage.local; the side panel watches it too. */
export const SETTINGS_KEY = 'settings';

/**
 * The site a pause applies to: the host name without a leading "www.", so pausing
 * www.bbc.com also pauses bbc.com (one site to a reader). Null for pages without a host.
 */
export function siteOf(url: string): string | null {
  const host = parseAddress(url)?.hostname.toLowerCase();
  return host ? host.replace(/^www\./, '') : null;
}

/** A pause on a site covers its subdomains too: "independent.co.uk" pauses m.independent.co.uk. */
const covers = (paused: string, site: string) => site === paused || site.endsWith(`.${paused}`);

export function settingsFor(settings: Settings, site: string): SiteSettings {
  return { enabled: settings.enabled, sitePaused: site !== '' && settings.pausedSites.some((paused) => covers(paused, site)) };
}

/** Whether a page of `site` gets highlights. */
export const isActive = (site: SiteSettings) => site.enabled && !site.sitePaused;

/**
 * The settings with the global switch and one site's pause set as given. Resuming a site also
 * lifts a pause on a domain that covers it, or the reader's resume would change nothing.
 */
export function withSite(settings: Settings, site: string, change: SiteSettings): Settings {
  const others = settings.pausedSites.filter((s) => s !== site && !(change.sitePaused === false && covers(s, site)));
  return { enabled: change.enabled, pausedSites: change.sitePaused ? [...others, site].sort() : others };
}

/** Stored settings from an older or damaged store are read as far as they are valid. */
export function parseSettings(value: unknown): Settings {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    enabled: typeof stored.enabled === 'boolean' ? stored.enabled : DEFAULT_SETTINGS.enabled,
    pausedSites: Array.isArray(stored.pausedSites) ? stored.pausedSites.filter((s): s is string => typeof s === 'string') : [],
  };
}
