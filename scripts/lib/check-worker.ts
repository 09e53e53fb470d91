// The content check, run by scripts/build.ts in a worker thread: the worker's memory (every entry of
// the office, parsed) is returned when it ends, before Astro and Pagefind need theirs.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOffice } from '../../src/lib/check/index.ts';

parentPort!.postMessage(checkOffice(workerData.dir as string));
