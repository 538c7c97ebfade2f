/**
 * The side panel's switch that lets the extension run by itself on the described tab's site,
 * when the site is not on the built-in news list: the browser asks the reader for that one
 * site (lib/site-access), and the background registers the content script there.
 */
import { useEffect, useState } from 'preact/hooks';
import { siteOf } from '@/lib/settings';
import { onBuiltInSite, siteAccessPattern } from '@/lib/site-access';
import { errorMessage } from '@/lib/error-message';

/** The browser's permission calls, passed in so the component runs without an extension. */
export interface SiteAccessApi {
  granted(pattern: string): Promise<boolean>;
  /** Called in the click's own call stack: the browser asks only during a user gesture. */
  request(pattern: string): Promise<boolean>;
  revoke(pattern: string): Promise<boolean>;
  /** Hears grants change (here or in the browser's site-access menu); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export interface SiteAccessProps {
  /** The described tab's address, or null when there is none. */
  url: string | null;
  access: SiteAccessApi;
}

export function SiteAccess({ url, access }: SiteAccessProps) {
  const pattern = url && !onBuiltInSite(url) ? siteAccessPattern(url) : null;
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setGranted(null);
    setError(null);
    if (!pattern) return;
    let cancelled = false;
    const read = () =>
      access
        .granted(pattern)
        .then((value) => !cancelled && setGranted(value))
        .catch((e: unknown) => !cancelled && setError(errorMessage(e)));
    void read();
    const stop = access.onChange(() => void read());
    return () => {
      cancelled = true;
      stop();
    };
  }, [pattern, access]);

  if (!pattern || granted === null) return error ? <p class="nc-error">{error}</p> : null;
  const change = (event: Event) => {
    // The checkbox shows the grant, not the click: it changes once the browser has answered.
    event.preventDefault();
    setError(null);
    (granted ? access.revoke(pattern) : access.request(pattern))
      .then(() => access.granted(pattern))
      .then(setGranted)
      .catch((e: unknown) => setError(errorMessage(e)));
  };
  return (
    <div class="nc-site-access">
      <label>
        <input type="checkbox" name="site-access" checked={granted} onClick={change} /> Run on {siteOf(url!)} without a click
      </label>
      <p class="nc-muted">
        {granted
          ? 'Its pages are read as they open, on this computer only.'
          : 'Until then it reads this site only when you click the toolbar button. Your browser asks you first.'}
      </p>
      {error && <p class="nc-error">{error}</p>}
    </div>
  );
}
