import { describe, expect, it } from 'vitest';
import { CHART_ANIMATION_MS } from '../../src/site/browser/chart-motion.ts';
import { browserSession } from '../helpers/browser-session.ts';

const CHART_PAGES = ['/budgets/', '/budgets/2015-16/', '/budgets/2016-17/', '/budgets/2021-22/', '/services/'];

const session = browserSession();

describe('charts in Chromium', () => {
  it.each(CHART_PAGES)('%s draws every chart with no console errors', async (path) => {
    const page = await session.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(session.url(path), { waitUntil: 'networkidle' });
    const canvases = await page.locator('canvas[data-chart]').count();
    expect(canvases).toBeGreaterThan(0);
    await page.waitForFunction((count) => document.querySelectorAll('figure.chart:not([hidden]) canvas').length === count, canvases);
    // A chart is sized as its figure is shown, not a resize later.
    const widths = await page.$$eval('canvas[data-chart]', (elements) => elements.map((canvas) => (canvas as HTMLCanvasElement).width));
    expect(widths.every((width) => width > 0), JSON.stringify(widths)).toBe(true);
    // Each canvas has something drawn on it once it has animated in: a blank canvas has no opaque pixels.
    const painted = () =>
      page.$$eval('canvas[data-chart]', (elements) =>
        elements.map((canvas) => {
          const { width, height } = canvas as HTMLCanvasElement;
          const pixels = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height).data;
          let opaque = 0;
          for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) opaque++;
          return opaque;
        }),
      );
    await expect.poll(painted).toSatisfy((counts: number[]) => counts.every((count) => count > 1000));
    expect(await page.$$eval('canvas[data-chart]', (elements) => elements.every((c) => c.getAttribute('role') === 'img' && (c.getAttribute('aria-label') ?? '').length > 20))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a chart to a window narrowed in any frame of its drawing in, the last one too', async () => {
    // Chart.js once kept a chart at its old width when the window narrowed in the last frame of its animation.
    const FRAME_MS = 16;
    const tooWide: string[] = [];
    for (let frames = Math.floor(CHART_ANIMATION_MS / FRAME_MS) - 2; frames <= Math.ceil(CHART_ANIMATION_MS / FRAME_MS) + 2; frames++) {
      const page = await session.newPage();
      // The page's clock stands still but when the test moves it, one frame of 16 ms at a time.
      await page.clock.install({ time: new Date('2026-01-01T12:00:00Z') });
      await page.clock.pauseAt(new Date('2026-01-01T12:00:01Z'));
      await page.goto(session.url('/budgets/'));
      await page.clock.runFor(frames * FRAME_MS);
      // The chart learns of its figure's new width as the browser lays the page out, on a frame of its own.
      await page.evaluate(() => {
        const area = document.querySelector('canvas[data-chart]')!.parentElement!;
        new ResizeObserver(() => area.setAttribute('data-seen-width', String(area.clientWidth))).observe(area);
      });
      await page.setViewportSize({ width: 320, height: 800 });
      await expect.poll(() => page.evaluate(() => Number(document.querySelector('canvas[data-chart]')!.parentElement!.dataset.seenWidth) < 320)).toBe(true);
      await page.clock.runFor(3 * FRAME_MS);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) tooWide.push(`narrowed after ${frames} frames: ${width}px wide`);
      await page.close();
    }
    expect(tooWide).toEqual([]);
  });

  it.each(CHART_PAGES)('%s keeps every figure in a table with JavaScript disabled', async (path) => {
    const page = await session.newPage({ javaScriptEnabled: false });
    await page.goto(session.url(path));
    const tables = await page.locator('table caption').count();
    expect(tables).toBeGreaterThan(0);
    // Every chart names a table of its figures, and that table is on the page.
    const targets = await page.$$eval('figure.chart a[href^="#"]', (links) => links.map((a) => a.getAttribute('href')!.slice(1)));
    for (const id of targets) expect(await page.locator(`table#${id}`).count(), id).toBe(1);
    expect(await page.locator('figure.chart:not([hidden])').count()).toBe(0);
    await page.close();
  });

  it('loads no chart code on a page without charts', async () => {
    const page = await session.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await page.goto(session.url(`/decisions/41-2020/`), { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    await page.close();
  });

  it('filters the services table by theme, place and provider', async () => {
    const page = await session.newPage();
    await page.goto(session.url(`/services/`));
    const visible = () => page.locator('#services tbody tr:visible').count();
    const all = await visible();
    await page.selectOption('#filter-themes', 'community-safety');
    expect(await visible()).toBe(7);
    await page.selectOption('#filter-locations', 'norwich');
    const both = await visible();
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(7);
    await expect.poll(() => page.locator('#filter-count').textContent()).toBe(`Showing ${both} of ${all} services.`);
    await page.selectOption('#filter-themes', '');
    await page.selectOption('#filter-locations', '');
    expect(await visible()).toBe(all);
    await page.close();
  });
});
