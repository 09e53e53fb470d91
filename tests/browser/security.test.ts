import { describe, expect, inject, it } from 'vitest';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { browserSession } from '../helpers/browser-session.ts';

const session = browserSession();

describe('security in Chromium, with the headers the site ships', () => {
  it('loads every page and the editor with no Content-Security-Policy violation, no request to another origin and no cookie', async () => {
    const context = await session.browser().newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && problems.push(`${current}: ${message.text().slice(0, 160)}`));
    page.on('pageerror', (error) => problems.push(`${current}: ${error.message.slice(0, 160)}`));
    page.on('request', (request) => !request.url().startsWith(session.url('/')) && problems.push(`${current}: request to ${request.url()}`));
    for (const path of [...sitePages(inject('norfolkSite')), '/admin/', '/search/?q=victims']) {
      current = path;
      const response = await page.goto(session.url(path), { waitUntil: path.startsWith('/search') || path === '/admin/' ? 'networkidle' : 'load' });
      if (path === '/') expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    }
    expect(problems).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('runs no inline script on any page', async () => {
    const page = await session.browser().newPage();
    const inline: string[] = [];
    for (const path of sitePages(inject('norfolkSite'))) {
      await page.goto(session.url(path));
      const count = await page.$$eval('script:not([src])', (scripts) => scripts.filter((s) => s.getAttribute('type') !== 'application/ld+json').length);
      if (count) inline.push(`${path}: ${count}`);
    }
    expect(inline).toEqual([]);
    await page.close();
  });
});
