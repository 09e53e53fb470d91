// The content check, run by src/build/commands/build.ts in a worker thread: the worker's memory (every entry of
// the office, parsed) is returned when it ends, before Astro and Pagefind need theirs. Only the report
// crosses back: the parsed entries would cost as much to copy to the build as they took to read.
// The worker is started ahead of the check (see content-check.ts): it loads the check's code and
// reads the findings the last check kept, then checks the office's files when told to.
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { asOfDate } from '../domain/as-of.ts';
import { checkOffice, readCheckCache } from '../domain/check/index.ts';
import { deployment } from '../domain/deployment.ts';
import { checkCache } from './files-digest.ts';
import { interfaceStrings } from './content-check.ts';
import { historyProblems } from './changes-since.ts';

// Beside Astro, which a build waits for longer than for the check, the check takes the processor
// second: on Linux a thread's priority is its own, and this lowers this thread's alone.
setPriority(10);
const cache = checkCache(deployment().cacheDir);
const kept = readCheckCache(cache.file);
parentPort!.once('message', () => {
  const dir = workerData.dir as string;
  const asOf = asOfDate();
  const { office, problems, filesChecked, publishedFiles } = checkOffice(dir, { asOf, cache: { ...cache, kept }, strings: interfaceStrings() });
  problems.push(...historyProblems(dir, office, { since: process.env.CHANGES_SINCE, asOf }));
  parentPort!.postMessage({ problems, filesChecked, publishedFiles });
});
