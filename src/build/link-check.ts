// Every build checks the links of the site it staged before it replaces the published one (links.ts),
// in a worker thread, beside the search index: reading ten thousand pages takes seconds of processor
// time, and the build's own thread stays free to run Pagefind. The thread starts with the build and
// reads each page Astro renders once it is written whole, in the processor time Astro and Pagefind
// leave, so that once the site is built few pages are left to read.
import { Worker } from 'node:worker_threads';
import type { LinkReport } from './links.ts';

/** The finished site's pages to check, and those reused unchanged from the last build, with where that build left the record of their links, under its id. */
export interface LinkCheck {
  files: string[];
  reused?: { files: string[]; record: string; build: string };
}

/** A page Astro has rendered: its site path ("decisions/41-2020/", "404/"), and the size in bytes of its file written whole. */
export interface PageToRead {
  path: string;
  bytes: number;
}

/** What the thread is told: pages to read ahead, as Astro renders them, then to check the finished site. */
export type LinkCheckMessage = { type: 'read'; pages: PageToRead[] } | ({ type: 'check' } & LinkCheck);

/** A link check's report, its record as JSON (for recordLastBuild), how long the check took once asked, and the processor time its thread took in all. */
export type CheckedLinks = Omit<LinkReport, 'record'> & { record: string; seconds: number; processorSeconds: number };

/** The link check of the staged site `site`, begun as its build begins. */
export function startLinkCheck(site: string, base: string) {
  const worker = new Worker(new URL('./link-check-worker.ts', import.meta.url), { workerData: { site, base } });
  // Until it is asked to check, the thread keeps the build's process alive for nothing of its own.
  worker.unref();
  const stopped = (code: number) => new Error(`the link check stopped before it finished (exit code ${code})`);
  /** Why the thread ended before it was asked to check, if it did. */
  let failure: Error | undefined;
  const failedEarly = (error: Error) => (failure ??= error);
  const endedEarly = (code: number) => (failure ??= stopped(code));
  worker.on('error', failedEarly);
  worker.on('exit', endedEarly);
  return {
    /** Pages Astro has rendered, for the thread to read once each is written whole. */
    readAhead(pages: PageToRead[]): void {
      worker.postMessage({ type: 'read', pages } satisfies LinkCheckMessage);
    },
    /** Checks the finished site. */
    check(check: LinkCheck): Promise<CheckedLinks> {
      return new Promise((done, failed) => {
        if (failure) return failed(failure);
        worker.off('error', failedEarly);
        worker.off('exit', endedEarly);
        worker.ref();
        worker.once('message', done);
        worker.once('error', failed);
        worker.once('exit', (code) => failed(stopped(code)));
        worker.postMessage({ type: 'check', ...check } satisfies LinkCheckMessage);
      });
    },
    /** Ends the thread, whether it has checked or not. */
    stop(): void {
      void worker.terminate();
    },
  };
}
