import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of a built site that hold no pages of its own: assets, the search index, the editor. */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'admin']);

/** The file of every page of a built site, relative to it: "index.html", "decisions/41-2020/index.html", "404.html". */
export function sitePageFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(join(root, folder)).sort()) {
      const path = join(folder, name);
      if (statSync(join(root, path)).isDirectory()) {
        if (!NOT_PAGES.has(name)) walk(path);
      } else if (name.endsWith('.html')) {
        files.push(path);
      }
    }
  };
  walk('');
  return files;
}

/** The path of every page of a built site: "/", "/decisions/41-2020/", "/404.html". */
export function sitePages(root: string): string[] {
  return sitePageFiles(root).map((file) => `/${file.replace(/index\.html$/, '')}`);
}

/** The page file Astro wrote for a site path it rendered ("decisions/41-2020/", "404/"), or nothing for an endpoint's file or a folder that holds no pages. */
export function renderedPageFile(root: string, path: string): string | undefined {
  if (NOT_PAGES.has(path.split('/')[0]!)) return undefined;
  return [`${path}index.html`, `${path.replace(/\/$/, '')}.html`].find((file) => existsSync(join(root, file)));
}
