/**
 * The side panel's switch that lets the extension run by itself on the described tab's site,
 * when the site is not on the built-in news list: the browser asks the reader for that one
 * site (lib/site-access), and the background registers the content script there.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { siteOf } from '@/lib/settings';
import { onBuiltInSite, siteAccessPattern } from '@/lib/site-access';
import { errorMessage } from '@/lib/error-message';

/**
 * `granted`: this very site was allowed, and the switch takes it back. `covered`: a wider grant
 * (a parent domain, or all sites, given in the browser's add-on permissions) covers it, which
 * only that grant's removal ends. `none`: neither.
 */
export type SiteGrant = 'granted' | 'covered' | 'none';

/** The browser's permission calls, passed in so the component runs without an extension. */
export interface SiteAccessApi {
  grantOf(pattern: string): Promise<SiteGrant>;
  /** Called in the click's own call stack: the browser asks only during a user gesture. */
  request(pattern: string): Promise<boolean>;
  revoke(pattern: string): Promise<boolean>;
  /** Hears grants change (here or in the browser's add-on permissions); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export interface SiteAccessProps {
  /** The described tab's address, or null when there is none. */
  url: string | null;
  access: SiteAccessApi;
}

const NOTE_ID = 'nc-site-access-note';

export function SiteAccess({ url, access }: SiteAccessProps) {
  const pattern = url && !onBuiltInSite(url) ? siteAccessPattern(url) : null;
  const [grant, setGrant] = useState<SiteGrant | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The site shown now: an answer about another (the reader moved on mid-prompt) is dropped. */
  const shown = useRef(pattern);
  shown.current = pattern;
  /** A request or removal is under way: a second click would ask the browser again. */
  const pending = useRef(false);

  useEffect(() => {
    setGrant(null);
    setError(null);
    if (!pattern) return;
    const read = () =>
      access
        .grantOf(pattern)
        .then((value) => shown.current === pattern && setGrant(value))
        .catch((e: unknown) => shown.current === pattern && setError(errorMessage(e)));
    void read();
    return access.onChange(() => void read());
  }, [pattern, access]);

  if (!pattern || grant === null) return error ? <p class="nc-error" role="alert">{error}</p> : null;
  const site = siteOf(url!);
  if (grant === 'covered') {
    return <p class="nc-site-access nc-muted">Runs on {site} without a click: a wider permission in your browser’s add-on settings allows it.</p>;
  }
  const change = (event: Event) => {
    // The checkbox shows the grant, not the click: it changes once the browser has answered.
    event.preventDefault();
    if (pending.current) return;
    pending.current = true;
    setBusy(true);
    setError(null);
    const asked = pattern;
    (grant === 'granted' ? access.revoke(asked) : access.request(asked))
      .then(() => access.grantOf(asked))
      .then((value) => shown.current === asked && setGrant(value))
      .catch((e: unknown) => shown.current === asked && setError(errorMessage(e)))
      .finally(() => {
        pending.current = false;
        setBusy(false);
      });
  };
  return (
    <div class="nc-site-access">
      <label>
        <input type="checkbox" name="site-access" checked={grant === 'granted'} aria-busy={busy} aria-describedby={NOTE_ID} onClick={change} />{' '}
        Run on {site} without a click
      </label>
      <p class="nc-muted" id={NOTE_ID}>
        {grant === 'granted'
          ? 'Its pages are read as they open, on this computer; nothing is sent.'
          : 'Without it, pages here are read only when you click the toolbar button. Ticking it asks your browser for access to this site.'}
      </p>
      {error && <p class="nc-error" role="alert">{error}</p>}
    </div>
  );
}
