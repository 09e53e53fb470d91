import { gzipSync } from 'node:zlib';
import { launchChromium } from '../src/build/browser.ts';
import { serve } from '../src/build/static-server.ts';

/**
 * Ten searches a resident might make of a police and crime commissioner's decisions, against the
 * words of the sample office (which bench/synthetic-office.ts draws its notices from): common and
 * rare words, phrases, a subject, a year and a decision reference.
 */
export const FIXED_QUERIES = ['victims', 'community safety', 'budget 2019', 'domestic abuse', '12/2019', 'burglary', 'body worn video', 'mental health', 'norwich', 'fleet replacement'];

export interface SearchWeight {
  /** Every byte downloaded, as stored. */
  total: number;
  /** The same, as a static host sends it: see `transferred`. */
  compressed: number;
  /** The part of `total` under /pagefind/. */
  search: number;
  requests: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/**
 * A body's size as a static host sends it: gzip at level 6 (the usual default), but for files
 * already gzip'd, which a host sends as they are. Pagefind gzips every file of its index (.pf_*)
 * and its WebAssembly (wasm.*.pagefind) itself.
 */
export function transferred(body: Buffer): number {
  if (body.length === 0) return 0;
  if (body[0] === GZIP_MAGIC[0] && body[1] === GZIP_MAGIC[1]) return body.length;
  return gzipSync(body, { level: 6 }).length;
}

/**
 * The bytes a browser downloads to open the search page and run each search: the page, its CSS
 * and script, Pagefind's script, its WebAssembly, index chunks and the fragments of the results
 * shown (the filters' index is fetched only when a reader opens them). One browser and one server
 * for all the queries, but a fresh context for each, so nothing is cached from one to the next.
 */
export async function firstSearchWeights(site: string, queries: readonly string[]): Promise<Map<string, SearchWeight>> {
  const server = await serve(site);
  const browser = await launchChromium();
  const weights = new Map<string, SearchWeight>();
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const bodies: Promise<{ url: string; body: Buffer }>[] = [];
      page.on('response', (response) => bodies.push(response.body().catch(() => Buffer.alloc(0)).then((body) => ({ url: response.url(), body }))));
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
      // The status is written once the results (or none) are shown.
      await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.trim());
      await page.waitForLoadState('networkidle');
      const responses = await Promise.all(bodies);
      await context.close();
      weights.set(query, {
        total: responses.reduce((sum, r) => sum + r.body.length, 0),
        compressed: responses.reduce((sum, r) => sum + transferred(r.body), 0),
        search: responses.filter((r) => r.url.includes('/pagefind/')).reduce((sum, r) => sum + r.body.length, 0),
        requests: responses.length,
      });
    }
    return weights;
  } finally {
    await browser.close();
    await server.close();
  }
}

const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(middle)]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
};

/** The median and the worst of the FIXED_QUERIES' first searches, as stored and as sent. */
export async function firstSearchSummary(site: string): Promise<{ median: number; worst: number; medianCompressed: number; worstCompressed: number; worstQuery: string; weights: Map<string, SearchWeight> }> {
  const weights = await firstSearchWeights(site, FIXED_QUERIES);
  const all = [...weights.values()];
  const worstQuery = [...weights].reduce((worst, entry) => (entry[1].compressed > worst[1].compressed ? entry : worst))[0];
  return {
    median: median(all.map((w) => w.total)),
    worst: Math.max(...all.map((w) => w.total)),
    medianCompressed: median(all.map((w) => w.compressed)),
    worstCompressed: Math.max(...all.map((w) => w.compressed)),
    worstQuery,
    weights,
  };
}
