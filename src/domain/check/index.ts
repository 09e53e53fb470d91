import { collections } from '../collections.ts';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileState, lineOf, readSourceFile, readTranslationFile, shownPath, unreadSourceFile, valuesCutByComments, valuesInCurlyQuotes, type SourceFile, type YamlError } from '../content-files.ts';
import { languageCode } from '../languages.ts';
import type { z } from 'astro/zod';
import { officeFiles, unreadableMessage } from '../office-files.ts';
import { asOfDate } from '../as-of.ts';
import { readOffice } from '../office.ts';
import type { Office } from '../schemas/office.ts';
import type { PaperLink, ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';
import { crossEntryProblems } from './cross-entry.ts';
import { entryProblems, textProblems } from './entry-rules.ts';
import { elsewhereProblems, registerProblems } from './register-rules.ts';
import { documentProblems, entryLinks, type PdfTaggingCache } from './document-rules.ts';
import { fieldsOf, metaOf, schemaAt } from '../schema-walk.ts';
import { issuePath, schemaMessage, shortened } from './messages.ts';
import { translationProblems, type InterfaceStrings, type TranslationReport, type TranslationSource } from './translations.ts';
import { monthlyDateProblems, readOfficeSpending, type MonthlyCheckCache } from '../spending/files.ts';
import { monthlyPublications } from '../spending/publications.ts';

export interface CheckResult {
  office: Office | null;
  problems: Problem[];
  filesChecked: number;
  entries: ValidEntry[];
  /** The files of the office's files folder the site publishes: those a published entry links to. */
  publishedFiles: string[];
  /** What is not yet translated, for an office that publishes in two languages. */
  translations?: TranslationReport;
}

/** js-yaml's reasons, with the usual cause put in an editor's words. */
const YAML_HINTS: [RegExp, string][] = [
  [/bad indentation of a mapping entry/, 'a line is indented wrongly, or a value has a colon in it or goes on after a quotation or a [ ] list: put the whole value in double quotes'],
  [/end of the stream or a document separator is expected/, 'a line is not a field: a field name needs a colon and a space after it, and each field starts where those around it do'],
  [/unidentified alias|name of an (?:alias|anchor) node/, 'a value starts with * or &, which YAML reads as a reference to another value: put the whole value in double quotes'],
  [/unknown tag/, 'a value starts with !, which YAML reads as the name of a type: put the whole value in double quotes'],
  [/expected hexadecimal character|unknown escape sequence/, 'a backslash (\\) in double quotes starts a special character: put the value in single quotes instead'],
  [/end of the stream within a (?:double|single) quoted scalar/, 'a quotation mark is opened but never closed'],
  [/missed comma between flow collection entries/, 'a list in [ ] is missing a comma or its closing ]'],
  [/duplicated mapping key/, 'the same field is written twice'],
  [/tab characters must not be used in indentation/, 'a tab is used to indent: use spaces'],
  [/a multiline key may not be an implicit key/, 'a field name is not followed by a colon and a space, or the lines of a long text are not indented under their field'],
];

/** What is wrong when a quotation or a list is opened on the line given and not closed where it should be, whatever js-yaml noticed later. */
const UNCLOSED_HINTS: Record<NonNullable<YamlError['unclosed']>, string> = {
  quote: 'a quotation mark is opened on this line but not closed on it',
  brackets: 'a list in [ ] or { } is opened on this line, and is missing a comma or its closing bracket',
};

function explainYamlError({ message, unclosed }: YamlError): string {
  const hint = unclosed ? UNCLOSED_HINTS[unclosed] : YAML_HINTS.find(([pattern]) => pattern.test(message))?.[1];
  return hint ? `${hint} (${message})` : message;
}

/** What is wrong with a file whose front matter cannot be found: it is empty, its front matter is never closed, or it has none. */
function withoutFrontMatter(text: string): string {
  if (text.trim() === '') return 'the file is empty: an entry starts with its fields between two --- lines (npm run new writes one to start from), or delete the file';
  if (/^---[ \t]*\r?\n/.test(text)) return 'the front matter opened by the --- on this line is never closed: add a line of three hyphens (---) after the last field, before the text';
  return 'expected the file to start with front matter between two --- lines';
}

/** How much of a misread value a message quotes: 40 characters, and the ellipsis where it is cut. */
const QUOTED = 41;

/**
 * Values YAML reads otherwise than an editor means: one whose end it takes for a comment ("Grant #3"),
 * which the page would show cut short, and one typed in curly quotation marks, which it would show.
 */
function misreadValueProblems(file: SourceFile, yamlText: string): Problem[] {
  const warning = (line: number, path: (string | number)[], rule: string, message: string): Problem => ({ severity: 'warning', file: file.path, line, field: path.join('.'), rule, message });
  return [
    ...valuesCutByComments(yamlText, file.frontMatterLine).map(({ path, line, cut }) =>
      warning(line, path, 'cut-value', `"${shortened(cut, QUOTED)}" is left out of the value: YAML reads a space and # as the start of a note to editors. Put the whole value in double quotes to keep them`),
    ),
    ...valuesInCurlyQuotes(yamlText, file.frontMatterLine).map(({ path, line, value }) =>
      warning(line, path, 'curly-quotes', `the value is in curly quotation marks (${shortened(value, QUOTED)}), which YAML keeps as part of the text, so the page would show them: type straight ones (") instead, or none`),
    ),
  ];
}

/**
 * For a field written under another (indented beneath it) that is a field of the entry itself, and not of
 * the one it is under: what to do, rather than a list of the fields it may not be.
 */
function fieldIndentedUnder(issue: { path: PropertyKey[]; keys?: string[] }, schema: z.ZodType, known: string[] | undefined): string | undefined {
  const key = issue.keys?.[0];
  const under = issue.path.at(-1);
  if (key === undefined || typeof under !== 'string' || issue.keys!.length > 1 || known?.includes(key)) return undefined;
  if (!Object.keys(fieldsOf(schema) ?? {}).includes(key)) return undefined;
  return `unknown field "${key}" under "${under}": ${key} is a field of the entry itself, so write it at the start of its line, not indented under ${under}`;
}

/** A file's front matter against its collection's schema, or another (a translation's). */
export function validateFile(file: SourceFile, schema: z.ZodType = collections[file.collection].schema): { data: unknown; problems: Problem[] } {
  const problem = (line: number, field: string, message: string, rule = 'schema'): Problem => ({ severity: 'error', file: file.path, line, field, message, rule });
  if (file.encodingError) return { data: null, problems: [problem(file.encodingError.line, '', file.encodingError.message, 'encoding')] };
  if (file.yamlText === null) return { data: null, problems: [problem(1, '', withoutFrontMatter(file.text))] };
  if (file.yamlError) {
    // Word and Outlook turn typed quotation marks into curly ones, which YAML reads as letters, so a value in them with a colon fails as if unquoted.
    const curly = /:\s+[“‘]/.test(file.text.split(/\r?\n/)[file.yamlError.line - 1] ?? '');
    const explained = curly ? `the value on this line is in curly quotation marks (“ ”), which YAML reads as part of the text, not as quotation marks: type straight ones (") instead (${file.yamlError.message})` : explainYamlError(file.yamlError);
    return { data: null, problems: [problem(file.yamlError.line, '', `the front matter is not valid YAML: ${explained}`)] };
  }
  const misread = misreadValueProblems(file, file.yamlText);
  const result = schema.safeParse(file.frontMatter, { reportInput: true });
  if (result.success) return { data: result.data, problems: misread };
  return {
    data: null,
    problems: [
      ...result.error.issues.map((issue) => {
        const object = schemaAt(schema, issue.path);
        const known = object ? Object.keys(fieldsOf(object) ?? {}) : undefined;
        const path = issuePath(issue);
        const outer = issue.code === 'unrecognized_keys' ? fieldIndentedUnder(issue, schema, known) : undefined;
        return problem(lineOf(file, path), path.join('.'), outer ?? schemaMessage(issue as never, known, object ? metaOf(object).format : undefined));
      }),
      ...misread,
    ],
  };
}

export interface CheckOptions {
  /** The build date that "not in the future" and the register are measured against. */
  asOf?: string;
  /**
   * Where to keep each file's findings from one check to the next, and a digest of the code that
   * finds them: a file whose text is unchanged, checked by the same code against the same office
   * configuration and build date, is not checked again. Rules that span entries always run.
   */
  cache?: { file: string; codeDigest: string; kept?: CheckCache };
  /** The interface's strings in each language (src/site/strings/<code>.json), to report those missing in an office's languages. */
  strings?: InterfaceStrings;
}

/** One file's findings, as the last check left them. */
interface CheckedFile {
  /** Its size, inode and times (see fileState), and the digest of its text. */
  state: string;
  digest: string;
  problems: Problem[];
  /** The entry's data, when it passed its schema. */
  data: Record<string, unknown> | null;
  /** The papers and pages it links to, when it passed its schema (see entryLinks). */
  links?: PaperLink[];
}

/** What a check keeps in its cache file; `kept` in CheckOptions' cache, when read ahead (readCheckCache). */
export interface CheckCache {
  /** What every finding depends on besides the file: the code, the office configuration, the build date and the working directory. */
  key: string;
  files: Record<string, CheckedFile>;
  /** Whether each published PDF is tagged, so that a PDF is read again only when it changes. */
  pdfTagging?: PdfTaggingCache;
  /** Each monthly spending and grants file's problems. */
  monthly?: MonthlyCheckCache;
}

/** A check's cache file, read ahead of the check (it holds every entry's findings and data: 13 MB at 10,000 notices). */
export function readCheckCache(file: string): CheckCache | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CheckCache;
  } catch {
    // No cache yet, or not one this check can read: every file is checked.
    return undefined;
  }
}

