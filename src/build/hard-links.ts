import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Hard-links each of `files` (paths relative to `from`) to the same place under `to`, making folders as needed. */
export function linkFiles(from: string, to: string, files: Iterable<string>): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    linkSync(join(from, file), join(to, file));
  }
}

/** Moves each of `files` (paths relative to `from`) to the same place under `to`, making folders as needed. */
export function moveFiles(from: string, to: string, files: Iterable<string>): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    renameSync(join(from, file), join(to, file));
  }
}

/** Every file under `folder`, relative to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

/** Files to hard-link from one folder into another: those named (relative to `from`), or every file under `from` that `except` does not match. */
export type Links = { from: string; to: string } & ({ files: string[] } | { except?: RegExp });

/** The files a `Links` stands for. */
export const linkedFiles = (links: Links): string[] => ('files' in links ? links.files : filesUnder(links.from).filter((file) => !links.except?.test(file)));

/**
 * Makes the `links` in a thread of their own, for thousands of files to be linked (and folders
 * listed) while other work goes on: each link is a system call or two, seconds of them for a large
 * office, and a promise for each (fs/promises) would cost the main thread more than the links
 * themselves. One thread for all, as starting a thread costs as much as a few hundred links.
 */
export function linkFilesInWorker(links: Links[]): Promise<void> {
  if (links.every((each) => 'files' in each && each.files.length === 0)) return Promise.resolve();
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./link-worker.ts', import.meta.url), { workerData: links });
    worker.once('error', failed);
    worker.once('exit', (code) => (code === 0 ? done() : failed(new Error(`linking files into ${links[0]!.to} stopped (exit code ${code})`))));
  });
}

/** Whether two files hold the same page: the same file (one a hard link of the other), or the same bytes. */
export function samePage(file: string, other: string): boolean {
  if (!existsSync(other)) return false;
  const [a, b] = [statSync(file), statSync(other)];
  if (a.ino === b.ino && a.dev === b.dev) return true;
  return a.size === b.size && readFileSync(file).equals(readFileSync(other));
}
