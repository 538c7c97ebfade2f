/**
 * Runs the content script by itself on the sites outside the built-in news list that the
 * reader granted (lib/site-access): one registered content script whose matches follow the
 * granted host permissions, brought in step at every start and whenever a grant is added or
 * taken back (from the side panel or the browser's own add-on permissions).
 */
import { browser, type Browser } from 'wxt/browser';
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
  if (!registered) await browser.scripting.registerContentScripts([script]);
  // A registration kept from an older version of the extension may name other files; an equal
  // one is left alone, as Chrome starts its worker again and again.
  else if (!sameRegistration(registered, script)) await browser.scripting.updateContentScripts([script]);
}

/** Lists compared as sets of paths, the leading "/" aside (Firefox reports paths without it). */
const asKey = (list: readonly string[] | undefined) => [...(list ?? [])].map((path) => path.replace(/^\//, '')).sort().join('\n');

function sameRegistration(registered: RegisteredScript, wanted: RegisteredScript): boolean {
  const fields = ['matches', 'excludeMatches', 'js', 'css'] as const;
  return registered.runAt === wanted.runAt && fields.every((field) => asKey(registered[field]) === asKey(wanted[field]));
}

type RegisteredScript = Pick<Browser.scripting.RegisteredContentScript, 'matches' | 'excludeMatches' | 'js' | 'css' | 'runAt'>;
