import { closeSync, lstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Office } from '../../schemas/office.ts';
import { collections } from '../collections.ts';
import { lineOf } from '../content-files.ts';
import { ALLOWED_TYPES_TEXT, extensionOf, FILE_TYPES, FILES_FOLDER, formatFileSize, isTaggedPdf, parseDocumentLink } from '../documents.ts';
import { fileState } from '../entry-cache.ts';
import { valuesWithFormat } from '../schema-walk.ts';
import type { ValidEntry } from './entries.ts';
import type { Problem, Severity } from './problems.ts';
import { didYouMean } from './suggest.ts';

/** Whether each PDF the office publishes is tagged, by its path and its state on disk: a PDF is read whole only when it changes. */
export type PdfTagging = Record<string, { state: string; tagged: boolean }>;

interface Finding {
  severity: Severity;
  message: string;
}

/** Every file under a folder, as paths relative to it, without following links (a link is a file here, and is judged by where it leads). */
function filesIn(folder: string, under = ''): string[] {
  let names: string[];
  try {
    names = readdirSync(join(folder, under));
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const path = under ? `${under}/${name}` : name;
    const isFolder = lstatSync(join(folder, path)).isDirectory();
    return isFolder ? filesIn(folder, path) : [path];
  });
}

/**
 * What stops one file of the files folder being published as it is: it is not there, it leads out of
 * the office's folder, it is of a type a site should not serve, it is too large, or it is not what its
 * name says. A PDF without tags is published, with a warning: public sector documents must be accessible.
 */
function inspectFile(officeDir: string, name: string, office: Office, tagging: PdfTagging): Finding[] {
  const shown = `${FILES_FOLDER}/${name}`;
  const path = join(officeDir, FILES_FOLDER, ...name.split('/'));
  const error = (message: string): Finding[] => [{ severity: 'error', message }];
  let real: string;
  try {
    real = realpathSync(path);
  } catch (failure) {
    const code = (failure as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return error(`${shown} is a link that leads round in a loop: replace it with the file itself`);
    let exists = false;
    try {
      exists = lstatSync(path).isSymbolicLink();
    } catch {
      // Not there at all.
    }
    if (exists) return error(`${shown} is a link to a file that is not there: replace it with the file itself`);
    return error(`there is no file ${shown} in the office folder${didYouMean(name, filesIn(join(officeDir, FILES_FOLDER)))}: upload it, or correct the name`);
  }
  const home = realpathSync(officeDir);
  if (!real.startsWith(`${home}${sep}`)) return error(`${shown} is a link to ${real}, outside the office folder: only the office's own files are published, so copy the file itself into ${FILES_FOLDER}/`);
  const stats = statSync(real);
  if (stats.isDirectory()) return error(`${shown} is a folder, not a file: link to a file inside it`);
  const extension = extensionOf(name);
  const type = FILE_TYPES[extension];
  if (!type) return error(`${shown} cannot be published: ${extension ? `.${extension} files are` : 'a file without a type (.pdf, .docx...) is'} not among the types the site publishes (${ALLOWED_TYPES_TEXT})`);
  const limit = office.files.maxMegabytes * 1024 * 1024;
  if (stats.size > limit) {
    return error(`${shown} is ${formatFileSize(stats.size)}, more than the office's limit of ${formatFileSize(limit)} (files.maxMegabytes in office.json): make it smaller, or split it`);
  }
  const head = Buffer.alloc(Math.min(1024, stats.size));
  const descriptor = openSync(real, 'r');
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  if (type.signature && !type.signature(head)) return error(`${shown} is named as a ${type.label} but is not one: export or save it again as a ${type.label}`);
  if (extension !== 'pdf') return [];
  const state = fileState(real);
  const known = tagging[real];
  const tagged = state && known?.state === state ? known.tagged : isTaggedPdf(readFileSync(real));
  tagging[real] = { state, tagged };
  return tagged ? [] : [{ severity: 'warning', message: `${shown} is a PDF without tags, which screen readers need to read it in order: export it again as a tagged PDF (an option in the export or "save as PDF" settings of Word and LibreOffice), as public sector documents must be accessible` }];
}

/**
 * Every paper an entry links to, and every file in the office's files folder (all of which is
 * published), is one the site can publish: see inspectFile. Runs in full at every check, as a paper
 * can change or go without its entry changing; a PDF is read only when it has changed (`tagging`).
 */
export function documentProblems(officeDir: string, office: Office, entries: ValidEntry[], tagging: PdfTagging = {}): Problem[] {
  const problems: Problem[] = [];
  const inspected = new Map<string, Finding[]>();
  const inspect = (name: string) => {
    if (!inspected.has(name)) inspected.set(name, inspectFile(officeDir, name, office, tagging));
    return inspected.get(name)!;
  };
  for (const entry of entries) {
    for (const { path, value } of valuesWithFormat(collections[entry.file.collection].schema, entry.data, 'document')) {
      const link = parseDocumentLink(value);
      if (link.kind === 'web') continue;
      const findings = link.kind === 'invalid' ? [{ severity: 'error' as const, message: link.reason }] : inspect(link.name);
      for (const { severity, message } of findings) {
        problems.push({ severity, file: entry.file.path, line: lineOf(entry.file, path), field: path.join('.'), rule: 'document', message });
      }
    }
  }
  const folder = join(officeDir, FILES_FOLDER);
  for (const name of filesIn(folder)) {
    if (inspected.has(name)) continue;
    const shown = relative(process.cwd(), join(folder, name)) || name;
    for (const { severity, message } of inspect(name)) problems.push({ severity, file: shown, line: 1, field: '', rule: 'document', message });
  }
  return problems;
}
