/** The manifest asks for no more than the extension needs and loads no remote code. */
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Manifest = Record<string, unknown> & {
  permissions: string[];
  optional_host_permissions?: string[];
  content_security_policy: { extension_pages: string };
  browser_specific_settings?: { gecko: { id: string; data_collection_permissions: { required: string[] } } };
};
const manifestFor = async (browser: string) =>
  (await (config.manifest as (env: { browser: string }) => Manifest | Promise<Manifest>)({ browser })) as Manifest;

describe('manifest', () => {
  it('asks only for the justified permissions and no host permission of its own', async () => {
    const manifest = await manifestFor('chrome');
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest).not.toHaveProperty('host_permissions');
    // Sites outside the built-in list are asked for one at a time, when the reader chooses to.
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('forbids remote scripts and every network connection from its pages', async () => {
    const csp = (await manifestFor('chrome')).content_security_policy.extension_pages;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline/);
  });

  it('asks Chrome for the version that opens the side panel on a click', async () => {
    expect((await manifestFor('chrome')).minimum_chrome_version).toBe('116');
    expect(await manifestFor('firefox')).not.toHaveProperty('minimum_chrome_version');
  });

  it('gives Firefox a fixed add-on id and declares that no data is collected', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions.required).toEqual(['none']);
  });
});
