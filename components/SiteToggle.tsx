/**
 * The side panel's switches for highlights on pages: on or off everywhere, and paused on the
 * described tab's site. Both are remembered by the background, which tells open pages at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { clientFor } from '@/lib/messaging';
import type { BackgroundRequests } from '@/lib/protocol';
import { siteOf, type SiteSettings } from '@/lib/settings';
import { errorMessage } from '@/lib/error-message';

export interface SiteToggleProps {
  /** The described tab's address, or null when there is none. */
  url: string | null;
  ask: ReturnType<typeof clientFor<BackgroundRequests>>;
  /** Hears the settings change elsewhere (Alt+Shift+H on a page, another panel); returns the unsubscribe. */
  onSettingsChange: (listener: () => void) => () => void;
}

export function SiteToggle({ url, ask, onSettingsChange }: SiteToggleProps) {
  const site = url ? siteOf(url) : null;
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // With no site, only the global switch is shown; an empty site is never paused.
    const read = () =>
      ask('getSettings', { site: site ?? '' })
        .then((value) => !cancelled && setSettings(value))
        .catch((e: unknown) => !cancelled && setError(errorMessage(e)));
    void read();
    const stop = onSettingsChange(() => void read());
    return () => {
      cancelled = true;
      stop();
    };
  }, [site, ask, onSettingsChange]);

  const update = (change: Partial<SiteSettings>) => {
    if (!settings) return;
    ask('updateSettings', { site: site ?? '', ...settings, ...change })
      .then(setSettings)
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  if (!settings) return error ? <p class="nc-error">{error}</p> : null;
  return (
    <fieldset class="nc-site-toggle">
      <legend>Highlights on pages</legend>
      <label>
        <input type="checkbox" name="enabled" checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />{' '}
        Highlight reported passages
      </label>
      {site && (
        <label>
          <input
            type="checkbox"
            name="site-paused"
            checked={settings.sitePaused}
            disabled={!settings.enabled}
            onChange={(e) => update({ sitePaused: e.currentTarget.checked })}
          />{' '}
          Pause on {site}
        </label>
      )}
      <p class="nc-muted">Alt+Shift+H on a page pauses or resumes its site.</p>
      {error && <p class="nc-error">{error}</p>}
    </fieldset>
  );
}
