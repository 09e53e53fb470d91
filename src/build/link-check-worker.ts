// The link check of a staged site, in a worker thread: see link-check.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { LinkCheck } from './link-check.ts';
import { checkSiteLinks, readLinkRecord } from './links.ts';

const started = performance.now();
const { site, base, files, reused } = workerData as LinkCheck;
const record = reused && readLinkRecord(reused.record, reused.build);
const report = checkSiteLinks(site, files, { base, ...(record && { reused: { files: new Set(reused!.files), record } }) });
const { user, system } = process.threadCpuUsage();
parentPort!.postMessage({ ...report, record: JSON.stringify(report.record), seconds: (performance.now() - started) / 1000, processorSeconds: (user + system) / 1e6 });
