import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { sitePages } from './site-pages.ts';

export interface LinkReport {
  pages: number;
  links: number;
  broken: string[];
  external: string[];
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** Every internal link, anchor and asset of a built site resolved against its files; external links listed, not fetched. */
export function checkLinks(root: string, base = '/'): LinkReport {
  const pages = sitePages(root);
  // The ids of each page linked to with an anchor, found once per page: not its whole HTML, kept for every page.
  const idsByFile = new Map<string, Set<string>>();
  const fileFor = (path: string) => {
    const file = join(root, decodeURIComponent(path.slice(base.length - 1)));
    return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
  };
  const idsIn = (file: string) => {
    if (!idsByFile.has(file)) idsByFile.set(file, idsOf(readFileSync(file, 'utf8')));
    return idsByFile.get(file)!;
  };
  const broken: string[] = [];
  const external = new Set<string>();
  let links = 0;
  for (const page of pages) {
    const file = fileFor(page);
    const urls: string[] = [];
    const parser = new Parser({
      onopentag(name, attributes) {
        for (const attribute of ['href', 'src']) if (attributes[attribute] && !(name === 'link' && attributes.rel === 'canonical')) urls.push(attributes[attribute]!);
      },
    });
    parser.write(readFileSync(file, 'utf8'));
    parser.end();
    for (const url of urls) {
      links += 1;
      if (/^(https?:)?\/\//.test(url)) {
        external.add(url);
        continue;
      }
      if (/^(mailto|tel):/.test(url)) continue;
      const [path, anchor] = new URL(url, `http://site${page}`).href.replace('http://site', '').split('#') as [string, string | undefined];
      const target = fileFor(path.split('?')[0]!);
      if (!existsSync(target)) broken.push(`${page} links to ${url}: no such file`);
      else if (anchor && target.endsWith('.html') && !idsIn(target).has(decodeURIComponent(anchor))) broken.push(`${page} links to ${url}: no element with that id`);
    }
  }
  return { pages: pages.length, links, broken, external: [...external].sort() };
}
