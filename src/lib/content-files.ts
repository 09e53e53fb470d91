import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { collections, type CollectionName } from './collections.ts';

/** One content file as an editor wrote it, before validation. */
export interface SourceFile {
  collection: CollectionName;
  /** The entry id: its path inside the collection folder, without extension. */
  id: string;
  /** Path shown to editors, relative to the working directory. */
  path: string;
  text: string;
  /** The front matter text, or null when the file has none. */
  yamlText: string | null;
  /** The front matter as plain values, parsed as Astro parses it (null when missing or not valid YAML). */
  frontMatter: unknown;
  /** Why the front matter is not valid YAML, and on which line of the file. */
  yamlError: { line: number; message: string } | null;
  /** Line number of the first front-matter line in the file. */
  frontMatterLine: number;
  body: string;
  bodyLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Every entry file under a collection folder, in a stable order. */
export function listFiles(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      // A link is followed to what it points at; the entry's own type needs no further look.
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory())) return listFiles(path);
      return /\.mdx?$/.test(entry.name) ? [path] : [];
    });
}

/** An entry's id: its path inside the collection folder, without extension, with forward slashes. */
export function entryId(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/').replace(/\.mdx?$/, '');
}

export function readSourceFile(collection: CollectionName, folder: string, path: string): SourceFile {
  return parseSourceFile(collection, folder, path, readFileSync(path, 'utf8'));
}

/** Splits a content file's text into its front matter, parsed, and its body. */
export function parseSourceFile(collection: CollectionName, folder: string, path: string, text: string): SourceFile {
  const id = entryId(folder, path);
  const shownPath = relative(process.cwd(), path) || path;
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { collection, id, path: shownPath, text, yamlText: null, frontMatter: null, yamlError: null, frontMatterLine: 1, body: text, bodyLine: 1 };
  }
  const yamlText = match[1]!;
  let frontMatter: unknown = null;
  let yamlError: SourceFile['yamlError'] = null;
  try {
    // The core schema keeps dates as written: js-yaml's timestamps would turn 2023-02-29 into 1 March.
    frontMatter = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    yamlError = { line: error.mark.line + 2, message: error.reason };
  }
  const bodyLine = match[0].split('\n').length;
  return { collection, id, path: shownPath, text, yamlText, frontMatter, yamlError, frontMatterLine: 2, body: text.slice(match[0].length), bodyLine };
}

const positioned = new WeakMap<SourceFile, { doc: Document; lineCounter: LineCounter }>();

/** The front matter with source positions, parsed only when a problem needs a line number. */
function positionedYaml(file: SourceFile): { doc: Document; lineCounter: LineCounter } | null {
  if (file.yamlText === null) return null;
  let parsed = positioned.get(file);
  if (!parsed) {
    const lineCounter = new LineCounter();
    parsed = { doc: parseDocument(file.yamlText, { lineCounter, prettyErrors: false }), lineCounter };
    positioned.set(file, parsed);
  }
  return parsed;
}

/** Where an entry file of an office is: its collection, the collection's folder, and the file's path. */
export interface EntryFileLocation {
  collection: CollectionName;
  folder: string;
  path: string;
}

/** Every entry file of every collection in an office folder, in a stable order. */
export function officeFiles(officeDir: string): EntryFileLocation[] {
  return (Object.keys(collections) as CollectionName[]).flatMap((collection) => {
    const folder = join(officeDir, collections[collection].folder);
    return listFiles(folder).map((path) => ({ collection, folder, path }));
  });
}

/** An entry file known without reading it: what is asked of it beyond its id and path is read when first asked. */
export function unreadSourceFile({ collection, folder, path }: EntryFileLocation): SourceFile {
  let read: SourceFile | undefined;
  const whole = () => (read ??= readSourceFile(collection, folder, path));
  return {
    collection,
    id: entryId(folder, path),
    path: relative(process.cwd(), path) || path,
    get text() { return whole().text; },
    get yamlText() { return whole().yamlText; },
    get frontMatter() { return whole().frontMatter; },
    get yamlError() { return whole().yamlError; },
    get frontMatterLine() { return whole().frontMatterLine; },
    get body() { return whole().body; },
    get bodyLine() { return whole().bodyLine; },
  };
}

/** The line in the file where the value at `path` of the front matter is written (or its nearest written parent). */
export function lineOf(file: SourceFile, path: readonly PropertyKey[]): number {
  const yaml = positionedYaml(file);
  if (!yaml) return 1;
  const { doc, lineCounter } = yaml;
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + file.frontMatterLine - 1;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      // Point at the key of a mapping entry when the value is written on the lines below it.
      const keyOffset = depth > 0 ? keyOffsetOf(doc, path.slice(0, depth)) : undefined;
      return toFileLine(keyOffset ?? range[0]);
    }
  }
  return file.frontMatterLine;
}

/** Where the name of the field at `path` is written in a YAML (or JSON) document. */
export function keyOffsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1) as unknown[], true);
  const items = (parent as { items?: unknown[] } | null)?.items;
  const last = path[path.length - 1];
  if (!items || typeof last === 'number') return undefined;
  for (const item of items as { key?: { value?: unknown; range?: [number, number, number] } }[]) {
    if (item.key?.value === last && item.key.range) return item.key.range[0];
  }
  return undefined;
}
