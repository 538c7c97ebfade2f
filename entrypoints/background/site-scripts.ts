/**
 * Runs the content script by itself on the sites outside the built-in news list that the
 * reader granted (lib/site-access): one registered content script whose matches follow the
 * granted host permissions, brought in step at every start and whenever a grant is added or
 * taken back (from the side panel or the browser's own add-on permissions).
 */
import { browser } from 'wxt/browser';
import { grantedSiteMatches } from '@/lib/site-access';
import { CONTENT_SCRIPT_FILES } from './content-script-files';

export const GRANTED_SITES_SCRIPT_ID = 'granted-sites';

/** Brings the registration in step now and after every change of the grants, one change at a time. */
export function keepSiteScriptsInStep(): void {
  let queue = Promise.resolve();
  const bringInStep = () => {
    queue = queue.then(syncSiteScripts).catch((error) => console.warn('News Context: cannot register the granted sites', error));
  };
  bringInStep();
  browser.permissions.onAdded.addListener(bringInStep);
  browser.permissions.onRemoved.addListener(bringInStep);
}

export async function syncSiteScripts(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const builtIn = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  const matches = grantedSiteMatches(origins, builtIn);
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SITES_SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SITES_SCRIPT_ID] });
    return;
  }
  const script = {
    id: GRANTED_SITES_SCRIPT_ID,
    matches,
    // A grant for all sites (the browser's add-on permissions offer one) leaves the built-in
    // sites to the manifest's script, whose styles would otherwise be inserted twice.
    excludeMatches: builtIn,
    js: [CONTENT_SCRIPT_FILES.js],
    css: [CONTENT_SCRIPT_FILES.css],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  // Updated even when the grants are the same: a registration kept from an older version of
  // the extension may name other files.
  if (registered) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}
