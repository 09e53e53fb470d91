import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility, siteBudgetMs, violationLines, type SiteFindings } from '../../src/build/accessibility.ts';
import { sitePages } from '../../src/build/site-pages.ts';
import { EDITOR_POLICY } from '../../src/site/lib/security.ts';
import { browserSession, requestsElsewhere } from '../helpers/browser-session.ts';
import { KNOWN_REFUSALS, knownRefusal } from '../helpers/editor-refusals.ts';

const session = browserSession();
const pages = sitePages(inject('norfolkSite'));

/**
 * What visiting every page of the sample, the editor and a search showed. Each page of the site is
 * visited once, by the accessibility check, which checks it with axe under its own Content-Security-Policy
 * at a desktop's width; in the same visit its security is watched, and it is then narrowed to 320 CSS
 * pixels for its reflow. The editor's known refusals (tests/helpers/editor-refusals.ts) are its own, and
 * only the editor's.
 */
let accessibility: SiteFindings;
// What a page's visit found is kept by its path, as a page that overran its budget is visited again.
const seen = { problems: [] as string[], inlineScripts: new Map<string, number>(), cookies: [] as unknown[], homePolicy: '', editorPolicy: '', editorRefusals: [] as string[], narrowed: new Map<string, number>() };

/** Where a page is, for what it reports. */
const pathOf = (page: Page) => {
  const { pathname, search } = new URL(page.url());
  return pathname + search;
};

/**
 * Watches a page for Content-Security-Policy violations, errors and requests to anywhere but the site, but
 * for the console messages `isKnownRefusal` takes; gives what it saw of requests.
 */
function watchSecurity(page: Page, isKnownRefusal: (text: string) => boolean = () => false): () => string[] {
  page.on('console', (message) => {
    const text = message.text();
    if (!isKnownRefusal(text) && /Content Security Policy/i.test(text)) seen.problems.push(`${pathOf(page)}: ${text.slice(0, 160)}`);
  });
  page.on('pageerror', (error) => seen.problems.push(`${pathOf(page)}: ${error.message.slice(0, 160)}`));
  page.on('response', (response) => {
    if (response.request().isNavigationRequest() && new URL(response.url()).pathname === '/') seen.homePolicy = response.headers()['content-security-policy'] ?? '';
  });
  return requestsElsewhere(page, session.url('/'), () => pathOf(page));
}

/** The page's width once it has had the frames to lay itself out again, as a chart does, however busy the machine. */
function widthOnceLaidOut(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        let frames = 0;
        const measure = () => {
          const width = document.documentElement.scrollWidth;
          if (width <= 320 || ++frames > 60) done(width);
          else requestAnimationFrame(measure);
        };
        requestAnimationFrame(measure);
      }),
  );
}

beforeAll(async () => {
  const requestsFrom: (() => string[])[] = [];
  accessibility = await checkAccessibility(session.browser(), session.url(''), pages, {
    visit: {
      opened: (page) => requestsFrom.push(watchSecurity(page)),
      checked: async (page, path) => {
        // Data blocks (structured data, the words a script shows) are never run; axe's own script is the site's file.
        const count = await page.$$eval('script:not([src])', (scripts) => scripts.filter((s) => !['application/ld+json', 'application/json'].includes(s.getAttribute('type') ?? '')).length);
        seen.inlineScripts.set(path, count);
        seen.cookies.push(...(await page.context().cookies()));
        // Narrowed to a phone's width, as a reader zooming to 400% narrows it.
        await page.setViewportSize({ width: 320, height: 800 });
        const width = await widthOnceLaidOut(page);
        seen.narrowed.set(path, width);
        await page.setViewportSize({ width: 1280, height: 720 });
      },
    },
  });

  // The editor and a search of the site, each in the visit of a reader.
  const page = await session.newPage();
  const editorRefusals = new Set<string>();
  const isEditorsRefusal = (text: string) => {
    const known = pathOf(page) === '/admin/' ? knownRefusal(text) : undefined;
    if (known) editorRefusals.add(known);
    return known !== undefined;
  };
  requestsFrom.push(watchSecurity(page, isEditorsRefusal));
  await page.goto(session.url('/admin/'), { waitUntil: 'networkidle' });
  // The editor has started and made its requests (each refused is reported) before the search is visited.
  await page.getByText('Sign In Using Access Token').waitFor();
  for (let waited = 0; editorRefusals.size < Object.keys(KNOWN_REFUSALS).length && waited < 60_000; waited += 100) await page.waitForTimeout(100);
  seen.editorPolicy = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content') ?? '');
  await page.goto(session.url('/search/?q=victims'), { waitUntil: 'networkidle' });
  seen.cookies.push(...(await page.context().cookies()));
  await page.close();
  seen.problems.push(...requestsFrom.flatMap((requests) => requests()).map((request) => `request to ${request}`));
  seen.editorRefusals = [...editorRefusals].sort();
  // A page checked at the second try passes, but the log says which, and what held up the first.
  for (const { path, reason } of accessibility.retried) console.warn(`${path} was checked at the second try: ${reason}`);
}, siteBudgetMs(pages.length) + 5 * 60_000);

describe('accessibility in Chromium', () => {
  it('finds no WCAG 2.2 A or AA violation on any page of the site', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(accessibility.unchecked).toEqual([]);
    expect(violationLines(accessibility)).toEqual([]);
    expect(accessibility.checked.map((page) => page.path)).toEqual(pages);
  });
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
    expect([...seen.inlineScripts].filter(([, count]) => count > 0).map(([path, count]) => `${path}: ${count}`)).toEqual([]);
  });
});

describe('reflow in Chromium', () => {
  it('fits every page into 320 CSS pixels (400% zoom) without sideways scrolling, tables scrolling in their own region', () => {
    expect([...seen.narrowed.keys()].sort()).toEqual([...pages].sort());
    expect([...seen.narrowed].filter(([, width]) => width > 320).map(([path, width]) => `${path} is ${width}px wide`)).toEqual([]);
  });
});
