import { statSync } from 'node:fs';
import { officeDir } from '../../domain/deployment.ts';
import { extensionOf, FILE_TYPES, FILES_FOLDER, formatFileSize, parseDocumentLink, publishableFile } from '../../domain/documents.ts';
import { href } from './site.ts';
import type { PageLanguage } from './language.ts';

/** A paper as a page lists it: where it is, what it is and how large, and where it is kept when not on this site. */
export interface DocumentDetails {
  title: string;
  href: string;
  /** "PDF, 245 KB": its type and size, where known. */
  description: string;
  /** The other website a document is kept on. */
  elsewhere?: string;
}

/**
 * The details GOV.UK gives of an attachment: its type and size, measured for a file of the office's
 * own. `pages` allows a page of this site, where the field does (a transparency item's links), linked
 * in the `language` of the page that lists it.
 */
export function documentDetails(title: string, link: string, size?: number, { pages = false, language }: { pages?: boolean; language?: PageLanguage } = {}): DocumentDetails {
  const parsed = parseDocumentLink(link, { pages });
  const type = FILE_TYPES[extensionOf(link)]?.label;
  switch (parsed.kind) {
    case 'file': {
      const file = publishableFile(officeDir(), parsed.name);
      const measured = file === undefined ? [] : [formatFileSize(statSync(file).size)];
      return { title, href: href(`${FILES_FOLDER}/${parsed.name.split('/').map(encodeURIComponent).join('/')}`), description: [type, ...measured].filter(Boolean).join(', ') };
    }
    case 'page':
      return { title, href: language ? language.href(parsed.path) : href(parsed.path), description: '' };
    case 'web':
      return { title, href: parsed.url, description: [type, size !== undefined && formatFileSize(size)].filter(Boolean).join(', '), elsewhere: new URL(parsed.url).hostname.replace(/^www\./, '') };
    default:
      // The content check refuses such a link before a site is built; the development server shows it as written.
      return { title, href: link, description: '' };
  }
}
