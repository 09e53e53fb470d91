// Hard-links files in a worker thread: see linkFilesInWorker in hard-links.ts.
import { workerData } from 'node:worker_threads';
import { linkFiles } from './hard-links.ts';

linkFiles(workerData.from as string, workerData.to as string, workerData.files as string[]);
