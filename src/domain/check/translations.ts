// The check's rules for an office that publishes in two languages (docs/decisions/0006-bilingual-content.md):
// each translation file beside the entry it translates, holding only translated fields; every
// published entry translated; every interface string written in each of the office's languages.
import { basename } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { collections, hasDrafts, translatedFields, translatedItemFields, translationSchema, type CollectionName } from '../collections.ts';
import { keyOffsetOf, lineOf, shownPath, translatedFilePath, translationFileName, type SourceFile } from '../content-files.ts';
import { fieldsOf } from '../schema-walk.ts';
import { siteLanguages, type LanguageCode } from '../languages.ts';
import type { Office } from '../schemas/office.ts';
import { missingStrings, type StringTable } from '../strings.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem } from './problems.ts';
import { textProblems } from './entry-rules.ts';
import { validateFile } from './index.ts';

/** A translation file read, with its language's code; its id is the id of the entry it translates. */
export type TranslationSource = SourceFile & { code: string };

/** The interface's strings of each language, as src/site/strings/<code>.json holds them: the check is given them by its caller. */
export type InterfaceStrings = Partial<Record<LanguageCode, { path: string; text: string }>>;

/** What is not yet translated: the translation report (npm run check -- --translations). */
export interface TranslationReport {
  /** The tag of the language entries are translated into. */
  language: string;
  /** Each published entry without its translation: its file and its title. */
  untranslated: { file: string; title: string }[];
  /** Each interface string missing in a language: its file and its key. */
  missingStrings: { file: string; key: string }[];
}

/** Languages by their name in English, for messages. */
const ENGLISH_NAMES: Record<LanguageCode, string> = { en: 'English', cy: 'Welsh' };

const key = (collection: string, id: string) => `${collection}/${id}`;

/** What names an entry in the report: its title, or what its collection names it by. */
function titleOf(data: Record<string, unknown>, id: string): string {
  const title = data.title ?? data.service ?? data.name ?? data.reference;
  return typeof title === 'string' ? title : id;
}

/**
 * Every problem with an office's translations, and the report of what is untranslated (none for an
 * office that publishes in one language). `entryFiles` are every entry file found, valid or not;
 * `entries` those that passed their schema.
 */
