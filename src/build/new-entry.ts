// A new entry to fill in: every required field filled in and the help for each field above it (npm run new).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkOffice } from '../domain/check/index.ts';
import type { Problem } from '../domain/check/problems.ts';
import { collections, type CollectionName } from '../domain/collections.ts';
import { shownPath } from '../domain/content-files.ts';
import { readOffice } from '../domain/office.ts';
import { scaffold } from '../domain/scaffold.ts';

/** Collection names, and what an editor may type for them: "decision" as well as "decisions". */
const names = new Map<string, CollectionName>();
for (const [name, { noun, folder }] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
  for (const alias of [name, folder, noun, noun.replace(/\s+/g, '-'), name.replace(/s$/, '')]) names.set(alias.toLowerCase(), name);
}

/** The collection an editor means by what they typed, if any. */
export function collectionNamed(asked: string): CollectionName | undefined {
  return names.get(asked.toLowerCase());
}

export type NewEntry =
  /** The entry's file as the check names it, and what the check says of it. */
  | { written: string; problems: Problem[] }
  /** The office's configuration is not valid, so no entry could be made for it. */
  | { written?: undefined; problems: Problem[] };

/** Writes a new entry of `collection` into the office in `dir`, dated `today`, beside its others (of the fire function, if `fire`), and checks it. */
export function writeNewEntry(dir: string, collection: CollectionName, today: string, fire = false): NewEntry {
  const { office, problems } = readOffice(dir);
  if (!office) return { problems };
  const before = checkOffice(dir);
  const entry = scaffold(collection, { office, today, fire, existing: before.entries.map(({ file, data }) => ({ collection: file.collection, id: file.id, data })) });
  const folder = join(dir, collections[collection].folder);
  let path = join(folder, entry.fileName);
  for (let n = 2; existsSync(path); n++) path = join(folder, entry.fileName.replace(/\.md$/, `-${n}.md`));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, entry.text);
  const written = shownPath(path);
  return { written, problems: checkOffice(dir).problems.filter((problem) => problem.file === written) };
}
