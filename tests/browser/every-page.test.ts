import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../src/build/site-pages.ts';
import { EDITOR_POLICY } from '../../src/site/lib/security.ts';
import { browserSession, requestsElsewhere } from '../helpers/browser-session.ts';
import { KNOWN_REFUSALS, knownRefusal } from '../helpers/editor-refusals.ts';

const session = browserSession();

/**
 * What loading every page of the sample, the editor and a search showed. Each page of the site is visited
 * once, at a phone's width of 320 CSS pixels, for its security and its reflow. The editor's known
 * refusals (tests/helpers/editor-refusals.ts) are its own, and only the editor's.
 */
const seen = { problems: [] as string[], inlineScripts: [] as string[], cookies: [] as unknown[], homePolicy: '', editorPolicy: '', editorRefusals: [] as string[], tooWide: [] as string[] };

beforeAll(async () => {
  const page = await session.newPage({ viewport: { width: 320, height: 800 } });
  let current = '';
  const editorRefusals = new Set<string>();
  page.on('console', (message) => {
    const text = message.text();
    const known = current === '/admin/' ? knownRefusal(text) : undefined;
    if (known) editorRefusals.add(known);
    else if (/Content Security Policy/i.test(text)) seen.problems.push(`${current}: ${text.slice(0, 160)}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`${current}: ${error.message.slice(0, 160)}`));
  const elsewhere = requestsElsewhere(page, session.url('/'), () => current);
  const sitePaths = new Set(sitePages(inject('norfolkSite')));
  for (const path of [...sitePaths, '/admin/', '/search/?q=victims']) {
    current = path;
    // The editor and a search of the site, at a desktop's width.
    if (!sitePaths.has(path)) await page.setViewportSize({ width: 1280, height: 720 });
    const response = await page.goto(session.url(path), { waitUntil: path.startsWith('/search') || path === '/admin/' ? 'networkidle' : 'load' });
    if (path === '/') seen.homePolicy = response!.headers()['content-security-policy'] ?? '';
    if (path === '/admin/') {
      // The editor has started and made its requests (each refused is reported) before the next page is visited.
      await page.getByText('Sign In Using Access Token').waitFor();
      for (let waited = 0; editorRefusals.size < Object.keys(KNOWN_REFUSALS).length && waited < 60_000; waited += 100) await page.waitForTimeout(100);
      seen.editorPolicy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content') ?? '');
    }
    if (!sitePaths.has(path)) continue;
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) seen.tooWide.push(`${path} is ${width}px wide`);
    // Data blocks (structured data, the words a script shows) are never run.
    const count = await page.$$eval('script:not([src])', (scripts) => scripts.filter((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '')).length);
    if (count) seen.inlineScripts.push(`${path}: ${count}`);
  }
  seen.problems.push(...elsewhere().map((request) => `request to ${request}`));
  seen.editorRefusals = [...editorRefusals].sort();
  seen.cookies = await page.context().cookies();
  await page.close();
});

describe('security in Chromium, with the headers the site ships', () => {
  it('loads every page and the editor with no Content-Security-Policy violation (but the editor\'s known refusals), no request to another origin and no cookie', () => {
    expect(seen.homePolicy).toContain("script-src 'self'");
    expect(seen.homePolicy).not.toContain("'unsafe-eval'");
    // The editor carries its own policy, for hosts that send no headers.
    expect(seen.editorPolicy).toBe(EDITOR_POLICY);
    expect(seen.problems).toEqual([]);
    expect(seen.editorRefusals).toEqual(Object.keys(KNOWN_REFUSALS).sort());
    expect(seen.cookies).toEqual([]);
  });

  it('runs no inline script on any page', () => {
    expect(seen.inlineScripts).toEqual([]);
  });
});

describe('reflow in Chromium', () => {
  it('fits every page into 320 CSS pixels (400% zoom) without sideways scrolling, tables scrolling in their own region', () => {
    expect(seen.tooWide).toEqual([]);
  });
});
