import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { CST, LineCounter, Parser, parseDocument, type Document } from 'yaml';
import type { CollectionName } from './collections.ts';

/** One content file as an editor wrote it, before validation. */
export interface SourceFile {
  collection: CollectionName;
  /** The entry id: its path inside the collection folder, without extension. */
  id: string;
  /** Path shown to editors, relative to the working directory. */
  path: string;
  /** The file's text, without the byte-order mark some editors write first; empty when the file is not UTF-8. */
  text: string;
  /** Why the file's text cannot be read: it is not UTF-8, first on this line. */
  encodingError: { line: number; message: string } | null;
  /** The front matter text, or null when the file has none. */
  yamlText: string | null;
  /** The front matter as plain values, parsed as Astro parses it (null when missing or not valid YAML). */
  frontMatter: unknown;
  /** Why the front matter is not valid YAML, and the line of the file where the problem starts. */
  yamlError: YamlError | null;
  /** Line number of the first front-matter line in the file. */
  frontMatterLine: number;
  body: string;
  bodyLine: number;
}

export interface YamlError {
  line: number;
  /** js-yaml's reason, with the line it noticed the problem on when that is not where it starts. */
  message: string;
  /** A quotation mark, or the bracket of a [ ] or { } list, opened on `line` and not closed where it should be. */
  unclosed?: 'quote' | 'brackets';
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** How an entry file's name ends: Markdown in any letter case, or MDX, which Astro compiles only from a name ending .mdx. */
export function isEntryFile(name: string): boolean {
  return /\.(?:md|markdown)$/i.test(name) || name.endsWith('.mdx');
}

/** An entry's id: its path inside the collection folder, without extension, with forward slashes. */
export function entryId(folder: string, path: string): string {
  return relative(folder, path).split(sep).join('/').replace(/\.(?:md|markdown|mdx)$/i, '');
}

/**
 * The language a translation file is in, when its name is an entry's with a language's code before
 * the extension (41-2020.cy.md beside 41-2020.md: see docs/decisions/0006-bilingual-content.md).
 * `codes` are the languages a translation can be in: every language of the interface but the
 * office's default, whose files have the plain names.
 */
export function translationCode(name: string, codes: readonly string[]): string | undefined {
  const code = /\.([a-z]{2})\.(?:md|markdown|mdx)$/i.exec(name)?.[1];
  return code !== undefined && codes.includes(code) ? code : undefined;
}

/** The file a translation file translates, beside it: decisions/41-2020.cy.md → decisions/41-2020.md. */
export function translatedFilePath(path: string): string {
  return path.replace(/\.[a-z]{2}(\.(?:md|markdown|mdx))$/i, '$1');
}

/** The file a translation of an entry is kept in, beside the entry: decisions/41-2020.md → decisions/41-2020.cy.md. */
export function translationFileName(path: string, code: string): string {
  return path.replace(/(\.[^.]+)$/, `.${code}$1`);
}

/** A path as editors are shown it: relative to the working directory. */
export function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Where an entry file of an office is: its collection, the collection's folder, and the file's path. */
export interface EntryFileLocation {
  collection: CollectionName;
  folder: string;
  path: string;
}

/** Where a translation file is, and its language's code. */
export interface TranslationFileLocation extends EntryFileLocation {
  code: string;
}

/** A translation file read: its id is that of the entry it translates (41-2020 for 41-2020.cy.md). */
export function readTranslationFile(location: TranslationFileLocation, bytes?: Buffer): SourceFile & { code: string } {
  return { ...readSourceFile(location, bytes), id: entryId(location.folder, translatedFilePath(location.path)), code: location.code };
}

/**
 * A file's size, inode and times: the same while its text is, as git's index has it, so that the
 * file need not be read again. A file changed in the last few seconds might change again within the
 * same tick of the clock, its size and times unmoved, so its state says nothing (an empty string),
 * as does that of a file that cannot be looked at.
 */
export function fileState(path: string, now = Date.now()): string {
  let stats;
  try {
    stats = statSync(path);
  } catch {
    // Gone, or no longer readable, since its folder was listed: reading it will say why.
    return '';
  }
  const { size, ino, mtimeMs, ctimeMs } = stats;
  return now - Math.max(mtimeMs, ctimeMs) < 2000 ? '' : `${size}:${ino}:${mtimeMs}:${ctimeMs}`;
}

/** Reads and parses an entry file; `bytes`, when the caller has read them already. */
export function readSourceFile({ collection, folder, path }: EntryFileLocation, bytes: Buffer = readFileSync(path)): SourceFile {
  const text = decodeText(bytes);
  if (typeof text === 'string') return parseSourceFile(collection, folder, path, text);
  return { collection, id: entryId(folder, path), path: shownPath(path), text: '', encodingError: text, yamlText: null, frontMatter: null, yamlError: null, frontMatterLine: 1, body: '', bodyLine: 1 };
}

/**
 * A file's bytes as text: UTF-8, less the byte-order mark that some editors (Windows Notepad, Excel)
 * write first. Text in any other encoding is refused, as the same bytes would be published as
 * other characters: Latin-1's "é" is a byte that UTF-8 does not have, and would be shown as "�".
 */
export function decodeText(bytes: Buffer): string | { line: number; message: string } {
  if (isUtf8(bytes)) return bytes.toString('utf8').replace(/^\uFEFF/, '');
  const fix = 'save the file again with the encoding UTF-8 (in most editors: Save As, then UTF-8 as the encoding)';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { line: 1, message: `the file is saved as UTF-16 (which some programs call "Unicode"), not UTF-8: ${fix}` };
  }
  const bad = firstNonUtf8Byte(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, bad) + 1;
  const lineEnd = bytes.indexOf(0x0a, bad);
  // Most text that is not UTF-8 comes from Windows programs, in Windows-1252 (Latin-1 and more), one byte a character.
  const line = new TextDecoder('windows-1252').decode(bytes.subarray(lineStart, lineEnd === -1 ? bytes.length : lineEnd));
  const at = bad - lineStart;
  const excerpt = `${at > 30 ? '…' : ''}${line.slice(Math.max(0, at - 30), at + 30).trim()}${at + 30 < line.length ? '…' : ''}`;
  return {
    line: bytes.toString('latin1', 0, lineStart).split('\n').length,
    message: `the file is not saved as UTF-8: this line has a character written another way (byte 0x${bytes[bad]!.toString(16).toUpperCase()}, in "${excerpt}" if the file is Windows-1252): ${fix}`,
  };
}

