// Every build checks the links of the site it staged before it replaces the published one (links.ts),
// in a worker thread, beside the search index: reading ten thousand pages takes seconds of processor
// time, which Pagefind's processes leave spare, and the build's own thread stays free to run them.
import { Worker } from 'node:worker_threads';
import type { LinkReport } from './links.ts';

export interface LinkCheck {
  /** The staged site. */
  site: string;
  base: string;
  /** Its page files. */
  files: string[];
  /** Those reused unchanged from the last build, and where that build left the record of their links, under its id. */
  reused?: { files: string[]; record: string; build: string };
}

/** A link check's report, its record as JSON (for recordLastBuild), and how long it took, and the processor time its thread took. */
export type CheckedLinks = Omit<LinkReport, 'record'> & { record: string; seconds: number; processorSeconds: number };

export function checkLinksInWorker(check: LinkCheck): Promise<CheckedLinks> {
  return new Promise((done, failed) => {
    const worker = new Worker(new URL('./link-check-worker.ts', import.meta.url), { workerData: check });
    worker.once('message', done);
    worker.once('error', failed);
    worker.once('exit', (code) => failed(new Error(`the link check stopped before it finished (exit code ${code})`)));
  });
}
