import type { CollectionName } from '../collections.ts';
import type { SourceFile } from '../content-files.ts';

/** A content file that passed its schema, with the data the site will use. */
export interface ValidEntry<T = Record<string, unknown>> {
  file: SourceFile;
  data: T;
}

export function entriesOf<T>(entries: ValidEntry[], collection: CollectionName): ValidEntry<T>[] {
  return entries.filter((entry) => entry.file.collection === collection) as unknown as ValidEntry<T>[];
}
