import { spawn } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';

/**
 * Deletes `folder`, if there is one, in a detached process, for a build not to wait on it: a site
 * or the work of a search index is tens of thousands of files, seconds to delete. The folder is
 * first renamed `folder.<why>-<time>`, so that its name is free at once.
 */
export function removeInBackground(folder: string, why: string): void {
  if (!existsSync(folder)) return;
  const aside = `${folder}.${why}-${Date.now()}`;
  renameSync(folder, aside);
  spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', aside], { detached: true, stdio: 'ignore' }).unref();
}
