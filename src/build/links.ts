import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from 'htmlparser2';
import { sitePageFiles } from './site-pages.ts';

/**
 * Each page's links within the site, by page file, as site paths with their anchors
 * ("/decisions/2020/", "/plans/x/#pillar-1"), but for anchors into the page itself: what the next
 * build checks the pages it reuses by, without reading them. Each path is given once, in `targets`,
 * and each page lists the indexes of its own there (most links are the same on every page).
 */
export interface LinkRecord {
  targets: string[];
  pages: Record<string, number[]>;
}

export interface LinkReport {
  /** Pages checked. */
  pages: number;
  /** Links checked: those on each page read, and those recorded for each page reused. */
  links: number;
  /** Pages read, rather than checked by the last build's record of them. */
  read: number;
  /** Of those, the pages read as they were written (see link-check.ts). */
  readAhead: number;
  /** Each broken link: the page, the link and what is wrong, one line each. */
  broken: string[];
  /** The external links of the pages read, listed, never fetched. */
  external: string[];
  record: LinkRecord;
}

/** The pages a build reused from the last site, unchanged (hard links to its files), and what that build recorded of their links. */
export interface ReusedPages {
  files: ReadonlySet<string>;
  record: LinkRecord;
}

/** The attributes of an element a link check reads. */
const READ_ATTRIBUTES = new Set(['href', 'src', 'id', 'rel']);

/** What reading a page tells the link check. */
export interface PageRead {
  /** The web addresses it links to or loads, but its canonical address (the page itself). */
  urls: Set<string>;
  /** The ids of its elements. */
  ids: Set<string>;
}

let reading: PageRead;
let html = '';
let element = '';
let attributes: Record<string, string> = {};
let attribute: string | undefined;
let value = '';
const ignore = () => {};
const elementRead = () => {
  if (attributes.id) reading.ids.add(attributes.id);
  for (const name of ['href', 'src']) if (attributes[name] && !(element === 'link' && attributes.rel === 'canonical')) reading.urls.add(attributes[name]!);
};
/**
 * htmlparser2's tokenizer, told only what a link check reads: at 10,000 notices, reading their
 * links and ids this way took 1.6 s of processor time, against 2.9 s with its parser, which makes
 * an object of every element's attributes.
 */
const tokenizer = new Tokenizer(
  {},
  {
    onopentagname(start, end) {
      element = html.slice(start, end).toLowerCase();
      attributes = {};
    },
    onattribname(start, end) {
      const name = html.slice(start, end).toLowerCase();
      attribute = READ_ATTRIBUTES.has(name) && !(name in attributes) ? name : undefined;
      value = '';
    },
    onattribdata(start, end) {
      if (attribute) value += html.slice(start, end);
    },
    onattribentity(codepoint) {
      if (attribute) value += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (attribute) attributes[attribute] = value;
    },
    onopentagend: elementRead,
    onselfclosingtag: elementRead,
    onclosetag: ignore,
    ontext: ignore,
    ontextentity: ignore,
    oncdata: ignore,
    oncomment: ignore,
    ondeclaration: ignore,
    onprocessinginstruction: ignore,
    onend: ignore,
  },
);

/** The web addresses a page links to or loads, and the ids of its elements. */
function readPage(page: string): PageRead {
  reading = { urls: new Set(), ids: new Set() };
  html = page;
  tokenizer.reset();
  tokenizer.write(page);
  tokenizer.end();
  return reading;
}

/** The web addresses a page of the site links to or loads, and the ids of its elements: `file` is relative to `site`. */
export function readPageFile(site: string, file: string): PageRead {
  return readPage(readFileSync(join(site, file), 'utf8'));
}

/** A percent-encoded part of an address, decoded; as it is, if it is not well encoded. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

const isExternal = (url: string) => /^(https?:)?\/\//i.test(url);
const isElsewhere = (url: string) => /^(mailto|tel):/i.test(url);

/**
 * Checks every internal link, anchor and asset of the pages `files` of a built site (paths relative
 * to it) against the site's files; external links are listed, not fetched. A page `reused` from the
 * last build is not read again: its links are those the last build recorded, checked again against
 * this site, as a page they lead to may have gone. That is sound because a reused page is the last
 * site's own file, unchanged, whose links that build checked or had recorded in turn; and an anchor
 * from a reused page into another reused page need not be looked for again, both being unchanged
 * since a build whose check they passed. A page in `readAhead` was read once written whole, as the
 * site was built (see link-check.ts), and is not read again.
 */
