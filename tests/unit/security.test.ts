import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { EDITOR_POLICY, headersFile, HOST_POLICY, PAGE_POLICY } from '../../src/site/lib/security.ts';
import { headersFor } from '../../src/build/static-server.ts';

describe('security headers', () => {
  it('allow no inline script and no eval on public pages', () => {
    const scripts = PAGE_POLICY.split('; ').find((directive) => directive.startsWith('script-src'))!;
    expect(scripts).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(HOST_POLICY).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(HOST_POLICY.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it("allow no eval in the editor either, and give it only what Sveltia CMS needs: GitHub's API and avatars, and data: addresses", () => {
    const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
    for (const policy of [EDITOR_POLICY, HOST_POLICY]) expect(policy).not.toContain("'unsafe-eval'");
    expect(directive(EDITOR_POLICY, 'connect-src')).toBe("connect-src 'self' data: https://api.github.com");
    expect(directive(EDITOR_POLICY, 'font-src')).toBe("font-src 'self'");
    // A <meta> policy cannot hold frame-ancestors (the browser ignores it, with an error): the header carries it.
    expect(EDITOR_POLICY).not.toContain('frame-ancestors');
    expect(HOST_POLICY).toBe(`${EDITOR_POLICY}; frame-ancestors 'none'; upgrade-insecure-requests`);
  });

  it('ship as a _headers file that applies to every path', () => {
    const headers = headersFor(headersFile(), '/decisions/41-2020/');
    expect(headers['Content-Security-Policy']).toBe(HOST_POLICY);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('are documented for nginx and Apache with the same policy', () => {
    const docs = readFileSync('docs/security.md', 'utf8');
    expect(docs).toContain(`add_header Content-Security-Policy "${HOST_POLICY}" always;`);
    expect(docs).toContain(`Header always set Content-Security-Policy "${HOST_POLICY}"`);
  });
});

describe('the build', () => {
  it("sends nothing to Astro's makers, nor asks npm for Astro's newest version, in every command that loads the configuration", async () => {
    const { telemetry } = await import('../../node_modules/astro/dist/events/index.js');
    const fetch = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response());
    const before = process.env.ASTRO_TELEMETRY_DISABLED;
    const updateCheckBefore = process.env.ASTRO_DISABLE_UPDATE_CHECK;
    delete process.env.ASTRO_TELEMETRY_DISABLED;
    delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
    try {
      vi.resetModules();
      await import('../../astro.config.mjs');
      await telemetry.record({ eventName: 'ASTRO_CLI_SESSION_STARTED', payload: {} });
      expect(fetch).not.toHaveBeenCalled();
      // Nor does the development server ask npm for Astro's newest version (which Astro never does in CI, whatever the setting).
      expect(process.env.ASTRO_DISABLE_UPDATE_CHECK).toBe('true');
      const { shouldCheckForUpdates } = await import('../../node_modules/astro/dist/core/dev/update-check.js');
      const preferences = { get: async (key: string) => (key === 'checkUpdates.enabled' ? true : 0) };
      expect(await shouldCheckForUpdates(preferences as never)).toBe(false);
    } finally {
      fetch.mockRestore();
      if (before === undefined) delete process.env.ASTRO_TELEMETRY_DISABLED;
      else process.env.ASTRO_TELEMETRY_DISABLED = before;
      if (updateCheckBefore === undefined) delete process.env.ASTRO_DISABLE_UPDATE_CHECK;
      else process.env.ASTRO_DISABLE_UPDATE_CHECK = updateCheckBefore;
    }
  });
});
