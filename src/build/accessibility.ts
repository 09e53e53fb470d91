// axe-core's WCAG 2.2 A and AA rules on every page of a built site, in Chromium: run by the tests on
// each build of the sample, and by `npm run accessibility-report` for the report the accessibility
// statement shows.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serve } from './static-server.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.2 A and AA, with the 2.0 and 2.1 rules they include. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The longest one page may take to load and be checked before it is named as not checked. A page
 * takes about a second on a quiet machine and a few beside another build; this only stops a page that
 * hangs from holding up the rest.
 */
export const PAGE_BUDGET_MS = 60_000;

/** The longest a whole site can take when no page goes over its budget. */
export function siteBudgetMs(pages: number): number {
  return pages * PAGE_BUDGET_MS;
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
  /** Every page that could not be checked: it failed to load, or went over its budget twice. */
  unchecked: { path: string; reason: string }[];
  /** Every page that went over its budget once and was tried again, with what its first visit was doing then. */
  retried: { path: string; reason: string }[];
}

/** The report the accessibility statement shows (data/accessibility-report.json). */
export interface AccessibilityReport {
  tested: string;
  standard: string;
  tool: string;
  pages: number;
  needsAPerson: { id: string; help: string }[];
}

/** Where the site's server serves axe-core for the check: a script from the site itself, which its Content-Security-Policy allows. */
const AXE_PATH = '/_accessibility-check/axe.min.js';

/**
 * What a server of the site must serve beside it for the check (the files option of serve in
 * static-server.ts). Each page is then checked as readers get it, under its own Content-Security-Policy,
 * and Chromium keeps axe's half a megabyte of script compiled from one page to the next.
 */
export const accessibilityCheckFiles: Record<string, string> = { [AXE_PATH]: AXE_SOURCE };

/** More to do on each page once axe has checked it, in the same visit (the tests check its security and reflow there). */
export interface PageVisit {
  /** A browser page the check opened, before it visits any page with it. */
  opened?: (page: Page) => void;
  /** A page of the site, once checked: at Chromium's default window of 1280 by 720 pixels. */
  checked?: (page: Page, path: string) => Promise<void>;
}

/** What a visit to a page is doing, for a page that overruns its budget to say where it stopped. */
type Step = 'loading it' | 'loading axe' | 'running axe' | "making the visit's own checks";

async function checkPage(page: Page, siteUrl: string, path: string, reached: (step: Step) => void): Promise<Omit<PageFindings, 'path'>> {
  reached('loading it');
  const response = await page.goto(siteUrl + path);
  if (!response?.ok()) throw new Error(`the server answered ${response?.status() ?? 'nothing'}`);
  reached('loading axe');
  await page.addScriptTag({ url: siteUrl + AXE_PATH });
  reached('running axe');
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Record<'violations' | 'incomplete', { id: string; help: string; nodes: { target: unknown[] }[] }[]>> } }).axe;
    // Only these two are read: axe then skips gathering every element that passed each rule.
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations', 'incomplete'] });
    const findings = (items: typeof results.violations) => items.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map((node) => node.target.join(' ')) }));
    return { violations: findings(results.violations), incomplete: findings(results.incomplete) };
  }, TAGS);
}

/** A page that went over its budget, and what its visit was doing then. */
class Overrun extends Error {}

/** What went wrong, in one line (Playwright's errors go on to log every step). */
const firstLine = (error: unknown) => (error as Error).message.split('\n')[0]!;

/** Settles as `work` does, or fails with an Overrun once `ms` have passed, saying what `step()` was then. */
function withinBudget<T>(work: Promise<T>, ms: number, step: () => Step): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Overrun(`not checked within ${ms / 1000} s, ${step()}`)), ms);
  });
  return Promise.race([work, overrun]).finally(() => clearTimeout(timer));
}

/**
 * Checks the pages at `paths` of the site served at `siteUrl` (with accessibilityCheckFiles), one after
 * another in one window, each within `budgetMs`, and does what `visit` asks on each. A page that overruns
 * is tried once more in a new window, as a busy machine can stall a window; a page that fails or overruns
 * again is listed as unchecked, and the others are still checked.
 *
 * One window rather than two at once: on two cores the check of the sample's 109 pages took 41 s and
 * 72 s of processor time in one, against 50 s and 98 s in two, where Chromium started a renderer
 * for nearly every page (docs/performance.md, "One window for the accessibility check").
 */
export async function checkAccessibility(browser: Browser, siteUrl: string, paths: string[], { budgetMs = PAGE_BUDGET_MS, visit = {} }: { budgetMs?: number; visit?: PageVisit } = {}): Promise<SiteFindings> {
  const checked: PageFindings[] = [];
  const unchecked: SiteFindings['unchecked'] = [];
  const retried: SiteFindings['retried'] = [];
  const contexts: BrowserContext[] = [];
  const openWindow = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    // The page's budget is its only time limit, not Playwright's own 30 s for each step.
    page.setDefaultTimeout(0);
    visit.opened?.(page);
    return page;
  };
  try {
    let page = await openWindow();
    const attempt = async (path: string) => {
      let step: Step = 'loading it';
      const visited = async () => {
        const findings = await checkPage(page, siteUrl, path, (reached) => (step = reached));
        step = "making the visit's own checks";
        await visit.checked?.(page, path);
        return findings;
      };
      try {
        checked.push({ path, ...(await withinBudget(visited(), budgetMs, () => step)) });
      } catch (error) {
        // The page may still be busy (a script that never ends): its window is left to close while the next one opens.
        void page.context().close().catch(() => undefined);
        page = await openWindow();
        throw error;
      }
    };
    for (const path of paths) {
      try {
        await attempt(path);
      } catch (first) {
        if (!(first instanceof Overrun)) {
          unchecked.push({ path, reason: firstLine(first) });
          continue;
        }
        retried.push({ path, reason: firstLine(first) });
        await attempt(path).catch((second: unknown) => unchecked.push({ path, reason: firstLine(second) }));
      }
    }
  } finally {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  }
  return { checked, unchecked, retried };
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

/** Checks `paths` of the site built into `root` for the `base` path, served as a static host would, in Chromium. */
export async function checkBuiltSite(root: string, paths: string[], base = '/'): Promise<SiteFindings> {
  const server = await serve(root, { files: accessibilityCheckFiles, base });
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
