import { statSync } from 'node:fs';
import { join } from 'node:path';
import { officeDir } from './deployment.ts';
import { extensionOf, FILE_TYPES, FILES_FOLDER, formatFileSize, parseDocumentLink } from './documents.ts';
import { href } from './site.ts';

/** A paper as a page lists it: where it is, what it is and how large, and where it is kept when not on this site. */
export interface DocumentDetails {
  title: string;
  href: string;
  /** "PDF, 245 KB": its type and size, where known. */
  description: string;
  /** The other website a document is kept on. */
  elsewhere?: string;
}

/** The details GOV.UK gives of an attachment: its type and size, measured for a file of the office's own. */
export function documentDetails(title: string, link: string, size?: number): DocumentDetails {
  const parsed = parseDocumentLink(link);
  const type = FILE_TYPES[extensionOf(link)]?.label;
  if (parsed.kind === 'file') {
    const bytes = statSync(join(officeDir(), FILES_FOLDER, ...parsed.name.split('/'))).size;
    return { title, href: href(`${FILES_FOLDER}/${parsed.name.split('/').map(encodeURIComponent).join('/')}`), description: [type, formatFileSize(bytes)].filter(Boolean).join(', ') };
  }
  const url = parsed.kind === 'web' ? parsed.url : link;
  const elsewhere = parsed.kind === 'web' ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  return { title, href: url, description: [type, size !== undefined && formatFileSize(size)].filter(Boolean).join(', '), elsewhere };
}
