import type { CollectionName } from '../collections.ts';
import type { SourceFile } from '../content-files.ts';

/** A paper or page an entry links to (see document-rules.ts), and where the entry names it. */
export interface PaperLink {
  value: string;
  /** The field that holds it, or the line of the body it is on. */
  at: { path: (string | number)[] } | { line: number };
  /** Whether it may be a page of the site as well as a paper. */
  pages: boolean;
}

/** A content file that passed its schema, with the data the site will use. */
export interface ValidEntry<T = Record<string, unknown>> {
  file: SourceFile;
  data: T;
  /** Its links, as the check's cache kept them while the file was unchanged: its body need not be read again for them. */
  links?: PaperLink[];
}

export function entriesOf<T>(entries: ValidEntry[], collection: CollectionName): ValidEntry<T>[] {
  return entries.filter((entry) => entry.file.collection === collection) as unknown as ValidEntry<T>[];
}
