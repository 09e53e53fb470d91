import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { pageOfEachKind, sitePageFiles, sitePages } from '../../src/build/site-pages.ts';
import { serve } from '../../src/build/static-server.ts';
import { browserSession, visitInTurn } from '../helpers/browser-session.ts';

const session = browserSession();

/** A second office, not the sample: the fictional one the tests keep, served for this file. */
const exampleshireSite = inject('exampleshireSite');
let exampleshire: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  exampleshire = await serve(exampleshireSite);
});
afterAll(async () => {
  await exampleshire?.close();
});

/** The sample and Exampleshire: each built site's folder and the address it is served at. */
const offices = () => [
  { name: 'the sample', root: inject('norfolkSite'), url: session.url('') },
  { name: 'Exampleshire', root: exampleshireSite, url: exampleshire.url },
];

/**
 * Every control a keyboard reaches on the page whose look does not change when it has focus (its
 * background, text colour, border, outline and shadow, unfocused and focused), or that turns yellow
 * with focus but keeps text that is not black.
 */
function controlsWithoutVisibleFocus(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const focusable = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      // An outline no one can see (transparent, for Windows' high-contrast mode) is no change.
      const outline = style.outlineStyle === 'none' || style.outlineColor === 'rgba(0, 0, 0, 0)' ? 'no outline' : `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
      return [style.backgroundColor, style.color, style.borderColor, outline, style.boxShadow].join(' | ');
    };
    const describe = (element: Element) => `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('aria-label') || element.id}"`;
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(focusable)) {
      if (element.getClientRects().length === 0 || element.matches(':disabled')) continue;
      (document.activeElement as HTMLElement | null)?.blur();
      const unfocused = look(element);
      element.focus();
      if (document.activeElement !== element) continue;
      if (!element.matches(':focus-visible')) problems.push(`${describe(element)} does not match :focus-visible`);
      else if (look(element) === unfocused) problems.push(`${describe(element)} looks the same with focus: ${unfocused}`);
      else if (getComputedStyle(element).backgroundColor === 'rgb(255, 221, 0)' && getComputedStyle(element).color !== 'rgb(11, 12, 12)') problems.push(`${describe(element)} is yellow with focus, but its text is not black`);
    }
    return problems;
  });
}

/**
 * The levels of the headings in a page's main content, in order, as a browser without JavaScript has
 * them: from the page as served, parsed, with no script to add or move one. Parsing every page takes
 * a second, where loading each in Chromium took a minute.
 */
function mainHeadingLevels(html: string): number[] {
  const mains = DomUtils.getElementsByTagName('main', parseDocument(html));
  // Each heading once, as a page's querySelectorAll gives it, in the order of the page.
  const headings = new Set(DomUtils.findAll((element) => /^h[1-6]$/.test(element.name), mains));
  return Array.from(headings, (heading) => Number(heading.name[1]));
}

/** What one visit to a page of each kind of each office found: at 320 CSS pixels, then with the keyboard at a desktop's width. */
let kindsSeen: { focusProblems: string[]; cellProblems: string[] }[] = [];
// After the server of Exampleshire's site has started, above.
beforeAll(async () => {
  const visits = offices().flatMap((office) => pageOfEachKind(sitePages(office.root)).map((path) => ({ office, path })));
  kindsSeen = await visitInTurn(() => session.newPage(), visits, async (page, { office, path }) => {
    // Loaded narrow first, as a phone loads it (every-page.test.ts narrows each page of the sample once loaded, as zooming does).
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(office.url + path);
    const { width, offScreen } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      offScreen: [...document.querySelectorAll('th, td')]
        .filter((cell) => cell.getBoundingClientRect().right > document.documentElement.clientWidth)
        .map((cell) => `"${(cell.textContent ?? '').trim().slice(0, 30)}" in ${cell.closest('table')?.id || cell.closest('table')?.className || 'a table'}`),
    }));
    // Then widened to a desktop's width, for focus as a keyboard user at a desktop sees it (the styles of focus are the stylesheet's, applied at any width).
    await page.setViewportSize({ width: 1280, height: 720 });
    // A key pressed first, as a keyboard user would: focus then shows as it does for them.
    await page.keyboard.press('Tab');
    const focusProblems = (await controlsWithoutVisibleFocus(page)).map((problem) => `${office.name} ${path}: ${problem}`);
    const cellProblems: string[] = [];
    if (width > 320) cellProblems.push(`${office.name} ${path} is ${width}px wide`);
    if (offScreen.length > 0) cellProblems.push(`${office.name} ${path}: ${offScreen.length} cells off screen, first ${offScreen[0]}`);
    return { focusProblems, cellProblems };
  });
});

