/**
 * Reads the built packages as shipped: no network API, no dynamic code, no remote script, in
 * any file of either browser's build. (The browser tests also watch the wire; this catches a
 * request path that a test session happens not to trigger.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_DIRS, type BrowserName } from './harness/browsers';
import { CONTENT_SCRIPT_FILES } from '../../entrypoints/background/content-script-files';
import commonNouns from '../../lib/text/tables/common-nouns.json';

const FORBIDDEN = [/\bfetch\s*\(/, /XMLHttpRequest/, /WebSocket/, /sendBeacon/, /EventSource/, /importScripts/, /new Function\b/, /\beval\s*\(/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe.each<BrowserName>(['chromium', 'firefox'])('%s build', (name) => {
  const files = filesUnder(BUILD_DIRS[name]);

  it('ships no network API and no dynamic code', () => {
    const scripts = files.filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of FORBIDDEN) expect({ file, found: pattern.test(code) }).toEqual({ file, found: false });
    }
  });

  it('ships the content script and its styles where the background injects and registers them', () => {
    for (const file of Object.values(CONTENT_SCRIPT_FILES)) expect(files).toContain(join(BUILD_DIRS[name], file));
  });

  it('leaves the common-noun table out of the content script, which runs on every news page', () => {
    // "Other names" reads the table where the background matches the page (lib/match/match.ts);
    // the card only shows what it found. A run of the table's keys, whatever the bundler writes between them.
    const middle = Math.floor(commonNouns.keys.length / 2);
    const run = new RegExp(commonNouns.keys.slice(middle, middle + 4).join('\\W{1,4}'));
    expect(readFileSync(join(BUILD_DIRS[name], CONTENT_SCRIPT_FILES.js), 'utf8')).not.toMatch(run);
    // The same run is found where the table is read.
    expect(readFileSync(join(BUILD_DIRS[name], 'background.js'), 'utf8')).toMatch(run);
  });

  it('loads every script of its pages from the package itself', () => {
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) expect(src).not.toMatch(/^(https?:)?\/\//);
      expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>\s*\S/);
    }
  });
});
