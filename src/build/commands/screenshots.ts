// Screenshots of the sample site and the content editor for the editor's guide (docs/editing.md), and of
// one page of every kind at a phone's width and a desktop's, for a person to look over after a change.
// Builds the office into a temporary folder, serves it, opens Chromium and writes the pictures.
// Usage: npm run screenshots                      the guide's pictures and docs/images/pages/
//        npm run screenshots -- --pages-only      only docs/images/pages/
//        OFFICE=examples/cleveland npm run screenshots -- --pages-only --out /tmp/cleveland-pages
//        (AS_OF=2025-03-31 npm run screenshots for another build date: the sample's is 2025-03-31, another office's today)
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { launchChromium } from '../browser.ts';
import { commandOptions } from '../command-line.ts';
import { pageOfEachKind, sitePages } from '../site-pages.ts';
import { serve } from '../static-server.ts';
import { asOfDate } from '../../domain/as-of.ts';

const OFFICE = process.env.OFFICE ?? 'content';
/** For the sample, a fixed build date, so the register's statuses (and so the guide's images) are the same on every run; for another office, today, as it would be published. */
const AS_OF = process.env.AS_OF ?? (OFFICE === 'content' ? '2025-03-31' : asOfDate());
const IMAGES = join('docs', 'images');
const options = commandOptions(
  { 'pages-only': { type: 'boolean', default: false }, out: { type: 'string', default: join(IMAGES, 'pages') } },
  'npm run screenshots [-- --pages-only] [--out <folder>]',
);
const PAGE_IMAGES = options.out!;
/** The widths every kind of page is pictured at: a small phone's and a desktop's. */
const PAGE_WIDTHS = [390, 1280];
/** The longest part of a page pictured, so the pictures of a very long page stay a few hundred kilobytes. */
const MOST_PAGE_HEIGHT = 8000;
const WIDTH = 1280;
const HEIGHT = 900;

const work = mkdtempSync(join(tmpdir(), 'pcc-screenshots-'));
const site = join(work, 'site');
const demo = join(work, 'site-with-demo-editor');

/**
 * The office's entries, for Sveltia's test backend, which reads a repository from the browser's private
 * file system (a folder named sveltia-cms-test): each Markdown file by its path from the repository's root.
 */
function repoFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, repoFiles(path));
    else if (/\.mdx?$/.test(name)) files[path] = readFileSync(path, 'utf8');
  }
  return files;
}

/** Where the login screen is shown: the editor offers to work on a local copy of the repository on localhost, which an office's site does not. */
const OFFICE_ADDRESS = 'https://www.example-pcc.gov.uk';

const written: string[] = [];

/**
 * Saves a screenshot of the page, 1280 pixels wide: the viewport, or the part of the full page from the
 * top of `from` (an element, or a distance from the top of the page) to the bottom of `to` (or `height`
 * pixels on), to keep the files small.
 */
async function shoot(page: Page, name: string, area: { from?: string | number; to?: string; height?: number } = {}): Promise<void> {
  const path = join(IMAGES, `${name}.png`);
  const box = async (selector: string) => {
    const found = await page.locator(selector).first().boundingBox();
    if (!found) throw new Error(`${name}: nothing on the page matches ${selector}`);
    return found;
  };
  if (!area.from && !area.to && !area.height) {
    await page.screenshot({ path });
  } else {
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const y = typeof area.from === 'number' ? area.from : area.from ? Math.max(0, Math.floor((await box(area.from)).y) - 24) : 0;
    const bottom = area.to ? (await box(area.to)).y + (await box(area.to)).height + 24 : y + (area.height ?? HEIGHT);
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y, width: WIDTH, height: Math.min(Math.ceil(bottom), pageHeight) - y } });
  }
  written.push(path);
}

/** A name for a page's picture from its path: "/decisions/41-2020/" is "decisions-41-2020", "/" is "home". */
function pictureName(path: string): string {
  return path.replace(/^\/|\/$/g, '').replace(/\.html$/, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
}

/** One page of each kind, at each width, from its top to its end (or MOST_PAGE_HEIGHT), as JPEG to keep them small. */
async function shootEveryKindOfPage(browser: Browser, siteUrl: string): Promise<void> {
  rmSync(PAGE_IMAGES, { recursive: true, force: true });
  mkdirSync(PAGE_IMAGES, { recursive: true });
  const paths = pageOfEachKind(sitePages(site));
  for (const width of PAGE_WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: HEIGHT }, locale: 'en-GB', reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
      const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MOST_PAGE_HEIGHT);
      const file = join(PAGE_IMAGES, `${pictureName(path)}-${width}.jpeg`);
      await page.screenshot({ path: file, type: 'jpeg', quality: 70, fullPage: true, clip: { x: 0, y: 0, width, height } });
      written.push(file);
    }
    await context.close();
  }
}

