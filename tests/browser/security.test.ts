import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../src/build/site-pages.ts';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

/** What loading every page of the site, the editor and a search showed; every page is visited once. */
const seen = { problems: [] as string[], inlineScripts: [] as string[], cookies: [] as unknown[], homePolicy: '' };

beforeAll(async () => {
  const page = await session.newPage();
  let current = '';
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && seen.problems.push(`${current}: ${message.text().slice(0, 160)}`));
  page.on('pageerror', (error) => seen.problems.push(`${current}: ${error.message.slice(0, 160)}`));
  page.on('request', (request) => !request.url().startsWith(session.url('/')) && seen.problems.push(`${current}: request to ${request.url()}`));
  const sitePaths = new Set(sitePages(inject('norfolkSite')));
  for (const path of [...sitePaths, '/admin/', '/search/?q=victims']) {
    current = path;
    const response = await page.goto(session.url(path), { waitUntil: path.startsWith('/search') || path === '/admin/' ? 'networkidle' : 'load' });
    if (path === '/') seen.homePolicy = response!.headers()['content-security-policy'] ?? '';
    if (!sitePaths.has(path)) continue;
    const count = await page.$$eval('script:not([src])', (scripts) => scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json').length);
    if (count) seen.inlineScripts.push(`${path}: ${count}`);
  }
  seen.cookies = await page.context().cookies();
  await page.close();
});

describe('security in Chromium, with the headers the site ships', () => {
  it('loads every page and the editor with no Content-Security-Policy violation, no request to another origin and no cookie', () => {
    expect(seen.homePolicy).toContain("script-src 'self'");
    expect(seen.problems).toEqual([]);
    expect(seen.cookies).toEqual([]);
  });

  it('runs no inline script on any page', () => {
    expect(seen.inlineScripts).toEqual([]);
  });
});
