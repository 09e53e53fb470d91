import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
  /** The front matter as a YAML document, with positions for line numbers. */
  yaml: Document | null;
  lineCounter: LineCounter;
  /** Line number of the first front-matter line in the file. */
  frontMatterLine: number;
  body: string;
  bodyLine: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

function listFiles(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .sort()
    .flatMap((name) => {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) return listFiles(path);
      return /\.mdx?$/.test(name) ? [path] : [];
    });
}

export function readSourceFile(collection: CollectionName, folder: string, path: string): SourceFile {
  const text = readFileSync(path, 'utf8');
  const id = relative(folder, path).split(sep).join('/').replace(/\.mdx?$/, '');
  const lineCounter = new LineCounter();
  const match = FRONT_MATTER.exec(text);
  const shownPath = relative(process.cwd(), path) || path;
  if (!match) {
    return { collection, id, path: shownPath, text, yaml: null, lineCounter, frontMatterLine: 1, body: text, bodyLine: 1 };
  }
  const yaml = parseDocument(match[1]!, { lineCounter, prettyErrors: false });
  const bodyLine = match[0].split('\n').length;
  return { collection, id, path: shownPath, text, yaml, lineCounter, frontMatterLine: 2, body: text.slice(match[0].length), bodyLine };
}

/** Reads every entry file of every collection in an office folder. */
export function readOfficeFiles(officeDir: string): SourceFile[] {
  return (Object.keys(collections) as CollectionName[]).flatMap((collection) => {
    const folder = join(officeDir, collections[collection].folder);
    return listFiles(folder).map((path) => readSourceFile(collection, folder, path));
  });
}

/** The line in the file where the value at `path` of the front matter is written (or its nearest written parent). */
export function lineOf(file: SourceFile, path: readonly PropertyKey[]): number {
  if (!file.yaml) return 1;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? file.yaml.contents : file.yaml.getIn(path.slice(0, depth) as unknown[], true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) {
      // Point at the key of a mapping entry when the value is written on the lines below it.
      const keyLine = depth > 0 ? keyLineOf(file, path.slice(0, depth)) : undefined;
      return keyLine ?? file.lineCounter.linePos(range[0]).line + file.frontMatterLine - 1;
    }
  }
  return file.frontMatterLine;
}

function keyLineOf(file: SourceFile, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? file.yaml!.contents : file.yaml!.getIn(path.slice(0, -1) as unknown[], true);
  const items = (parent as { items?: unknown[] } | null)?.items;
  const last = path[path.length - 1];
  if (!items || typeof last === 'number') return undefined;
  for (const item of items as { key?: { value?: unknown; range?: [number, number, number] } }[]) {
    if (item.key?.value === last && item.key.range) return file.lineCounter.linePos(item.key.range[0]).line + file.frontMatterLine - 1;
  }
  return undefined;
}
