import { inflateSync } from 'node:zlib';

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
  | { kind: 'invalid'; reason: string };

export function parseDocumentLink(value: string): DocumentLink {
  const text = value.trim();
  if (/^https?:\/\//i.test(text)) return { kind: 'web', url: text };
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return { kind: 'invalid', reason: `expected a file in the office's ${FILES_FOLDER}/ folder (written /${FILES_FOLDER}/name.pdf) or a web address starting https://, found "${value}"` };
  const parts: string[] = [];
  const segments = text.replace(/\\/g, '/').replace(/^\/+/, '').split('/');
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return { kind: 'invalid', reason: `"${value}" leads out of the office folder: put the file in ${FILES_FOLDER}/ and write /${FILES_FOLDER}/<its name>` };
      parts.pop();
    } else parts.push(segment);
  }
  if (parts[0] !== FILES_FOLDER || parts.length < 2) {
    return { kind: 'invalid', reason: `expected a file in the office's ${FILES_FOLDER}/ folder (written /${FILES_FOLDER}/name.pdf), which is what the site publishes, found "${value}"` };
  }
  return { kind: 'file', name: parts.slice(1).join('/') };
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

/**
 * Whether a PDF is tagged (has a structure tree, which screen readers follow). The catalogue that says
 * so may be plain in the file or packed in a compressed object stream, so those are opened too.
 */
export function isTaggedPdf(pdf: Buffer): boolean {
  const text = pdf.toString('latin1');
  if (STRUCTURE.test(text)) return true;
  for (const match of text.matchAll(OBJECT_STREAM)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end === -1) continue;
    try {
      if (STRUCTURE.test(inflateSync(pdf.subarray(start, end)).toString('latin1'))) return true;
    } catch {
      // A stream that is not Flate-encoded (or is damaged) says nothing either way.
    }
  }
  return false;
}
