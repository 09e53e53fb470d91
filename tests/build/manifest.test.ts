import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkBuiltSite, problemLines } from '../../src/build/accessibility.ts';
import type { Manifest } from '../../src/build/manifest.ts';
import { sitePageFiles } from '../../src/build/site-pages.ts';
import { digests } from '../helpers/digests.ts';
import { TempOffice } from '../helpers/office.ts';

const EXAMPLESHIRE = 'tests/fixtures/offices/exampleshire';
// Not /transparency/, the address of a page of the site: a link that missed the base path could pass for one that has it.
const BASE = '/transparency-site/';

const readManifest = (site: string) => JSON.parse(readFileSync(join(site, 'data/manifest.json'), 'utf8')) as Manifest;

/** The files under a folder of a site, by their paths in it ("data/decisions.csv"); none if it has no such folder. */
function filesIn(site: string, folder: string): string[] {
  try {
    return readdirSync(join(site, folder), { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(site, folder, file)).isFile()).map((file) => `${folder}/${file}`);
  } catch {
    return [];
  }
}

/** What a reader downloads from a site, by path in its folder: the open data (not the page, nor the manifest itself) and the office's papers. */
const downloads = (site: string) => [...filesIn(site, 'data').filter((file) => file !== 'data/index.html' && file !== 'data/manifest.json'), ...filesIn(site, 'files')].sort();

/** The manifest's files, by their paths in the site's folder: the base path taken off, the names decoded. */
function listedFiles(manifest: Manifest, base: string): string[] {
  return manifest.files.map(({ path }) => {
    expect(path.startsWith(base), path).toBe(true);
    return decodeURIComponent(path.slice(base.length));
  });
}

/** Each file of the manifest that is not in the site, or whose size or SHA-256 is not what the manifest says, by its path in the site. */
function unverified(site: string, manifest: Manifest, base: string): string[] {
  const actual = digests(site);
  const paths = listedFiles(manifest, base);
  return manifest.files.flatMap(({ bytes, sha256 }, index) => {
    const file = paths[index]!;
    const size = statSync(join(site, file), { throwIfNoEntry: false })?.size;
    return size === bytes && actual[`/${file}`] === sha256 ? [] : [file];
  });
}

describe('the manifest of the sample site', () => {
  const site = inject('norfolkSite');
  const manifest = readManifest(site);

  it('gives the size and SHA-256 of each file it lists, as the file is published', () => {
    expect(manifest.algorithm).toBe('SHA-256');
    expect(manifest.files.length).toBeGreaterThan(50);
    expect(unverified(site, manifest, '/')).toEqual([]);
  });

  it('lists every download, once, in order, and dates itself as the downloads are dated', () => {
    const paths = listedFiles(manifest, '/');
    expect(paths).toEqual(downloads(site));
    expect(paths).toContain('data/decisions.csv');
    expect(manifest.files.map(({ path }) => path)).toEqual(manifest.files.map(({ path }) => path).sort());
    expect(manifest.generated).toBe(JSON.parse(readFileSync(join(site, 'data/decisions.json'), 'utf8')).buildDate);
  });

  it('is linked from the open data page, which says how to check a file against it', () => {
    const page = readFileSync(join(site, 'data/index.html'), 'utf8');
    expect(page).toContain('<a href="/data/manifest.json">manifest of downloads (JSON)</a>');
    for (const command of ['sha256sum decisions.csv', 'shasum -a 256 decisions.csv', 'Get-FileHash decisions.csv']) expect(page).toContain(`<code>${command}</code>`);
  });
});