/** Where the first byte that does not begin a well-formed UTF-8 character is, or -1. */
function firstNonUtf8Byte(bytes: Buffer): number {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || !isUtf8(bytes.subarray(at, at + length))) return at;
    at += length;
  }
  return -1;
}

/** Splits a content file's text into its front matter, parsed, and its body. */
export function parseSourceFile(collection: CollectionName, folder: string, path: string, text: string): SourceFile {
  const id = entryId(folder, path);
  const match = FRONT_MATTER.exec(text);
  const file = { collection, id, path: shownPath(path), text, encodingError: null };
  if (!match) return { ...file, yamlText: null, frontMatter: null, yamlError: null, frontMatterLine: 1, body: text, bodyLine: 1 };
  const yamlText = match[1]!;
  const frontMatterLine = 2;
  let frontMatter: unknown = null;
  let yamlError: YamlError | null = null;
  try {
    // The core schema keeps dates as written: js-yaml's timestamps would turn 2023-02-29 into 1 March.
    frontMatter = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    yamlError = whereYamlErrorStarts(yamlText, error, frontMatterLine);
  }
  const bodyLine = match[0].split('\n').length;
  return { ...file, yamlText, frontMatter, yamlError, frontMatterLine, body: text.slice(match[0].length), bodyLine };
}

/** The line of a file at `offset` in a text of it (its front matter, or the whole file) that starts on its line `firstLine`. */
export function lineOfOffset(yamlText: string, offset: number, firstLine: number): number {
  return firstLine + (yamlText.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/**
 * Where a YAML mistake starts. js-yaml stops where the text stops making sense, which for a
 * quotation mark or a [ ] list left open is often many lines below it, and for a field name
 * without its colon the line after it. The yaml package's syntax tree shows where either was opened
 * (its lexer ends a quotation at the end of its line when a later line would not fit in it), and its
 * errors where a field name that runs on to the next line starts.
 */
function whereYamlErrorStarts(yamlText: string, error: YAMLException, firstLine: number): YamlError {
  const lineAt = (offset: number) => lineOfOffset(yamlText, offset, firstLine);
  const noticed = firstLine + error.mark.line;
  const at = (line: number, unclosed?: YamlError['unclosed']): YamlError => ({
    line,
    message: line === noticed ? error.reason : `${error.reason}, on line ${noticed}`,
    ...(unclosed && { unclosed }),
  });
  const opened = firstUnclosed(yamlText);
  if (opened && opened.offset <= error.mark.position) return at(lineAt(opened.offset), opened.what);
  if (/a multiline key may not be an implicit key/.test(error.reason)) {
    const key = parseDocument(yamlText, { prettyErrors: false }).errors.find((found) => found.code === 'MULTILINE_IMPLICIT_KEY');
    if (key && key.pos[0] <= error.mark.position) return at(lineAt(key.pos[0]));
  }
  return at(noticed);
}

/** A value YAML cut short where a space and # start a comment ("Grant #3" is read as "Grant"), with the field's path, the line and the words left out. */
export interface CutValue {
  path: (string | number)[];
  line: number;
  cut: string;
}

/** Each unquoted value of `yamlText`, with the path of fields (and list positions) that leads to it. */
function plainValues(yamlText: string, each: (scalar: CST.FlowScalar, path: (string | number)[]) => void): void {
  for (const token of new Parser().parse(yamlText)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item, path) => {
      if (item.value?.type !== 'scalar') return;
      const fieldPath = path.map((_step, index) => {
        const { key } = CST.visit.itemAtPath(token, path.slice(0, index + 1))!;
        return key && 'source' in key && key.source !== undefined ? key.source : path[index]![1];
      });
      each(item.value, fieldPath);
    });
  }
}

