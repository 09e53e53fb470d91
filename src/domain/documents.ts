import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { isSystemFile } from './office-files.ts';
import { within } from './paths.ts';

/**
 * The papers an office publishes: a file in its files/ folder (the folder its editor uploads into),
 * published at /files/<name>, or a document elsewhere on the web. One place says which files may be
 * published, what each type is called on a page, and how to tell a PDF a screen reader can follow.
 */

/** The office's folder of published files, and where the site publishes it. */
export const FILES_FOLDER = 'files';

/** A paper as an entry names it, read. */
export type DocumentLink =
  | { kind: 'web'; url: string }
  | { kind: 'file'; /** Its path inside the files folder, with forward slashes. */ name: string }
  /** A page of the site itself, where the field allows one (a transparency item's links): the build's link check finds it. */
  | { kind: 'page'; path: string }
  | { kind: 'invalid'; reason: string };

const FILE_EXPECTED = `a file in the office's ${FILES_FOLDER}/ folder (written /${FILES_FOLDER}/name.pdf)`;

/**
 * Reads a link as an editor writes it: a web address, a file of the office's (with or without its
 * leading slash, a #page or ?query after it, spaces written %20), or, where `pages` allows, a page of
 * the site. Anything else, and anything that climbs out of the files folder, is invalid, with why.
 */
export function parseDocumentLink(value: string, { pages = false } = {}): DocumentLink {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) {
    return URL.canParse(text) && new URL(text).hostname ? { kind: 'web', url: text } : { kind: 'invalid', reason: `"${value}" is not a web address that can be followed: check it for spaces or missing parts` };
  }
  const expected = pages ? `${FILE_EXPECTED}, a page of this site (written /budgets/2021-22/) or a web address starting https://` : `${FILE_EXPECTED} or a web address starting https://`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return { kind: 'invalid', reason: `expected ${expected}, found "${value}"` };
  let path: string;
  try {
    path = decodeURIComponent(text.split(/[?#]/)[0]!);
  } catch {
    return { kind: 'invalid', reason: `"${value}" has a % that does not stand for a character: write the file's name as it is` };
  }
  const parts: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return { kind: 'invalid', reason: `"${value}" leads out of the office folder: put the file in ${FILES_FOLDER}/ and write /${FILES_FOLDER}/<its name>` };
      parts.pop();
    } else parts.push(segment);
  }
  if (parts[0] === FILES_FOLDER && parts.length >= 2) return { kind: 'file', name: parts.slice(1).join('/').normalize('NFC') };
  if (pages && text.startsWith('/') && parts[0] !== FILES_FOLDER) return { kind: 'page', path: text };
  return { kind: 'invalid', reason: `expected ${expected}, which is what the site publishes, found "${value}"` };
}

/** A type of file the site publishes: its name for readers, and how its first bytes begin. */
interface FileType {
  label: string;
  /** Its media type, for a server that must say. */
  mediaType: string;
  /** The bytes a file of this type starts with, where it has a signature. */
  signature?: (head: Buffer) => boolean;
}

const startsWith = (...bytes: number[]) => (head: Buffer) => bytes.every((byte, index) => head[index] === byte);
const ZIP = startsWith(0x50, 0x4b, 0x03, 0x04);
const OLE = startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const OPEN_XML = 'application/vnd.openxmlformats-officedocument';
const OPEN_DOCUMENT = 'application/vnd.oasis.opendocument';

/**
 * What an office may publish: documents, spreadsheets and images, as the public sector publishes them.
 * Not HTML, SVG or scripts, which a browser would run as part of the site.
 */
