import { linkSync, mkdirSync } from 'node:fs';
import { link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';

/** Hard-links each of `files` (paths relative to `from`) to the same place under `to`, making folders as needed. */
export function linkFiles(from: string, to: string, files: Iterable<string>): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    linkSync(join(from, file), join(to, file));
  }
}

/** Links made at once by `linkFilesAsync`: enough to keep the disk busy while the main thread does other work. */
const LINKS_AT_ONCE = 16;

/** `linkFiles`, off the main thread, for many files to be linked while other work goes on. */
export async function linkFilesAsync(from: string, to: string, files: Iterable<string>): Promise<void> {
  const limit = pLimit(LINKS_AT_ONCE);
  await Promise.all(
    Array.from(files, (file) =>
      limit(async () => {
        await mkdir(dirname(join(to, file)), { recursive: true });
        await link(join(from, file), join(to, file));
      }),
    ),
  );
}