/**
 * The unquoted values in `yamlText` (whose first line is `firstLine` of its file) followed on their line
 * by # and a word with no space between: "#3", "#StaySafe". YAML reads a space and # as the start of
 * a comment, so the rest of the line is left out; a note an editor means ("# check this") has its space.
 */
export function valuesCutByComments(yamlText: string, firstLine: number): CutValue[] {
  const cut: CutValue[] = [];
  // A comment starts after a space or tab: a front matter with no such # (nearly all) is not parsed again.
  if (!/[ \t]#\S/.test(yamlText)) return cut;
  plainValues(yamlText, (scalar, path) => {
    const comment = scalar.end?.find((end) => end.type === 'comment');
    if (comment && /^#\S/.test(comment.source)) cut.push({ path, line: lineOfOffset(yamlText, comment.offset, firstLine), cut: comment.source });
  });
  return cut;
}

/** A value typed in curly quotation marks (“Grant award”), which YAML keeps as part of the text, with the field's path and line. */
export interface CurlyQuotedValue {
  path: (string | number)[];
  line: number;
  value: string;
}

/**
 * The unquoted values in `yamlText` that are wholly in curly quotation marks, as Word and Outlook turn
 * typed ones into: YAML reads them as letters, so the page would show them around the text. A value with
 * more than one quotation in it (“Safer Streets” and “Hub”) is left alone: it is not one value in quotes.
 * The note to editors is never published, so it may have them.
 */
export function valuesInCurlyQuotes(yamlText: string, firstLine: number): CurlyQuotedValue[] {
  const quoted: CurlyQuotedValue[] = [];
  if (!/[“‘]/.test(yamlText)) return quoted;
  plainValues(yamlText, (scalar, path) => {
    if (path[0] !== 'editorsNote' && /^(?:“[^“”]*”|‘[^‘]*’)$/.test(scalar.source)) quoted.push({ path, line: lineOfOffset(yamlText, scalar.offset, firstLine), value: scalar.source });
  });
  return quoted;
}

/** The first quotation mark or [ ] or { } list in the text that is not closed, by the yaml package's reading. */
function firstUnclosed(yamlText: string): { offset: number; what: 'quote' | 'brackets' } | undefined {
  let found: { offset: number; what: 'quote' | 'brackets' } | undefined;
  for (const token of new Parser().parse(yamlText)) {
    if (token.type !== 'document') continue;
    CST.visit(token, ({ key, value }) => {
      for (const node of [key, value]) {
        if (node?.type === 'flow-collection' && !node.end.some(({ type }) => type === 'flow-seq-end' || type === 'flow-map-end')) found = { offset: node.offset, what: 'brackets' };
        if (node?.type === 'double-quoted-scalar' || node?.type === 'single-quoted-scalar') {
          CST.resolveAsScalar(node, true, (_offset, code) => {
            if (code === 'MISSING_CHAR') found = { offset: node.offset, what: 'quote' };
          });
        }
        if (found) return CST.visit.BREAK;
      }
      return undefined;
    });
    if (found) return found;
  }
  return undefined;
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

/** An entry file known without reading it: what is asked of it beyond its id and path is read when first asked. */
export function unreadSourceFile(location: EntryFileLocation): SourceFile {
  let read: SourceFile | undefined;
  const whole = () => (read ??= readSourceFile(location));
  return {
    collection: location.collection,
    id: entryId(location.folder, location.path),
    path: shownPath(location.path),
    get text() { return whole().text; },
    get encodingError() { return whole().encodingError; },
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
