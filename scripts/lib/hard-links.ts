import { linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Hard-links each of `files` (paths relative to `from`) to the same place under `to`, making folders as needed. */
export function linkFiles(from: string, to: string, files: Iterable<string>): void {
  for (const file of files) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    linkSync(join(from, file), join(to, file));
  }
}

/**
 * `linkFiles` in a thread of its own, for thousands of files to be linked while other work goes
 * on: each link is a system call or two, seconds of them for a large office, and a promise for
 * each (fs/promises) would cost the main thread more than the links themselves.
 */
export function linkFilesInWorker(from: string, to: string, files: string[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./link-worker.ts', import.meta.url), { workerData: { from, to, files } });
    worker.once('error', failed);
    worker.once('exit', (code) => (code === 0 ? done() : failed(new Error(`linking ${files.length} files into ${to} stopped (exit code ${code})`))));
  });
}
