// The content check, run by scripts/build.ts in a worker thread: the worker's memory (every entry of
// the office, parsed) is returned when it ends, before Astro and Pagefind need theirs. Only the report
// crosses back: the parsed entries would cost as much to copy to the build as they took to read.
import { parentPort, workerData } from 'node:worker_threads';
import { checkOffice } from '../../src/lib/check/index.ts';
import { deployment } from '../../src/lib/deployment.ts';
import { checkCache } from './files-digest.ts';

const { problems, filesChecked } = checkOffice(workerData.dir as string, { cache: checkCache(deployment().cacheDir) });
parentPort!.postMessage({ problems, filesChecked });