function readCache({ file, kept = readCheckCache(file) }: NonNullable<CheckOptions['cache']>, key: string): CheckCache {
  return kept?.key === key ? kept : { key, files: {} };
}

/**
 * Validates every file of an office: each against its schema, the text of each for publishing
 * hazards and unsafe markup, each entry's own rules, then the rules that span entries.
 */
export function checkOffice(officeDir: string, options: CheckOptions = {}): CheckResult {
  const asOf = options.asOf ?? asOfDate();
  const { office, problems } = readOffice(officeDir);
  // The working directory too: each problem names its file relative to it.
  const key = createHash('sha256').update(JSON.stringify([options.cache?.codeDigest, asOf, office, process.cwd()])).digest('hex');
  const cache = options.cache ? readCache(options.cache, key) : undefined;
  const checked: Record<string, CheckedFile> = {};
  const entries: ValidEntry[] = [];
  const { files: locations, translations: translationLocations, problems: unread } = officeFiles(officeDir, languageCode(office?.language ?? 'en'));
  problems.push(...unread);
  for (const location of locations) {
    const state = cache ? fileState(location.path) : '';
    const last = cache?.files[location.path];
    let file: SourceFile;
    let result: CheckedFile;
    if (last && state && last.state === state) {
      file = unreadSourceFile(location);
      result = last;
    } else {
      let bytes: Buffer;
      try {
        bytes = readFileSync(location.path);
      } catch (error) {
        // Gone since the folder was listed, or not ours to read.
        problems.push({ severity: 'error', file: shownPath(location.path), line: 1, field: '', rule: 'unreadable', message: unreadableMessage(error) });
        continue;
      }
      file = readSourceFile(location, bytes);
      const digest = createHash('sha1').update(bytes).digest('hex');
      if (last?.digest !== digest) result = { state, digest, ...checkFile(file, office, asOf) };
      else result = last.state === state ? last : { ...last, state };
    }
    checked[location.path] = result;
    problems.push(...result.problems);
    if (result.data) entries.push({ file, data: result.data, ...(result.links && { links: result.links }) });
  }
  const pdfTagging: PdfTaggingCache = {};
  let publishedFiles: string[] = [];
  const monthlyCache = { kept: cache?.monthly, next: {} as MonthlyCheckCache };
  // Read through office.json's mapping: with no valid office.json, the files cannot be read as the office means them.
  const monthly = office ? readOfficeSpending(officeDir, office, cache ? monthlyCache : undefined) : { spending: [], grants: [], fire: [], problems: [], filesRead: 0 };
  problems.push(...monthly.problems, ...monthlyDateProblems(officeDir, monthly, office, asOf));
  const translationFiles: TranslationSource[] = [];
  for (const location of translationLocations) {
    try {
      translationFiles.push(readTranslationFile(location));
    } catch (error) {
      problems.push({ severity: 'error', file: shownPath(location.path), line: 1, field: '', rule: 'unreadable', message: unreadableMessage(error) });
    }
  }
  let translations: TranslationReport | undefined;
  if (office) {
    const translated = translationProblems(office, locations.map((location) => unreadSourceFile(location)), entries, translationFiles, options.strings);
    problems.push(...translated.problems);
    translations = translated.report;
    problems.push(...crossEntryProblems(office, entries));
    const papers = documentProblems(officeDir, office, entries, cache?.pdfTagging, pdfTagging);
    problems.push(...papers.problems);
    publishedFiles = papers.published;
    if (office.registerReport !== 'off') problems.push(...registerProblems(officeDir, office, entries, asOf, monthlyPublications(monthly)));
    problems.push(...elsewhereProblems(officeDir, office, asOf));
  }
  const unchanged = cache && locations.length === Object.keys(cache.files).length && locations.every(({ path }) => checked[path] === cache.files[path])
    && JSON.stringify(pdfTagging) === JSON.stringify(cache.pdfTagging ?? {})
    && Object.keys(monthlyCache.next).length === Object.keys(cache.monthly ?? {}).length && Object.entries(monthlyCache.next).every(([path, file]) => cache.monthly?.[path] === file);
  if (options.cache && !unchanged) writeFileSync(options.cache.file, JSON.stringify({ key, files: checked, pdfTagging, monthly: monthlyCache.next } satisfies CheckCache));
  return { office, problems, filesChecked: locations.length + translationFiles.length + 1 + monthly.filesRead, entries, publishedFiles, ...(translations && { translations }) };
}

