// Hard-links files in a worker thread: see linkFilesInWorker in hard-links.ts.
import { workerData } from 'node:worker_threads';
import { linkedFiles, linkFiles, type Links } from './hard-links.ts';

for (const links of workerData as Links[]) linkFiles(links.from, links.to, linkedFiles(links));
