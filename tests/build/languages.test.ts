import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sitePageFiles } from '../../src/build/site-pages.ts';

// The North Wales example, built once for every test file that reads it. How a rebuild renders an edited
// notice again in both languages is tested with the rebuilds (tests/build/rebuild.test.ts).
const SITE = 'https://bilingual.sample.test';
const site = inject('northWalesSite');
const read = (file: string, root = site) => readFileSync(join(root, file), 'utf8');
/** A page file's site path: "decisions/20-2016/index.html" → "decisions/20-2016/". */
const pathOf = (file: string) => file.replace(/index\.html$/, '');

describe('an office in English and Welsh', () => {
  const pages = () => sitePageFiles(site);
  // The 404 page is one file, 404.html, in the default language; Astro's Welsh one is a page of its own.
  const english = () => pages().filter((file) => !file.startsWith('cy/') && file !== '404.html');

  it('has every page of the default language at /cy/ too, but for the editor', () => {
    expect(english().length).toBeGreaterThan(30);
    for (const file of english()) expect(existsSync(join(site, 'cy', file)), `cy/${file}`).toBe(true);
    expect(existsSync(join(site, 'admin/index.html'))).toBe(true);
    expect(existsSync(join(site, 'cy/admin'))).toBe(false);
  });

  it('names each page its language, links it to itself in both, and switches to the same page in the other', () => {
    for (const file of english()) {
      const path = pathOf(file);
      const [inEnglish, inWelsh] = [read(file), read(`cy/${file}`)];
      expect(inEnglish, file).toContain('<html lang="en-GB">');
      expect(inWelsh, `cy/${file}`).toContain('<html lang="cy-GB">');
      for (const html of [inEnglish, inWelsh]) {
        expect(html, path).toContain(`<link rel="alternate" hreflang="en-GB" href="${SITE}/${path}">`);
        expect(html, path).toContain(`<link rel="alternate" hreflang="cy-GB" href="${SITE}/cy/${path}">`);
      }
      expect(/<nav class="language-switcher"[^]*?<\/nav>/.exec(inEnglish)?.[0], file).toContain(`href="/cy/${path}" lang="cy-GB"`);
      expect(/<nav class="language-switcher"[^]*?<\/nav>/.exec(inWelsh)?.[0], `cy/${file}`).toContain(`href="/${path}" lang="en-GB"`);
    }
  });

  it('lists both languages in the sitemap, each page with its alternates, and not the editor', () => {
    const sitemap = read('sitemap-0.xml');
    const entries = new Map([...sitemap.matchAll(/<url><loc>([^<]*)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => [loc!, links!]));
    for (const file of english()) {
      const path = pathOf(file);
      for (const address of [`${SITE}/${path}`, `${SITE}/cy/${path}`]) {
        expect(entries.get(address), address).toContain(`hreflang="en-GB" href="${SITE}/${path}"`);
        expect(entries.get(address), address).toContain(`hreflang="cy-GB" href="${SITE}/cy/${path}"`);
      }
    }
    expect([...entries.keys()].filter((address) => address.includes('admin') || address.includes('404'))).toEqual([]);
  });

  it('publishes each feed in Welsh too, its items linking to the Welsh pages', () => {
    for (const feed of ['feed.xml', 'decisions/feed.xml']) {
      const [inEnglish, inWelsh] = [read(feed), read(`cy/${feed}`)];
      expect(inEnglish).toContain('<language>en-gb</language>');
      expect(inWelsh).toContain('<language>cy-gb</language>');
      expect(inWelsh).toContain('<title>Swyddfa Comisiynydd Heddlu a Throsedd Gogledd Cymru: ');
      const links = (xml: string) => [...xml.matchAll(/<link>([^<]*)<\/link>/g)].map(([, link]) => link!);
      expect(links(inWelsh).length).toBeGreaterThan(1);
      for (const link of links(inWelsh)) expect(link).toMatch(new RegExp(`^${SITE}/cy/`));
      for (const link of links(inEnglish)) expect(link).not.toContain('/cy/');
      expect(links(inWelsh)).toEqual(links(inEnglish).map((link) => link.replace(`${SITE}/`, `${SITE}/cy/`)));
    }
  });

  it('indexes each language for search apart, the same pages in each', () => {
    const { languages } = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(languages).sort()).toEqual(['cy-gb', 'en-gb']);
    // Every page of the default language whose body is for search (its entries' pages), and its Welsh one.
    const searched = english().filter((file) => read(file).includes('data-pagefind-body')).length;
    expect(searched).toBeGreaterThan(5);
    expect(languages['en-gb']!.page_count).toBe(searched);
    expect(languages['cy-gb']!.page_count).toBe(searched);
  });

  it('gives no decision number as an example of a search, in either language, where none of its notices has one', () => {
    const notices = english().filter((file) => file.startsWith('decisions/') && read(file).includes('data-pagefind-body'));
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(read(notice), notice).toContain('Decision not numbered');
    expect(read('search/index.html')).toContain('For example “community safety” or “victims”.');
    expect(read('cy/search/index.html')).toContain('Er enghraifft “diogelwch cymunedol” neu “dioddefwyr”.');
  });
});

describe('an office in English only', () => {
  const norfolk = inject('norfolkSite');

  it('has no Welsh pages, no alternates in another language and no language switcher', () => {
    expect(existsSync(join(norfolk, 'cy'))).toBe(false);
    for (const file of sitePageFiles(norfolk)) {
      const html = read(file, norfolk);
      expect(html, file).not.toContain('hreflang');
      expect(html, file).not.toContain('language-switcher');
    }
    expect(read('sitemap-0.xml', norfolk)).not.toContain('xhtml:link');
    expect(Object.keys((JSON.parse(read('pagefind/pagefind-entry.json', norfolk)) as { languages: object }).languages)).toEqual(['en']);
  });
});
