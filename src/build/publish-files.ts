import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FILES_FOLDER, publishableFile } from '../domain/documents.ts';

/**
 * Publishes the office's papers into a staged site, at /files/ under the names they have in the
 * office's files folder: only `names` (the files a published entry links to, as the content check
 * found them), and of those only what publishableFile allows, whatever the check said. Each is
 * hard-linked (copied where the two are on different disks), so a large folder costs no time or space.
 */
export function publishOfficeFiles(officeDir: string, site: string, names: string[]): number {
  const target = join(site, FILES_FOLDER);
  rmSync(target, { recursive: true, force: true });
  let published = 0;
  for (const name of names) {
    const from = publishableFile(officeDir, name);
    if (!from) continue;
    const to = join(target, ...name.split('/'));
    mkdirSync(dirname(to), { recursive: true });
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    published += 1;
  }
  return published;
}
