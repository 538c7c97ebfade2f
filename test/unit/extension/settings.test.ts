import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActive, parseSettings, settingsFor, siteOf, withSite } from '@/lib/settings';

describe('settings', () => {
  it('treats www. and the bare host as one site, and pages without a host as none', () => {
    expect(siteOf('https://www.bbc.com/news/x')).toBe('bbc.com');
    expect(siteOf('http://bbc.com/')).toBe('bbc.com');
    expect(siteOf('https://edition.cnn.com/a')).toBe('edition.cnn.com');
    expect(siteOf('about:blank')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('pauses and resumes one site without touching the others', () => {
    const paused = withSite(withSite(DEFAULT_SETTINGS, 'b.com', { enabled: true, sitePaused: true }), 'a.com', { enabled: true, sitePaused: true });
    expect(paused.pausedSites).toEqual(['a.com', 'b.com']);
    expect(isActive(settingsFor(paused, 'a.com'))).toBe(false);
    expect(isActive(settingsFor(paused, 'c.com'))).toBe(true);
    const resumed = withSite(paused, 'a.com', { enabled: true, sitePaused: false });
    expect(resumed.pausedSites).toEqual(['b.com']);
  });

  it('pauses a site’s subdomains with it, and resuming a subdomain lifts the pause that covered it', () => {
    const paused = withSite(DEFAULT_SETTINGS, 'independent.co.uk', { enabled: true, sitePaused: true });
    expect(settingsFor(paused, 'm.independent.co.uk').sitePaused).toBe(true);
    expect(settingsFor(paused, 'notindependent.co.uk').sitePaused).toBe(false);
    const resumed = withSite(paused, 'm.independent.co.uk', { enabled: true, sitePaused: false });
    expect(resumed.pausedSites).toEqual([]);
    // Pausing a subdomain leaves its parent alone.
    expect(settingsFor(withSite(DEFAULT_SETTINGS, 'm.independent.co.uk', { enabled: true, sitePaused: true }), 'independent.co.uk').sitePaused).toBe(false);
  });

  it('switches every site off with the global switch, keeping the paused list', () => {
    const off = withSite({ enabled: true, pausedSites: ['b.com'] }, 'a.com', { enabled: false, sitePaused: false });
    expect(isActive(settingsFor(off, 'a.com'))).toBe(false);
    expect(off.pausedSites).toEqual(['b.com']);
  });

  it('reads damaged stored settings as far as they are valid', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: 'yes', pausedSites: ['a.com', 3] })).toEqual({ enabled: true, pausedSites: ['a.com'] });
    expect(parseSettings({ enabled: false })).toEqual({ enabled: false, pausedSites: [] });
  });
});
