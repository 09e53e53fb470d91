import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of a built site that hold no pages of its own: assets, the search index, the editor. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'admin']);

/** The path of every page of a built site: "/", "/decisions/41-2020/", "/404.html". */
export function sitePages(root: string): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        if (!NOT_PAGES.has(name)) walk(path);
      } else if (name.endsWith('.html')) {
        pages.push(path.slice(root.length).replace(/index\.html$/, ''));
      }
    }
  };
  walk(root);
  return pages;
}