export function translationProblems(
  office: Office,
  entryFiles: readonly Pick<SourceFile, 'collection' | 'id' | 'path'>[],
  entries: readonly ValidEntry[],
  translations: readonly TranslationSource[],
  strings: InterfaceStrings = {},
): { problems: Problem[]; report?: TranslationReport } {
  const problems: Problem[] = [];
  const problem = (file: string, line: number, field: string, rule: string, message: string, severity: Problem['severity'] = 'error') => problems.push({ severity, file, line, field, rule, message });
  const languages = siteLanguages(office);
  const translation = languages[1];
  if (!translation) {
    for (const file of translations) {
      const name = ENGLISH_NAMES[file.code as LanguageCode] ?? file.code;
      problem(file.path, 1, '', 'translation', `this office publishes in one language, ${office.language} (office.json's language): expected no translation files, found this one, named as the ${name} translation of ${basename(translatedFilePath(file.path))}. To publish in ${name} too, add "translation": { "language": "${file.code}-GB" } to office.json; otherwise delete this file`);
    }
    return { problems };
  }
  const entryFileOf = new Map(entryFiles.map((file) => [key(file.collection, file.id), file.path]));
  const validEntryOf = new Map(entries.map((entry) => [key(entry.file.collection, entry.file.id), entry]));
  const translated = new Set<string>();
  const severity = office.translation!.untranslated;
  const languageName = ENGLISH_NAMES[translation.code];
  for (const file of translations) {
    const entryPath = entryFileOf.get(key(file.collection, file.id));
    if (entryPath === undefined) {
      problem(file.path, 1, '', 'translation', `expected an entry ${basename(translatedFilePath(file.path))} beside this translation, found none: a translation is named as the entry it translates, with .${file.code} before .md. Rename it to match its entry, or delete it`);
      continue;
    }
    translated.add(key(file.collection, file.id));
    const entry = validEntryOf.get(key(file.collection, file.id));
    problems.push(...translationFileProblems(file, basename(entryPath), office, entry?.data));
    if (entry) problems.push(...partsLeftOut(file, entry, languageName));
  }

  const untranslated: TranslationReport['untranslated'] = [];
  for (const { file, data } of entries) {
    if (translated.has(key(file.collection, file.id))) continue;
    if (hasDrafts(file.collection) && data.status === 'draft') continue;
    const expected = basename(translationFileName(file.path, translation.code));
    untranslated.push({ file: file.path, title: titleOf(data, file.id) });
    problem(file.path, 1, '', 'untranslated', `this ${collections[file.collection].noun} is published, so it needs its ${languageName} translation: expected ${expected} beside it, holding its translated fields (${translatedFields(file.collection).join(', ')}) and its text in ${languageName}, found none`, severity);
  }

  const missing: TranslationReport['missingStrings'] = [];
  const reference = strings.en && (JSON.parse(strings.en.text) as StringTable);
  for (const language of languages) {
    const found = strings[language.code];
    if (!reference || language.code === 'en' || !found) continue;
    const table = JSON.parse(found.text) as StringTable;
    const lineOfKey = keyLines(found.text);
    const file = shownPath(found.path);
    for (const stringKey of missingStrings(reference, table, language.tag)) {
      missing.push({ file, key: stringKey });
      const plural = / \((\w+)\)$/.exec(stringKey);
      const path = stringKey.replace(/ \(\w+\)$/, '');
      const name = ENGLISH_NAMES[language.code];
      const expected = plural ? `the ${plural[1]} form of the plural string ${path} in ${name}, which ${name} needs for some counts` : `the string ${path} in ${name}, as src/site/strings/en.json has it in English`;
      problem(file, lineOfKey(path.split('.')), path, 'interface-string', `expected ${expected}, found none: the site shows the English meanwhile`, severity);
    }
  }
  return { problems, report: { language: translation.tag, untranslated, missingStrings: missing } };
}

/** A translation file's own problems: fields that are not translated, fields its schema refuses, lists whose items differ from its entry's but in their words, and its text's hazards. `entry` is its entry's data, where the entry is valid. */
function translationFileProblems(file: TranslationSource, entryName: string, office: Office, entry: Record<string, unknown> | undefined): Problem[] {
  const collection = file.collection as CollectionName;
  const fields = translatedFields(collection);
  const data = file.frontMatter;
  const problems: Problem[] = [];
  let own = data;
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && !file.yamlError) {
    const entryFields = Object.keys(fieldsOf(collections[collection].schema) ?? {});
    const misplaced = Object.keys(data).filter((name) => entryFields.includes(name) && !fields.includes(name));
    for (const name of misplaced) {
      problems.push({ severity: 'error', file: file.path, line: lineOf(file, [name]), field: name, rule: 'translation', message: `${name} is the same in every language, so it belongs in ${entryName} only: expected only translated fields here (${fields.join(', ')}), found ${name}. Delete it from this file` });
    }
    own = Object.fromEntries(Object.entries(data).filter(([name]) => !misplaced.includes(name)));
  }
  const result = validateFile({ ...file, frontMatter: own }, translationSchema(collection));
  problems.push(...result.problems, ...textProblems(file, office));
  if (entry && result.problems.length === 0) problems.push(...listProblems(file, result.data as Record<string, unknown>, entryName, entry));
  return problems;
}

/**
 * What an entry has that its translation leaves out: a translated field, or the text below the front
 * matter. The page in the translation's language shows it in the entry's language meanwhile. A warning
 * always: office.json's "untranslated" says how to report an entry with no translation at all, and a
 * translation written before a field was translated (approvals) should not stop a build.
 */
