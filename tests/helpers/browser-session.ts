import { chromium, type Browser, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { accessibilityCheckFiles } from '../../src/build/accessibility.ts';
import { serve } from '../../src/build/static-server.ts';

/**
 * How long a test waits for a page to load, or for something to appear on it, before failing with
 * what it waited for: under a second on a quiet machine, a few beside another build. It only names a
 * wait that will never end, where Playwright's own 30 s could be missed by a busy machine.
 */
const WAIT_MS = 120_000;

/** The tests' shared Chromium (tests/setup/shared-browser.ts), connected to for one test file; closing it closes what the file opened. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

/** A page in a browser context of its own, closed with the page, with the tests' time limit for each wait. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await browser.newPage(options);
  page.context().setDefaultTimeout(WAIT_MS);
  return page;
}

/**
 * Watches a page for requests to anywhere but the site (`site`, its address ending "/"), and returns
 * what it has seen so far: each as `label(): address`. A blob: address the site made is its own. A
 * request the page's Content-Security-Policy refused never left the browser: it is not counted here,
 * as the console reports it (and the tests fail on it, unless it is one of the editor's known refusals).
 */
export function requestsElsewhere(page: Page, site: string, label: () => string = () => ''): () => string[] {
  const seen: { request: Request; text: string }[] = [];
  const refused = new Set<Request>();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(site) && !url.startsWith(`blob:${site}`)) seen.push({ request, text: `${label()}${label() ? ': ' : ''}${url}` });
  });
  page.on('requestfailed', (request) => request.failure()?.errorText === 'csp' && refused.add(request));
  return () => seen.filter(({ request }) => !refused.has(request)).map(({ text }) => text);
}

/** Serves a built site (the Norfolk sample unless told which), ready for the accessibility check, and connects to Chromium for the tests of one file. */
export function browserSession(siteRoot: () => string = () => inject('norfolkSite')): { browser: () => Browser; url: (path: string) => string; newPage: (options?: BrowserContextOptions) => Promise<Page> } {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    site = await serve(siteRoot(), { files: accessibilityCheckFiles });
    browser = await connectChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser, url: (path) => site.url + path, newPage: (options) => openPage(browser, options) };
}

/**
 * Visits each of `items` with `visit`, one after another in one browser page that `open` makes (as the
 * accessibility check does, for the same reason: two at once cost Chromium more on two cores), and
 * returns what each visit found, in the order of `items`.
 */
export async function visitInTurn<Item, Found>(open: () => Promise<Page>, items: readonly Item[], visit: (page: Page, item: Item) => Promise<Found>): Promise<Found[]> {
  const page = await open();
  try {
    const found: Found[] = [];
    for (const item of items) found.push(await visit(page, item));
    return found;
  } finally {
    await page.close();
  }
}