export const FILE_TYPES: Record<string, FileType> = {
  pdf: { label: 'PDF', mediaType: 'application/pdf', signature: (head) => head.subarray(0, 1024).includes('%PDF-') },
  doc: { label: 'MS Word Document', mediaType: 'application/msword', signature: OLE },
  docx: { label: 'MS Word Document', mediaType: `${OPEN_XML}.wordprocessingml.document`, signature: ZIP },
  xls: { label: 'MS Excel Spreadsheet', mediaType: 'application/vnd.ms-excel', signature: OLE },
  xlsx: { label: 'MS Excel Spreadsheet', mediaType: `${OPEN_XML}.spreadsheetml.sheet`, signature: ZIP },
  odt: { label: 'OpenDocument Text', mediaType: `${OPEN_DOCUMENT}.text`, signature: ZIP },
  ods: { label: 'OpenDocument Spreadsheet', mediaType: `${OPEN_DOCUMENT}.spreadsheet`, signature: ZIP },
  odp: { label: 'OpenDocument Presentation', mediaType: `${OPEN_DOCUMENT}.presentation`, signature: ZIP },
  csv: { label: 'CSV file', mediaType: 'text/csv; charset=utf-8' },
  png: { label: 'PNG image', mediaType: 'image/png', signature: startsWith(0x89, 0x50, 0x4e, 0x47) },
  jpg: { label: 'JPEG image', mediaType: 'image/jpeg', signature: startsWith(0xff, 0xd8, 0xff) },
  jpeg: { label: 'JPEG image', mediaType: 'image/jpeg', signature: startsWith(0xff, 0xd8, 0xff) },
  gif: { label: 'GIF image', mediaType: 'image/gif', signature: startsWith(0x47, 0x49, 0x46, 0x38) },
  webp: { label: 'WebP image', mediaType: 'image/webp', signature: (head) => head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP' },
};

/** "report.PDF" → "pdf". */
export function extensionOf(name: string): string {
  const match = /\.([a-z0-9]+)$/i.exec(name.split('?')[0]!.split('#')[0]!);
  return match ? match[1]!.toLowerCase() : '';
}

/** The allowed types, as an editor reads them in a message. */
export const ALLOWED_TYPES_TEXT = 'PDF, Word, Excel, OpenDocument, CSV, or a PNG, JPEG, GIF or WebP image';

/** "245 KB", "1.2 MB": sizes as GOV.UK writes them. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

const STRUCTURE = /\/StructTreeRoot\b/;
const OBJECT_STREAM = /\/Type\s*\/ObjStm\b[^]*?stream\r?\n/g;

/** Whether a PDF has tags (a structure tree, which screen readers follow), or is encrypted so that it cannot be told. */
export type PdfTagging = 'tagged' | 'untagged' | 'encrypted';

/**
 * Whether a PDF is tagged. The catalogue that says so may be plain in the file or packed in a
 * compressed object stream, so those are opened too; an encrypted PDF's streams cannot be, so an
 * encrypted PDF without a plain structure tree cannot be told ("secured" PDFs often are, with no password).
 */
export function pdfTagging(pdf: Buffer): PdfTagging {
  const text = pdf.toString('latin1');
  if (STRUCTURE.test(text)) return 'tagged';
  if (/\/Encrypt\b/.test(text)) return 'encrypted';
  for (const match of text.matchAll(OBJECT_STREAM)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) continue;
    try {
      if (STRUCTURE.test(inflateSync(pdf.subarray(start, end)).toString('latin1'))) return 'tagged';
    } catch {
      // A stream that is not Flate-encoded (or is damaged) says nothing either way.
    }
  }
  return 'untagged';
}

/**
 * The real path of a file of the files folder that the site may publish, or undefined: a file (not a
 * folder, a device or a link to nothing), inside the files folder once links are followed, and of a
 * type the site publishes. The one test the check, the build and the development server all make.
 */
export function publishableFile(officeDir: string, name: string): string | undefined {
  try {
    const folder = realpathSync(join(officeDir, FILES_FOLDER));
    const real = realpathSync(join(folder, ...name.split('/')));
    return within(folder, real) && statSync(real).isFile() && FILE_TYPES[extensionOf(real)] ? real : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every name in the files folder and its subfolders, in a stable order, passing over what the system
 * makes for itself (.DS_Store, .gitkeep...). A link is a name here, not followed: where it leads is
 * the check's business. Folders that cannot be read are named in `unreadable`.
 */
export function filesFolderNames(officeDir: string, under = ''): { names: string[]; unreadable: string[] } {
  const folder = join(officeDir, FILES_FOLDER, under);
  let entries: string[];
  try {
    entries = readdirSync(folder).sort();
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT' && under === '';
    return { names: [], unreadable: missing ? [] : [under] };
  }
  const found = { names: [] as string[], unreadable: [] as string[] };
  for (const entry of entries) {
    if (isSystemFile(entry)) continue;
    const name = under ? `${under}/${entry}` : entry;
    if (lstatSync(join(folder, entry)).isDirectory()) {
      const inner = filesFolderNames(officeDir, name);
      found.names.push(...inner.names);
      found.unreadable.push(...inner.unreadable);
    } else found.names.push(name);
  }
  return found;
}
