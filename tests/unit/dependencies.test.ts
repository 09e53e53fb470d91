import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };

/**
 * The packages whose inner workings the publisher relies on (Astro's incremental build and prerenderer,
 * its integrations, Vite's bundles, Pagefind's index and its chunk size): a new office's `npm install`
 * resolves the publisher's dependencies afresh, and Astro 7.4 broke a starter's first build.
 */
const PINNED = ['astro', '@astrojs/mdx', '@astrojs/rss', '@astrojs/sitemap', 'vite', 'pagefind', '@sveltia/cms'];

describe("the publisher's dependencies", () => {
  it.each(PINNED)('pins %s to the version its tests ran with', (name) => {
    expect(manifest.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.dependencies[name]).toBe(lock.packages[`node_modules/${name}`]!.version);
  });
});
