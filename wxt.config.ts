import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox gets Manifest V3 too: Firefox ESR 140+ supports everything used here (event-page
// background, scripting, sidebar_action, the CSS Custom Highlight API), and one manifest shape
// means one code path and one set of permissions to justify.
export default defineConfig({
  // Parallel work (several builds at once) can build elsewhere; tests read the same variable.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // No module-preload polyfill: it would fetch() the extension's own chunks, and the extension
  // pages need no network API at all (see test/browser/bundle-audit.test.ts).
  // WXT_NO_MINIFY=1 keeps function names, for CPU profiles that name what they measure (bench:index --cpu-profile).
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false }, ...(process.env.WXT_NO_MINIFY && { minify: false }) } }),
  manifest: ({ browser }) => ({
    name: 'News Context',
    description:
      'Highlights the claims on a news page that other outlets also reported, and compares their wording, figures and framing. Works offline: no page content leaves the browser.',
    // storage: settings and per-tab results; activeTab + scripting: run on a page outside the
    // built-in news list when the user clicks the toolbar button (scripting also registers the
    // content script for the sites granted below). sidePanel is added by WXT.
    permissions: ['storage', 'activeTab', 'scripting'],
    // Asked for one site (and its subdomains) at a time, only when the reader lets the extension
    // run on that site by itself from the side panel (lib/site-access.ts); nothing is granted at
    // install.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'News Context: analyze this page' },
    // Everything from the extension itself, no connection at all: default-src keeps images,
    // fonts, frames and media remote-free too, beside the scripts and connections.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'",
    },
    // sidePanel.open(), which the toolbar and the page's button call, came in Chrome 116.
    ...(browser !== 'firefox' && { minimum_chrome_version: '116' }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'news-context@example.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
