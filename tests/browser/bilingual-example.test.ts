import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility, siteBudgetMs, violationLines, type SiteFindings } from '../../src/build/accessibility.ts';
import { sitePages } from '../../src/build/site-pages.ts';
import { browserSession } from '../helpers/browser-session.ts';

/** The Welsh example office's site, in English and Welsh. */
const site = () => inject('northWalesSite');

const session = browserSession(site);

/** The site's pages in the default language and in Welsh (/cy/…), the 404 page aside: a static host serves it at any address. */
const pages = sitePages(site()).filter((path) => !path.includes('404'));
const english = pages.filter((path) => !path.startsWith('/cy/'));
const welsh = pages.filter((path) => path.startsWith('/cy/'));

/** A page's language, and where its link to the other language (named `switcher`) goes. */
async function languageOf(page: Page, switcher: string): Promise<{ lang: string | null; switcherGoesTo: string }> {
  return { lang: await page.getAttribute('html', 'lang'), switcherGoesTo: await page.getByRole('link', { name: switcher, exact: true }).evaluate((link) => (link as HTMLAnchorElement).href) };
}

/**
 * Each page in each language is loaded once: each Welsh page by the accessibility check, which reads its
 * language and switcher in the same visit, and each English page for its language and switcher alone.
 */
let welshAccessibility: SiteFindings;
const seen = new Map<string, { lang: string | null; switcherGoesTo: string }>();

beforeAll(async () => {
  welshAccessibility = await checkAccessibility(session.browser(), session.url(''), welsh, { visit: { checked: async (page, path) => void seen.set(path, await languageOf(page, 'English')) } });
  const page = await session.newPage();
  for (const path of english) {
    await page.goto(session.url(path));
    seen.set(path, await languageOf(page, 'Cymraeg'));
  }
  await page.close();
}, siteBudgetMs(100) + 5 * 60_000);

describe('the Welsh example office in Chromium, in English and Welsh', () => {
  it('has every page in both languages; on each, the switcher goes to the same page in the other language and back', async () => {
    expect(english.length).toBeGreaterThan(20);
    expect(welsh.map((path) => path.slice('/cy'.length)).sort()).toEqual([...english].sort());
    for (const path of english) {
      expect(seen.get(path), path).toEqual({ lang: 'en-GB', switcherGoesTo: session.url(`/cy${path}`) });
      expect(seen.get(`/cy${path}`), `/cy${path}`).toEqual({ lang: 'cy-GB', switcherGoesTo: session.url(path) });
    }
    // And a reader's click on the switcher goes there, and back.
    const page = await session.newPage();
    await page.goto(session.url('/decisions/'));
    await page.getByRole('link', { name: 'Cymraeg', exact: true }).click();
    await page.waitForURL(session.url('/cy/decisions/'));
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(session.url('/decisions/'));
    await page.close();
  });

  it('links each page to its address in both languages with hreflang', async () => {
    const page = await session.newPage();
    for (const path of ['/', '/decisions/', '/cy/decisions/', '/cy/plans/police-and-crime-plan-2025-28/', '/cy/transparency/']) {
      await page.goto(session.url(path));
      const plain = path.replace(/^\/cy\//, '/');
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href')!).pathname}`));
      expect(alternates.sort(), path).toEqual([`cy-GB /cy${plain}`, `en-GB ${plain}`]);
    }
    await page.close();
  });

  it('marks the entry left untranslated as English on its Welsh page, under a notice in Welsh', async () => {
    const page = await session.newPage();
    await page.goto(session.url('/cy/decisions/'));
    const link = page.getByRole('link', { name: "Chief Constable's request to retire and be reappointed" });
    expect(await link.evaluate((anchor) => anchor.closest('[lang]')?.getAttribute('lang'))).toBe('en-GB');
    await link.click();
    await page.waitForURL(/\/cy\/decisions\/.+/);
    expect(await page.locator('main').textContent()).toContain("Nid yw'r cofnod hwn wedi'i gyfieithu i'r Gymraeg eto");
    await page.close();
  });

  it('finds no WCAG 2.2 A or AA violation on any Welsh page', () => {
    expect(welshAccessibility.unchecked).toEqual([]);
    expect(violationLines(welshAccessibility)).toEqual([]);
    expect(welshAccessibility.checked.map((checked) => checked.path)).toEqual(welsh);
  });
});