/** The pictures in the editor's guide (docs/editing.md): parts of the sample's pages, and the editor. */
async function shootGuidePictures(browser: Browser, siteUrl: string): Promise<void> {
  // A copy whose editor uses Sveltia's test backend instead of GitHub, so it opens without signing in.
  // Only this temporary copy is changed: the product's configuration is left as it is.
  cpSync(site, demo, { recursive: true });
  const configPath = join(demo, 'admin', 'config.yml');
  const config = parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>;
  config.backend = { name: 'test-repo' };
  writeFileSync(configPath, stringify(config));
  const demoServer = await serve(demo);
  try {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, locale: 'en-GB', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const open = async (path: string, ready?: string) => {
      await page.goto(siteUrl + path, { waitUntil: 'networkidle' });
      if (ready) await page.waitForSelector(ready);
    };

    await open('/');
    await shoot(page, 'home');

    await open('/decisions/41-2020/');
    await shoot(page, 'decision', { height: 1000 });

    // The allocation chart and its table.
    await open('/budgets/2016-17/', 'figure.chart:not([hidden])');
    await shoot(page, 'budget', { from: 'figure.chart', to: 'table#allocation' });

    // A published total that does not add up, as readers are told about it.
    await open('/budgets/2021-22/', 'figure.chart:not([hidden])');
    await page.locator('#allocation-notes summary').click();
    await shoot(page, 'budget-discrepancy', { from: 'table#allocation', to: '#allocation-note-2' });

    await open('/services/', '#service-filters:not([hidden])');
    await page.selectOption('#filter-themes', 'victims-and-witnesses');
    await page.waitForFunction(() => /^Showing \d+ of \d+ services\.$/.test(document.querySelector('#filter-count')?.textContent ?? ''));
    await shoot(page, 'services-filter', { from: '#all-heading', height: 720 });

    await open('/search/?q=community+safety', '#search-results li');
    await shoot(page, 'search', { height: 1000 });

    await open('/transparency/', 'table.register');
    await shoot(page, 'transparency', { height: 1300 });

    // The login screen, as at the office's address: the site's own pages and headers, answered from the local server.
    await page.route(`${OFFICE_ADDRESS}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().replace(OFFICE_ADDRESS, siteUrl) }) }));
    await page.goto(`${OFFICE_ADDRESS}/admin/`, { waitUntil: 'networkidle' });
    await page.getByText('Sign In Using Access Token').waitFor();
    // The logo and the sign-in button, which the editor centres in the 900-pixel-high window.
    await shoot(page, 'editor-login', { from: 'img.logo', to: 'button[data-label="Sign In Using Access Token"]' });
    await page.unrouteAll();

    // The editor with the test backend, which signs in without GitHub, filled with the office's entries.
    await page.goto(`${demoServer.url}/admin/`, { waitUntil: 'networkidle' });
    await page.evaluate(async (files) => {
      const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test', { create: true });
      for (const [path, text] of Object.entries(files)) {
        const parts = path.split('/');
        let folder = root;
        for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
        const file = await (await folder.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await file.write(text);
        await file.close();
      }
    }, repoFiles(OFFICE));
    await page.getByRole('button', { name: 'Work with Test Repository' }).click();
    // Signed in, the editor opens its first collection; then the decisions are chosen from the list.
    await page.waitForURL(/#\/collections\/plans$/);
    await page.getByRole('treeitem', { name: 'Decisions' }).click();
    await page.waitForURL(/#\/collections\/decisions$/);
    await page.getByText('The Norfolk Community Safety Partnership (NCSP)').first().waitFor();
    // The list cross-fades from one collection to the next, reduced motion or not.
    await page.getByText('Police, Crime and Community Safety Plan for Norfolk').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
    await page.waitForLoadState('networkidle');
    await shoot(page, 'editor-collections');

    // A new decision notice, with its first fields filled in. The picture stops above the Published date: headless
    // Chromium shows a date month first, whatever the locale, where an editor's browser follows their settings.
    await page.goto(`${demoServer.url}/admin/#/collections/decisions/new`);
    await page.getByLabel('Reference', { exact: true }).fill('42/2020');
    await page.getByLabel('Title', { exact: true }).fill('Funding for the Norfolk Community Safety Partnership');
    await page.waitForLoadState('networkidle');
    await shoot(page, 'editor-new-decision', { height: 600 });

    await context.close();
  } finally {
    await demoServer.close();
  }
}

try {
  console.log(`Building the site (build date ${AS_OF})...`);
  try {
    execFileSync(process.execPath, ['src/build/commands/build.ts', '--out', site], { env: { ...process.env, OFFICE, AS_OF }, stdio: 'inherit' });
  } catch {
    // The build has said why, above.
    console.error('No screenshots were taken, as the site was not built.');
    process.exit(1);
  }
  const server = await serve(site);
  const browser = await launchChromium();
  try {
    await shootEveryKindOfPage(browser, server.url);
    // The guide's pictures are of the sample's own pages.
    if (!options['pages-only'] && OFFICE === 'content') await shootGuidePictures(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

for (const path of written) console.log(`${relative('.', path)}  ${(statSync(path).size / 1024).toFixed(0)} KB`);
