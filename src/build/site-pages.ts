import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { interfaceLanguages } from '../domain/languages.ts';

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

/**
 * The files Astro may write a page it renders at a site path to ("decisions/41-2020/" at
 * decisions/41-2020/index.html, "404/" at 404.html), or none for a folder that holds no pages.
 */
export function pageFilesFor(path: string): string[] {
  if (NOT_PAGES.has(path.split('/')[0]!)) return [];
  return [`${path}index.html`, `${path.replace(/\/$/, '')}.html`];
}

/**
 * Whether a page Astro rendered, `bytes` long, is written whole at `file` of the site: Astro writes a
 * page after rendering it, and the file has that size only once the write is done.
 */
export function isWrittenWhole(root: string, file: string, bytes: number): boolean {
  return statSync(join(root, file), { throwIfNoEntry: false })?.size === bytes;
}

/** The page file Astro wrote for a site path it rendered ("decisions/41-2020/", "404/"), or nothing for an endpoint's file or a folder that holds no pages. */
export function renderedPageFile(root: string, path: string): string | undefined {
  return pageFilesFor(path).find((file) => existsSync(join(root, file)));
}

/**
 * One page of each kind a site has, for checks that need not visit every page: pages are of a kind when
 * they are at the same depth under the same section, with a year ("/decisions/2024/") a kind of its own
 * ("/decisions/41-2020/" and "/decisions/2024/" are a notice and a year's listing). A page in the
 * site's other language ("/cy/decisions/41-2020/") is of a kind of that language's.
 */
export function pageOfEachKind(paths: string[]): string[] {
  const kinds = new Map<string, string>();
  const isLanguage = (segment: string | undefined) => (interfaceLanguages as readonly (string | undefined)[]).includes(segment);
  for (const path of paths) {
    const segments = path.split('/').filter(Boolean);
    const language = isLanguage(segments[0]) ? segments.shift()! : '';
    const [section = '', ...rest] = segments;
    const kind = [language, section, ...rest.map((segment) => (/^\d{4}(-\d{2})?$/.test(segment) ? 'year' : 'page'))].join('/');
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}
