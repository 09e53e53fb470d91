// The link check of a staged site, in a worker thread: see link-check.ts.
import { setPriority } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { LinkCheckMessage, PageToRead } from './link-check.ts';
import { checkSiteLinks, readLinkRecord, readPageFile, type PageRead } from './links.ts';
import { isWrittenWhole, pageFilesFor } from './site-pages.ts';

/** How long the thread waits before looking again for pages rendered but not yet written whole, and how many times it looks before leaving a page to the check. */
const WAIT_FOR_WRITING_MS = 50;
const MOST_LOOKS = 40;

const { site, base } = workerData as { site: string; base: string };
// Reading ahead, beside Astro, the thread takes the processor second (on Linux a thread's priority is its own).
setPriority(10);
/** Pages read once written whole, before the check. */
const readAhead = new Map<string, PageRead>();
/** Pages rendered and not yet read, with how many times each has been found not yet written whole. */
let toRead: (PageToRead & { looks?: number })[] = [];
let reading = false;

/** Reads the pages written whole so far, then waits a little for the others, until there are none or the check is asked. */
async function readWritten(): Promise<void> {
  reading = true;
  while (toRead.length > 0) {
    const unwritten: typeof toRead = [];
    for (const page of toRead) {
      try {
        const files = pageFilesFor(page.path);
        const file = files.find((candidate) => isWrittenWhole(site, candidate, page.bytes));
        if (file) readAhead.set(file, readPageFile(site, file));
        else if (files.length > 0 && (page.looks ?? 0) < MOST_LOOKS) unwritten.push({ ...page, looks: (page.looks ?? 0) + 1 });
      } catch {
        // The check reads it again, and says what is wrong with it.
      }
    }
    toRead = unwritten;
    if (toRead.length > 0) await sleep(WAIT_FOR_WRITING_MS);
  }
  reading = false;
}

parentPort!.on('message', (message: LinkCheckMessage) => {
  if (message.type === 'read') {
    toRead.push(...message.pages);
    if (!reading) void readWritten();
    return;
  }
  // The pages not yet read ahead are read by the check.
  toRead = [];
  const started = performance.now();
  const { files, reused } = message;
  const record = reused && readLinkRecord(reused.record, reused.build);
  const report = checkSiteLinks(site, files, { base, readAhead, ...(record && { reused: { files: new Set(reused!.files), record } }) });
  const { user, system } = process.threadCpuUsage();
  parentPort!.postMessage({
    ...report,
    record: JSON.stringify(report.record),
    seconds: (performance.now() - started) / 1000,
    processorSeconds: (user + system) / 1e6,
  });
  parentPort!.close();
});