describe('keyboard, narrow screens and no JavaScript', () => {
  it('can be used with the keyboard alone: skip link, navigation, a filter and a chart page', async () => {
    const page = await session.newPage();
    await page.goto(session.url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Back to the top, then along the header to the main navigation.
    await page.goto(session.url('/'));
    let label = '';
    for (let presses = 0; presses < 12 && label !== 'Commissioned services'; presses++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('Commissioned services');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/services\/$/);
    await page.locator('#filter-themes').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#filter-count').textContent()).toMatch(/^Showing \d+ of 56 services\.$/);
    // A chart page: every figure's table can be reached and scrolled from the keyboard.
    await page.goto(session.url('/budgets/2016-17/'));
    const regions = await page.locator('.table-scroll[tabindex="0"]').count();
    expect(regions).toBeGreaterThan(3);
    await page.locator('.table-scroll[tabindex="0"]').first().focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('table-scroll'))).toBe(true);
    await page.close();
  });

  it('shows focus on every control of a page of each kind, on the sample and on another office', () => {
    expect(kindsSeen.length).toBe(offices().reduce((count, office) => count + pageOfEachKind(sitePages(office.root)).length, 0));
    expect(kindsSeen.flatMap((seen) => seen.focusProblems)).toEqual([]);
  });

  it('shows a focused Search button as GOV.UK does: yellow, black text, a black bottom edge, and not yellow until then', async () => {
    const page = await session.newPage();
    for (const office of offices()) {
      await page.goto(office.url);
      const button = page.locator('.header-search button');
      const look = () => button.evaluate((element) => { const style = getComputedStyle(element); return { background: style.backgroundColor, color: style.color, shadow: style.boxShadow }; });
      expect((await look()).background).not.toBe('rgb(255, 221, 0)');
      await page.locator('.header-search input').focus();
      await page.keyboard.press('Tab');
      expect(await look()).toEqual({ background: 'rgb(255, 221, 0)', color: 'rgb(11, 12, 12)', shadow: 'rgb(11, 12, 12) 0px 4px 0px 0px' });
    }
    await page.close();
  });

  it('keeps every table cell on screen at 320 CSS pixels: tables stack rather than hide columns in a scrolling box', () => {
    expect(kindsSeen.length).toBeGreaterThan(0);
    expect(kindsSeen.flatMap((seen) => seen.cellProblems)).toEqual([]);
  });

  // Every page of the sample is fitted into 320 CSS pixels in every-page.test.ts, in the visit that checks its security.

  it('reads in a sensible order without JavaScript: one h1 first, no heading levels skipped', () => {
    const root = inject('norfolkSite');
    const problems = sitePageFiles(root).flatMap((file) => {
      const path = `/${file.replace(/index\.html$/, '')}`;
      const levels = mainHeadingLevels(readFileSync(join(root, file), 'utf8'));
      const found: string[] = [];
      if (levels[0] !== 1 || levels.filter((l) => l === 1).length !== 1) found.push(`${path}: headings ${levels.join(' ')}`);
      levels.forEach((level, index) => index > 0 && level > levels[index - 1]! + 1 && found.push(`${path}: h${levels[index - 1]} then h${level}`));
      return found;
    });
    expect(problems).toEqual([]);
  });
});
