// axe-core's WCAG 2.2 A and AA rules on every page of a built site, in Chromium: run by the tests on
// each build of the sample, and by `npm run accessibility-report` for the report the accessibility
// statement shows.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serve } from './static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 A and AA, with the 2.0 and 2.1 rules they include. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Pages checked at once, each in a browser page of its own: the machines that run this have two cores. */
export const PAGES_AT_ONCE = 2;

/**
 * The longest one page may take to load and be checked before it is named as not checked. A page
 * takes about a second on a quiet machine and a few beside another build; this only stops a page that
 * hangs from holding up the rest.
 */
export const PAGE_BUDGET_MS = 60_000;

/** The longest a whole site can take when no page goes over its budget. */
export function siteBudgetMs(pages: number): number {
  return Math.ceil(pages / PAGES_AT_ONCE) * PAGE_BUDGET_MS;
}

export interface AxeFinding {
  id: string;
  help: string;
  /** The CSS selectors of the elements it was found on. */
  nodes: string[];
}

/** What axe found on one page: rules broken, and checks it could not decide that need a person. */
export interface PageFindings {
  path: string;
  violations: AxeFinding[];
  incomplete: AxeFinding[];
}

export interface SiteFindings {
  /** Every page checked, in the order the pages were given. */
  checked: PageFindings[];
  /** Every page that could not be checked: it failed to load, or went over its budget. */
  unchecked: { path: string; reason: string }[];
}

/** The report the accessibility statement shows (data/accessibility-report.json). */
export interface AccessibilityReport {
  tested: string;
  standard: string;
  tool: string;
  pages: number;
  needsAPerson: { id: string; help: string }[];
}

/**
 * Serves axe-core from localhost as a file the browser may keep: Chromium then keeps the script compiled
 * between pages, where injecting its text compiles half a megabyte of script again on every page.
 */
async function serveAxe(): Promise<{ url: string; close: () => void }> {
  const server = createServer((_, response) => {
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=86400' });
    response.end(AXE_SOURCE);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/axe.min.js`, close: () => server.close() };
}

async function checkPage(page: Page, url: string, axeUrl: string): Promise<Omit<PageFindings, 'path'>> {
  const response = await page.goto(url);
  if (!response?.ok()) throw new Error(`the server answered ${response?.status() ?? 'nothing'}`);
  await page.addScriptTag({ url: axeUrl });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Record<'violations' | 'incomplete', { id: string; help: string; nodes: { target: unknown[] }[] }[]>> } }).axe;
    // Only these two are read: axe then skips gathering every element that passed each rule.
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const findings = (items: typeof results.violations) => items.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map((node) => node.target.join(' ')) }));
    return { violations: findings(results.violations), incomplete: findings(results.incomplete) };
  }, TAGS);
}

/** Settles as `work` does, or fails once `ms` have passed. */
function withinBudget<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not checked within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, overrun]).finally(() => clearTimeout(timer));
}

/**
 * Checks the pages at `paths` of the site served at `siteUrl`, a few at once, each within `budgetMs`.
 * A page that fails or overruns is listed as unchecked and the others are still checked.
 */
export async function checkAccessibility(browser: Browser, siteUrl: string, paths: string[], budgetMs = PAGE_BUDGET_MS): Promise<SiteFindings> {
  // The site's Content-Security-Policy rightly refuses axe's injected script; the check's context sets it aside.
  const context: BrowserContext = await browser.newContext({ bypassCSP: true });
  const axe = await serveAxe();
  const checked = new Map<string, PageFindings>();
  const unchecked: SiteFindings['unchecked'] = [];
  const queue = [...paths];
  const openPage = async () => {
    const page = await context.newPage();
    // The page's budget is its only time limit, not Playwright's own 30 s for each step.
    page.setDefaultTimeout(0);
    return page;
  };
  const checkInTurn = async () => {
    let page = await openPage();
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      try {
        checked.set(path, { path, ...(await withinBudget(checkPage(page, siteUrl + path, axe.url), budgetMs)) });
      } catch (error) {
        unchecked.push({ path, reason: (error as Error).message.split('\n')[0]! });
        // The page may still be busy (a script that never ends): it is left to close while the next one starts.
        void page.close().catch(() => undefined);
        page = await openPage();
      }
    }
    await page.close();
  };
  try {
    await Promise.all(Array.from({ length: PAGES_AT_ONCE }, checkInTurn));
  } finally {
    await context.close();
    axe.close();
  }
  return {
    checked: paths.flatMap((path) => checked.get(path) ?? []),
    unchecked: unchecked.sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path)),
  };
}

/** One line for each rule broken on each page: the page, the rule, and the first three elements that break it. */
export function violationLines(site: SiteFindings): string[] {
  return site.checked.flatMap(({ path, violations }) =>
    violations.map(({ id, help, nodes }) => `${path} ${id}: ${help} (${nodes.slice(0, 3).join(', ')}${nodes.length > 3 ? ` and ${nodes.length - 3} more` : ''})`),
  );
}

/** A line for each problem a check found: a page it could not check, and each violation. */
export function problemLines(site: SiteFindings): string[] {
  return [...site.unchecked.map(({ path, reason }) => `${path} was not checked: ${reason}`), ...violationLines(site)];
}

/** Checks `paths` of the site built into `root`, served as a static host would, in Chromium. */
export async function checkBuiltSite(root: string, paths: string[]): Promise<SiteFindings> {
  const server = await serve(root);
  const browser = await launchChromium();
  try {
    return await checkAccessibility(browser, server.url, paths);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The accessibility statement's report of a check that found no violation: when, how many pages, and what needs a person. */
export function accessibilityReport(site: SiteFindings, tested: Date): AccessibilityReport {
  const needsAPerson = new Map<string, string>();
  for (const { incomplete } of site.checked) for (const { id, help } of incomplete) needsAPerson.set(id, help);
  return {
    tested: tested.toISOString().slice(0, 10),
    standard: 'WCAG 2.2 AA',
    tool: 'axe-core in Chromium',
    pages: site.checked.length,
    needsAPerson: [...needsAPerson].map(([id, help]) => ({ id, help })),
  };
}
