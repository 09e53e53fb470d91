import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Office } from '../schemas/office.ts';
import { collections, hasDrafts } from '../collections.ts';
import { fileState, lineOf, shownPath, type SourceFile } from '../content-files.ts';
import { ALLOWED_TYPES_TEXT, extensionOf, FILE_TYPES, FILES_FOLDER, filesFolderNames, formatFileSize, parseDocumentLink, pdfTagging, type PdfTagging } from '../documents.ts';
import { officeConfigPath, officeFieldLine } from '../office.ts';
import { unreadableMessage } from '../office-files.ts';
import { within } from '../paths.ts';
import { valuesWithFormat } from '../schema-walk.ts';
import type { PaperLink, ValidEntry } from './entries.ts';
import type { Problem, Severity } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** What the last check found of each PDF, by its path and its state on disk: a PDF is read whole only when it changes. */
export type PdfTaggingCache = Record<string, { state: string; tagging: PdfTagging }>;

interface Finding {
  severity: Severity;
  message: string;
}

/** Links to files in a Markdown body: [text](/files/a.pdf), [name]: /files/a.pdf, and href or src in HTML. */
const BODY_LINK = /\]\(\s*<?(\/?files\/[^)\s>]+)|^\s*\[[^\]]+\]:\s*<?(\/?files\/[^\s>]+)|\b(?:href|src)\s*=\s*["'](\/?files\/[^"']+)/gim;

/**
 * Every paper and page an entry links to, in its fields and its body. The check keeps them with the
 * file's findings, so that an unchanged entry's body is not read again for them: at 10,000 notices,
 * reading every body and walking every entry's fields took 3 s of each check.
 */
export function entryLinks({ file, data }: ValidEntry): PaperLink[] {
  const { schema } = collections[file.collection];
  const { body, bodyLine } = file;
  return [
    ...valuesWithFormat(schema, data, 'document').map(({ path, value }) => ({ value, at: { path }, pages: false })),
    ...valuesWithFormat(schema, data, 'link').map(({ path, value }) => ({ value, at: { path }, pages: true })),
    ...Array.from(body.matchAll(BODY_LINK), (match) => ({
      value: (match[1] ?? match[2] ?? match[3])!,
      at: { line: bodyLine + (body.slice(0, match.index).match(/\n/g)?.length ?? 0) },
      pages: false,
    })),
  ];
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function readHead(path: string, length: number): Buffer {
  const head = Buffer.alloc(length);
  const descriptor = openSync(path, 'r');
  try {
    readSync(descriptor, head, 0, length, 0);
  } finally {
    closeSync(descriptor);
  }
  return head;
}

/**
 * What stops one file of the files folder being published as it is: it is not there, it leads out of
 * the files folder, it is not a plain file, it is of a type a site should not serve, it is too large,
 * or it is not what its name says. A PDF without tags is published, with a warning: public sector
 * documents must be accessible.
 */
function inspectFile(officeDir: string, name: string, office: Office, cache: PdfTaggingCache, seen: PdfTaggingCache): Finding[] {
  const shown = `${FILES_FOLDER}/${name}`;
  const path = join(officeDir, FILES_FOLDER, ...name.split('/'));
  const error = (message: string): Finding[] => [{ severity: 'error', message }];
  let real: string;
  try {
    real = realpathSync(path);
  } catch (failure) {
    const code = (failure as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return error(`${shown} is a link that leads round in a loop: replace it with the file itself`);
    if (isLink(path)) return error(`${shown} is a link to a file that is not there: replace it with the file itself`);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return error(`${shown}: ${unreadableMessage(failure)}`);
    return error(`there is no file ${shown} in the office folder${didYouMean(name, filesFolderNames(officeDir).names)}: upload it, or correct the name`);
  }
  const folder = realpathSync(join(officeDir, FILES_FOLDER));
  if (!real.startsWith(`${folder}${sep}`)) return error(`${shown} is a link to ${real}, outside the office's ${FILES_FOLDER}/ folder: only the files in it are published, so copy the file itself into ${FILES_FOLDER}/`);
  const stats = statSync(real);
  if (stats.isDirectory()) return error(`${shown} is a folder, not a file: link to a file inside it`);
  if (!stats.isFile()) return error(`${shown} is not a file the site can publish (it is a device or a pipe): replace it with the file itself`);
  const extension = extensionOf(name);
  const type = FILE_TYPES[extension];
  if (!type) return error(`${shown} cannot be published: ${extension ? `.${extension} files are` : 'a file without a type (.pdf, .docx...) is'} not among the types the site publishes (${ALLOWED_TYPES_TEXT})`);
  const limit = office.files.maxMegabytes * 1024 * 1024;
  if (stats.size > limit) {
    return error(`${shown} is ${formatFileSize(stats.size)}, more than the office's limit of ${formatFileSize(limit)} (files.maxMegabytes in office.json): make it smaller, or split it`);
  }
  try {
    if (type.signature && !type.signature(readHead(real, Math.min(1024, stats.size)))) return error(`${shown} is named as a ${type.label} but is not one: export or save it again as a ${type.label}`);
    if (extension !== 'pdf') return [];
    const state = fileState(real);
    const known = cache[real];
    const tagging = state && known?.state === state ? known.tagging : pdfTagging(readFileSync(real));
    seen[real] = { state, tagging };
    if (tagging === 'tagged') return [];
    const why = tagging === 'encrypted' ? 'is an encrypted PDF, so the check cannot tell whether it has tags, which' : 'is a PDF without tags, which';
    return [{ severity: 'warning', message: `${shown} ${why} screen readers need to read it in order: export it again, unencrypted, as a tagged PDF (an option in the export or "save as PDF" settings of Word and LibreOffice), as public sector documents must be accessible` }];
  } catch (failure) {
    return error(`${shown}: ${unreadableMessage(failure)}`);
  }
}

const IMAGE_TYPES = ['png', 'jpg', 'jpeg', 'gif', 'webp'];

/**
 * The files office.json's appearance names are there: the logo, an image in the files folder the site
 * can publish, and the office's own components, .astro files inside the office folder.
 */
function appearanceProblems(officeDir: string, office: Office, inspect: (name: string) => Finding[]): Problem[] {
  const at = (path: string[]) => ({ severity, message }: Finding): Problem => ({
    severity, file: shownPath(officeConfigPath(officeDir)), line: officeFieldLine(officeDir, path), field: path.join('.'), rule: 'document', message,
  });
  const problems: Problem[] = [];
  for (const [name, file] of Object.entries(office.appearance.components)) {
    if (!file) continue;
    const path = resolve(officeDir, file);
    const problem = at(['appearance', 'components', name]);
    if (!within(resolve(officeDir), path)) problems.push(problem({ severity: 'error', message: `${file} is outside the office folder: keep the office's components in it, like components/${name}.astro` }));
    else if (!existsSync(path)) problems.push(problem({ severity: 'error', message: `there is no file ${file} in the office folder: write the component there, or remove this line to use the site's own ${name}` }));
  }
  return [...problems, ...logoProblems(office, inspect, at(['appearance', 'logo']))];
}

function logoProblems(office: Office, inspect: (name: string) => Finding[], problem: (finding: Finding) => Problem): Problem[] {
  const { logo } = office.appearance;
  if (!logo) return [];
  const parsed = parseDocumentLink(logo);
  if (parsed.kind !== 'file') return [problem({ severity: 'error', message: parsed.kind === 'invalid' ? parsed.reason : `expected an image in the office's ${FILES_FOLDER}/ folder, found "${logo}"` })];
  if (!IMAGE_TYPES.includes(extensionOf(parsed.name))) return [problem({ severity: 'error', message: `the logo must be a PNG, JPEG, GIF or WebP image, found "${logo}"` })];
  return inspect(parsed.name).map(problem);
}

const isDraft = (file: SourceFile, data: unknown) => hasDrafts(file.collection) && (data as { status?: string }).status === 'draft';

/**
 * Every paper an entry links to, in its fields or its body, is one the site can publish (see
 * inspectFile), and a link to elsewhere can be followed. Runs in full at every check, as a paper can
 * change or go without its entry changing; a PDF is read only when it has changed (`cache`, of which
 * `seen` keeps what this check read). Gives the files to publish: those a published entry links to.
 * A file in the folder that no published entry links to is not published, and the check says so.
 */
export function documentProblems(officeDir: string, office: Office, entries: ValidEntry[], cache: PdfTaggingCache = {}, seen: PdfTaggingCache = {}): { problems: Problem[]; published: string[] } {
  const problems: Problem[] = [];
  const inspected = new Map<string, Finding[]>();
  const published = new Set<string>();
  const linked = new Set<string>();
  for (const { entry, link } of entries.flatMap((entry) => (entry.links ?? entryLinks(entry)).map((link) => ({ entry, link })))) {
    const { at } = link;
    const parsed = parseDocumentLink(link.value, { pages: link.pages });
    if (parsed.kind === 'web' || parsed.kind === 'page') continue;
    let findings: Finding[];
    if (parsed.kind === 'invalid') findings = [{ severity: 'error', message: parsed.reason }];
    else {
      if (!inspected.has(parsed.name)) inspected.set(parsed.name, inspectFile(officeDir, parsed.name, office, cache, seen));
      findings = inspected.get(parsed.name)!;
      linked.add(parsed.name);
      if (!isDraft(entry.file, entry.data)) published.add(parsed.name);
      if ((entry.data as { restricted?: boolean }).restricted) {
        findings = [...findings, { severity: 'warning', message: `this decision's papers are withheld, but it publishes ${FILES_FOLDER}/${parsed.name}: make sure it is a part that may be published` }];
      }
      // A field's paper is linked by its address wherever it is written; a link in the text is followed from the page's own address.
      if ('line' in at && !link.value.trim().startsWith('/')) {
        findings = [...findings, { severity: 'error', message: `the link "${link.value}" in the text is followed from the page's own address, where there is no ${FILES_FOLDER}/ folder: start it with / (/${FILES_FOLDER}/${parsed.name})` }];
      }
    }
    const line = 'line' in at ? at.line : lineOf(entry.file, at.path);
    const field = 'line' in at ? 'body' : at.path.join('.');
    for (const { severity, message } of findings) problems.push({ severity, file: entry.file.path, line, field, rule: 'document', message });
  }
  const appearance = appearanceProblems(officeDir, office, (name) => {
    if (!inspected.has(name)) inspected.set(name, inspectFile(officeDir, name, office, cache, seen));
    linked.add(name);
    published.add(name);
    return inspected.get(name)!;
  });
  problems.push(...appearance);
  const { names, unreadable } = filesFolderNames(officeDir);
  const shown = (name: string) => shownPath(join(officeDir, FILES_FOLDER, name));
  for (const folder of unreadable) problems.push({ severity: 'error', file: shown(folder), line: 1, field: '', rule: 'document', message: `this folder cannot be read: make it readable, or move it out of the office folder` });
  for (const name of names.filter((candidate) => !linked.has(candidate))) {
    problems.push({ severity: 'warning', file: shown(name), line: 1, field: '', rule: 'document', message: `no entry links to this file, so it is not published: link it from the entry it belongs to, or delete it` });
  }
  return { problems, published: [...published].filter((name) => inspected.get(name)!.every((finding) => finding.severity !== 'error')).sort() };
}