describe("an office's site under a base path, and its manifest", () => {
  const work = mkdtempSync(join(tmpdir(), 'manifest-'));
  const office = new TempOffice(EXAMPLESHIRE);
  const site = join(work, 'site');
  const env = { ...process.env, OFFICE: office.dir, BASE_PATH: BASE };
  /** Builds the office into the same folder each time, as a rebuild does; gives what the build printed. */
  const build = () => execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', site, '--as-of', '2025-03-31'], { env, stdio: 'pipe' }).toString();
  beforeAll(() => {
    build();
  });
  afterAll(() => {
    office.remove();
    rmSync(work, { recursive: true, force: true });
  });

  it('prefixes every internal link and asset with the base path', () => {
    const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    const offenders = pages.flatMap((page) =>
      [...readFileSync(join(site, page), 'utf8').matchAll(/(?:href|src)="(\/[^"]*)"/g)]
        .map((match) => match[1]!)
        .filter((url) => !url.startsWith(BASE))
        .map((url) => `${page}: ${url}`),
    );
    expect(offenders).toEqual([]);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain(`href="${BASE}decisions/2013-14-003/"`);
  });

  it("lists the office's papers and the open data at the addresses the pages link them by, with their sizes and SHA-256", () => {
    const manifest = readManifest(site);
    expect(manifest.generated).toBe('2025-03-31');
    expect(listedFiles(manifest, BASE)).toEqual(downloads(site));
    expect(listedFiles(manifest, BASE)).toEqual(expect.arrayContaining(['files/code-of-corporate-governance.pdf', 'files/logo.png', 'data/decisions.csv']));
    expect(unverified(site, manifest, BASE)).toEqual([]);
    const listed = new Set(manifest.files.map(({ path }) => path));
    const linked = new Set(sitePageFiles(site).flatMap((page) => [...readFileSync(join(site, page), 'utf8').matchAll(new RegExp(`(?:href|src)="(${BASE}(?:files|data)/[^"#]+)"`, 'g'))].map((match) => match[1]!)));
    expect([...linked].filter((path) => !listed.has(path) && path !== `${BASE}data/manifest.json`)).toEqual([]);
    expect(readFileSync(join(site, 'data/index.html'), 'utf8')).toContain(`<a href="${BASE}data/manifest.json">`);
  });

  it("is served by the preview at its base path, where every address its home page links to answers; the server's root leads there", async () => {
    const preview = spawn(process.execPath, ['src/build/commands/preview.ts', '--out', site, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const url = await new Promise<string>((done, fail) => {
        let printed = '';
        preview.stdout.setEncoding('utf8').on('data', (text: string) => {
          printed += text;
          const served = /at (http:\/\/\S+\/) /.exec(printed);
          if (served) done(served[1]!);
        });
        preview.on('exit', (code) => fail(new Error(`the preview ended (${code}) before it was serving: ${printed}`)));
      });
      expect(new URL(url).pathname).toBe(BASE);
      const home = await fetch(url);
      expect(home.status).toBe(200);
      const linked = new Set([...(await home.text()).matchAll(/(?:href|src)="(\/[^"#]*)"/g)].map((match) => match[1]!));
      expect([...linked].filter((path) => path.endsWith('.css'))).not.toEqual([]);
      const unanswered: string[] = [];
      for (const path of linked) if ((await fetch(new URL(path, url))).status !== 200) unanswered.push(path);
      expect(unanswered).toEqual([]);
      const root = await fetch(new URL('/', url), { redirect: 'manual' });
      expect([root.status, root.headers.get('location')]).toEqual([302, BASE]);
      expect((await fetch(new URL('/decisions/', url))).status).toBe(404);
      // An address with a malformed escape is refused, and the preview goes on serving.
      expect((await fetch(new URL(`${BASE}%E0%A4%A`, url))).status).toBe(400);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      preview.kill();
    }
  });

  it("passes the office's accessibility check served at its base path, as the office's own tests serve it", async () => {
    expect(problemLines(await checkBuiltSite(site, ['/', '/decisions/2013-14-003/'], BASE))).toEqual([]);
  });

  it('is written afresh by a rebuild that reuses pages, for a paper replaced since the last build', () => {
    const paper = 'files/code-of-corporate-governance.pdf';
    const before = readManifest(site).files.find(({ path }) => path === `${BASE}${paper}`)!;
    appendFileSync(join(office.dir, paper), '\n% revised\n');
    expect(build()).toContain('reusing');
    const manifest = readManifest(site);
    const after = manifest.files.find(({ path }) => path === `${BASE}${paper}`)!;
    expect(after.bytes).toBe(before.bytes + '\n% revised\n'.length);
    expect(after.sha256).not.toBe(before.sha256);
    expect(listedFiles(manifest, BASE)).toEqual(downloads(site));
    expect(unverified(site, manifest, BASE)).toEqual([]);
  });
});
