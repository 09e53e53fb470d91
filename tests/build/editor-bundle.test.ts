import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editorBundle, editorMiddleware } from '../../src/site/integrations/editor.ts';
import { middlewareAnswer } from '../helpers/middleware.ts';

const cacheRoot = mkdtempSync(join(tmpdir(), 'editor-bundle-'));
afterAll(() => rmSync(cacheRoot, { recursive: true, force: true }));
const filesIn = (folder: string): string[] => readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));

describe('the content editor, bundled once for each version of Sveltia CMS', () => {
  const stale = join(cacheRoot, 'editor-0.1.0-vite-8.0.0-0123456789ab');
  mkdirSync(stale);
  const bundling = editorBundle(cacheRoot);

  it('is a script with its fonts as files of their own, every address relative to it, in a folder named by the versions', async () => {
    const folder = await bundling;
    expect(folder).toMatch(/editor-\d+\.\d+\.\d+-vite-\d+\.\d+\.\d+-[0-9a-f]{12}$/);
    const files = filesIn(folder);
    expect(files).toContain(join(folder, 'editor.js'));
    expect(files.filter((file) => file.endsWith('.woff2')).length).toBe(3);
    const scripts = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(file, 'utf8')).join('\n');
    // Served under any base: each font named from the script's own address, none from the site's root, and none inlined, which the policy would refuse.
    const fonts = files.filter((file) => file.endsWith('.woff2')).map((file) => file.slice(folder.length + 1));
    expect(fonts.filter((font) => !scripts.includes(font))).toEqual([]);
    expect(fonts.filter((font) => new RegExp(`["'\`]/${font.replaceAll('.', '\\.')}`).test(scripts))).toEqual([]);
    expect(scripts.includes('data:font')).toBe(false);
  });

  it('is bundled again only when its versions or code change, and the bundles of other versions go', async () => {
    const folder = await bundling;
    const written = statSync(join(folder, 'editor.js')).mtimeMs;
    expect(await editorBundle(cacheRoot)).toBe(folder);
    expect(statSync(join(folder, 'editor.js')).mtimeMs).toBe(written);
    expect(readdirSync(cacheRoot)).toEqual([folder.slice(cacheRoot.length + 1)]);
  });

  it('is served by the development server from the bundle, and nothing outside it', async () => {
    const folder = await bundling;
    const get = (path: string) => middlewareAnswer(editorMiddleware('/admin/editor/', () => bundling), path);
    const served = await get('/admin/editor/editor.js');
    expect(served).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(served.body).toBe(readFileSync(join(folder, 'editor.js'), 'utf8'));
    const font = filesIn(folder).find((file) => file.endsWith('.woff2'))!;
    expect(await get(`/admin/editor/${font.slice(folder.length + 1)}`)).toMatchObject({ status: 200, type: 'font/woff2' });
    for (const path of ['/admin/editor/missing.js', '/admin/editor/', '/admin/', '/admin/editor/../config.yml', '/admin/editor/%2e%2e/%2e%2e/package.json']) expect((await get(path)).body).toBe('next');
  });
});
