import { launchChromium } from '../src/build/browser.ts';
import { serve } from '../src/build/static-server.ts';

/**
 * The bytes a browser downloads to open the search page and run one search: the page,
 * its CSS and script, Pagefind's script, its WebAssembly, index chunks, filters and the
 * fragments of the results shown.
 */
export async function firstSearchBytes(site: string, query: string): Promise<{ total: number; search: number; requests: number }> {
  const server = await serve(site);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      sizes.push({ url: response.url(), bytes: body.length });
    });
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#search-results li');
    await page.waitForLoadState('networkidle');
    return {
      total: sizes.reduce((sum, s) => sum + s.bytes, 0),
      search: sizes.filter((s) => s.url.includes('/pagefind/')).reduce((sum, s) => sum + s.bytes, 0),
      requests: sizes.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