function partsLeftOut(file: TranslationSource, entry: ValidEntry, languageName: string): Problem[] {
  const severity = 'warning';
  const data = file.frontMatter;
  if (file.yamlError || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const entryName = basename(entry.file.path);
  const has = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  const problems: Problem[] = translatedFields(file.collection as CollectionName)
    .filter((name) => has(entry.data[name]) && !has((data as Record<string, unknown>)[name]))
    .map((name) => ({ severity, file: file.path, line: file.frontMatterLine, field: name, rule: 'untranslated', message: `expected ${name} in ${languageName}, as ${entryName} has it, found none: the ${languageName} page shows it in English meanwhile` }));
  if (entry.file.body.trim() && !file.body.trim()) {
    problems.push({ severity, file: file.path, line: file.bodyLine, field: 'body', rule: 'untranslated', message: `expected the text in ${languageName} below the front matter, as ${entryName} has text, found none: the ${languageName} page shows the English text meanwhile, marked as not yet translated` });
  }
  return problems;
}

/**
 * The items of a translated list (a plan's pillars) that are not the entry's in another language: a
 * translation gives as many items as the entry, in the same order, each with the entry's item's id,
 * number and links, and only its words in its own language.
 */
function listProblems(file: TranslationSource, data: Record<string, unknown>, entryName: string, entry: Record<string, unknown>): Problem[] {
  const collection = file.collection as CollectionName;
  const problems: Problem[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ severity: 'error', file: file.path, line: lineOf(file, path), field: path.join('.'), rule: 'translation', message });
  for (const name of translatedFields(collection)) {
    const words = translatedItemFields(collection, name);
    const items = data[name];
    const expected = entry[name];
    if (words.length === 0 || !Array.isArray(items) || !Array.isArray(expected)) continue;
    if (items.length !== expected.length) {
      problem([name], `expected ${expected.length} items in ${name}, as ${entryName} has, in the same order, found ${items.length}: a translation gives each of the entry's items in its own language, and no others`);
    }
    items.slice(0, expected.length).forEach((item: Record<string, unknown>, index) => {
      const original = expected[index] as Record<string, unknown>;
      for (const field of new Set([...Object.keys(original), ...Object.keys(item)])) {
        if (words.includes(field) || JSON.stringify(item[field]) === JSON.stringify(original[field])) continue;
        const shown = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));
        problem([name, index, field], `expected ${field} ${shown(original[field])} in item ${index + 1} of ${name}, as ${entryName} has it, found ${shown(item[field])}: only the words of an item (${words.join(', ')}) are translated; the rest is the same in every language. Copy it from ${entryName}, or check the items are in the entry's order`);
      }
    });
  }
  return problems;
}

/** The line of a JSON file where the field at a path is written, or where the nearest of its parents is. */
function keyLines(text: string): (path: string[]) => number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    for (let depth = path.length; depth > 0; depth--) {
      const offset = keyOffsetOf(doc, path.slice(0, depth));
      if (offset !== undefined) return lineCounter.linePos(offset).line;
    }
    return 1;
  };
}

/** The translation report as text: each untranslated entry and each missing string, then a summary line; `errors` is how many errors the check found besides. */
export function formatTranslationReport(report: TranslationReport | undefined, errors: number): string {
  if (!report) return 'This office publishes in one language: it has nothing to translate.';
  const lines = [`Not yet translated into ${report.language}:`, ''];
  const entries = report.untranslated.length === 1 ? '1 entry' : `${report.untranslated.length} entries`;
  const strings = report.missingStrings.length === 1 ? '1 interface string' : `${report.missingStrings.length} interface strings`;
  if (report.untranslated.length) lines.push(...report.untranslated.map(({ file, title }) => `${file}  ${title}`), '');
  if (report.missingStrings.length) lines.push(...report.missingStrings.map(({ file, key }) => `${file}  ${key}`), '');
  lines.push(`${entries} and ${strings} not yet translated${errors ? `; the check found ${errors === 1 ? '1 error' : `${errors} errors`} besides: run npm run check for them` : ''}`);
  return lines.join('\n');
}
