import { linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Hard-links each of `files` (paths relative to `from`) to the same place under `to`, making folders as needed. */
export function linkFiles(from: string, to: string, files: Iterable<string>): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    linkSync(join(from, file), join(to, file));
  }
}
