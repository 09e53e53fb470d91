// The content check's worker (check-worker.ts), started ahead of the check: loading its code and the
// last check's findings takes about a second at 10,000 notices, which a build does beside Astro's
// loading, and npm run watch between edits.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CheckResult } from '../domain/check/index.ts';
import type { InterfaceStrings } from '../domain/check/translations.ts';
import { interfaceLanguages } from '../domain/languages.ts';

/** The interface's strings of every language, as the site reads them (src/site/strings/<code>.json), for the check to find those missing. */
export function interfaceStrings(): InterfaceStrings {
  return Object.fromEntries(
    interfaceLanguages.map((code) => {
      const path = fileURLToPath(new URL(`../site/strings/${code}.json`, import.meta.url));
      return [code, { path, text: readFileSync(path, 'utf8') }];
    }),
  );
}

export type CheckReport = Pick<CheckResult, 'problems' | 'filesChecked' | 'publishedFiles'>;

export interface ContentCheck {
  /** Checks the office's files as they are now; the check runs once. */
  run(): Promise<CheckReport>;
}

export function startCheck(dir: string): ContentCheck {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { dir } });
  const report = new Promise<CheckReport>((done, failed) => {
    worker.once('message', done);
    worker.once('error', failed);
  });
  // Awaited once the check is run; a worker that fails before then is not an unhandled rejection.
  report.catch(() => {});
  return {
    run() {
      worker.postMessage('check');
      return report;
    },
  };
}
