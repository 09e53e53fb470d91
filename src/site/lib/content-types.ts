import { lookup } from 'mrmime';

/**
 * The Content-Type a static host sends for `file`, by its extension: text in UTF-8, as the site
 * writes it, and any file of a kind it does not know (a search index's fragment, say) as bytes.
 * Served by the preview and the browser checks, and by the development server for the editor and
 * the search index.
 */
export function contentTypeOf(file: string): string {
  const type = lookup(file);
  if (!type) return 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}