export function checkSiteLinks(site: string, files: string[], { base = '/', reused, readAhead }: { base?: string; reused?: ReusedPages; readAhead?: ReadonlyMap<string, PageRead> } = {}): LinkReport {
  // Every page is known to be there; anything else is looked for once.
  const pageFiles = new Set(files);
  const kinds = new Map<string, 'file' | 'folder' | undefined>();
  const kindOf = (file: string) => {
    if (!kinds.has(file)) {
      const stat = statSync(join(site, file), { throwIfNoEntry: false });
      kinds.set(file, stat?.isDirectory() ? 'folder' : stat ? 'file' : undefined);
    }
    return kinds.get(file);
  };
  /** The file a site path ("/decisions/41-2020/") leads to, if the site has it. */
  const fileAt = (path: string): string | undefined => {
    if (!path.startsWith(base)) return undefined;
    const file = decoded(path.slice(base.length));
    const page = file === '' || file.endsWith('/') ? `${file}index.html` : file;
    if (pageFiles.has(page)) return page;
    const kind = kindOf(file);
    if (kind === 'folder') return kindOf(join(file, 'index.html')) === 'file' ? join(file, 'index.html') : undefined;
    return kind;
  };
  const idsRead = new Map<string, Set<string>>();
  const idsIn = (file: string) => {
    if (!idsRead.has(file)) idsRead.set(file, (readAhead?.get(file) ?? readPageFile(site, file)).ids);
    return idsRead.get(file)!;
  };

  const recorded = reused && new Map(Object.entries(reused.record.pages));
  const targets: string[] = [];
  const targetIndex = new Map<string, number>();
  const intern = (target: string) => {
    if (!targetIndex.has(target)) targetIndex.set(target, targets.push(target) - 1);
    return targetIndex.get(target)!;
  };
  const record: LinkRecord = { targets, pages: {} };
  const broken: string[] = [];
  const external = new Set<string>();
  let links = 0;
  let read = 0;
  let readEarly = 0;

  // Every page read first, for the ids of each to be known as the links into it are checked.
  const toCheck = files.map((file) => {
    const page = `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const kept = reused?.files.has(file) ? recorded!.get(file) : undefined;
    if (kept) {
      record.pages[file] = kept.map((index) => intern(reused!.record.targets[index]!));
      return { file, page, links: kept.map((index) => ({ url: reused!.record.targets[index]!, target: reused!.record.targets[index]! })), wasReused: true };
    }
    read += 1;
    const readBefore = readAhead?.get(file);
    if (readBefore) readEarly += 1;
    const { urls, ids } = readBefore ?? readPageFile(site, file);
    idsRead.set(file, ids);
    const pageLinks: { url: string; target: string }[] = [];
    for (const url of urls) {
      if (isExternal(url)) external.add(url);
      else if (!isElsewhere(url)) {
        if (!URL.canParse(url, `http://site${page}`)) {
          broken.push(`${page} links to ${url}: not a web address`);
          continue;
        }
        const { pathname, hash } = new URL(url, `http://site${page}`);
        if (pathname === page && hash) {
          if (!ids.has(decoded(hash.slice(1)))) broken.push(`${page} links to ${url}: no element with that id`);
        } else pageLinks.push({ url, target: `${pathname}${hash}` });
      }
    }
    links += urls.size;
    record.pages[file] = pageLinks.map(({ target }) => intern(target));
    return { file, page, links: pageLinks, wasReused: false };
  });

  for (const { page, links: pageLinks, wasReused } of toCheck) {
    if (wasReused) links += pageLinks.length;
    for (const { url, target } of pageLinks) {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = fileAt(path);
      if (file === undefined) broken.push(`${page} links to ${url}: no such file`);
      else if (anchor && file.endsWith('.html') && !(wasReused && reused!.files.has(file)) && !idsIn(file).has(decoded(anchor))) broken.push(`${page} links to ${url}: no element with that id`);
    }
  }
  return { pages: files.length, links, read, readAhead: readEarly, broken, external: [...external].sort(), record };
}

/** Every internal link, anchor and asset of a built site resolved against its files; external links listed, not fetched. */
export function checkLinks(root: string, base = '/'): LinkReport {
  return checkSiteLinks(root, sitePageFiles(root), { base });
}

/** The link record a build left in `file` (see recordLastBuild in previous-build.ts), if it is the record of `build`. */
export function readLinkRecord(file: string, build: string): LinkRecord | undefined {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { build: string; links: LinkRecord };
    return kept.build === build ? kept.links : undefined;
  } catch {
    // No record, or none this code can read: every page is read.
    return undefined;
  }
}