/**
 * The most text below the front matter that makes a sensible page: 500 kB is about 80,000 words,
 * a book, and eight times the longest file in the sample offices (see docs/checks.md).
 */
const LARGEST_BODY_BYTES = 500_000;

function bodySizeProblems(file: SourceFile): Problem[] {
  const size = Buffer.byteLength(file.body);
  if (size <= LARGEST_BODY_BYTES) return [];
  const shown = size < 1_000_000 ? `${Math.ceil(size / 1000)} kB` : `${(size / 1_000_000).toFixed(1)} MB`;
  const message = `the text below the front matter is ${shown}, more than ${LARGEST_BODY_BYTES / 1000} kB (about 80,000 words): a page so long is slow to load on a phone and hard to read or search. Split it into several entries, or link to the full document and summarise it here`;
  return [{ severity: 'warning', file: file.path, line: file.bodyLine, field: 'body', rule: 'body-size', message }];
}

/** Everything the check finds in one file on its own: its schema, its text, and its entry's own rules. */
function checkFile(file: SourceFile, office: Office | null, asOf: string): Pick<CheckedFile, 'problems' | 'data' | 'links'> {
  const result = validateFile(file);
  const problems = [...result.problems, ...textProblems(file, office), ...bodySizeProblems(file)];
  if (result.problems.length > 0) return { problems, data: null };
  const data = result.data as Record<string, unknown>;
  if (office) problems.push(...entryProblems({ file, data }, { office, asOf }));
  return { problems, data, links: entryLinks({ file, data }) };
}
