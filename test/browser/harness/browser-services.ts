/**
 * Hosts the browsers themselves call for their own services (component and extension updates,
 * autofill, accounts, telemetry, remote settings), even with background networking disabled.
 * They come from the browser, not from the extension: the privacy test leaves them out, and
 * the extension's own pages are additionally barred from any connection by their CSP
 * (connect-src 'none', checked in test/unit/manifest).
 */
const BROWSER_SERVICE_DOMAINS = ['google.com', 'googleapis.com', 'gvt1.com', 'gstatic.com', 'mozilla.com', 'mozilla.net', 'mozilla.org', 'firefox.com'];

export function isBrowserServiceHost(host: string): boolean {
  return BROWSER_SERVICE_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
