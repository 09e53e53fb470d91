/**
 * What src/build/commands/build.ts and Astro's build process tell each other over the IPC channel the build
 * opens to it: when and where to build, then how the build goes, so that the search index can be
 * started before Astro has finished.
 */

/** The build is prepared: Astro is to build into `outDir`, keeping its page records in `records` (PAGE_RECORDS: see page-reuse.ts). */
export interface BuildStart {
  type: 'start';
  outDir: string;
  records: string;
  /** Whether Astro's process is to wait, loaded, for another build once this one is done (`npm run watch`), rather than end. */
  again: boolean;
  /** Whether `outDir` holds the last site's reusable pages already (see preparePages in src/build/previous-build.ts), for Astro to keep. */
  prepared: boolean;
}

export function isBuildStart(message: unknown): message is BuildStart {
  return typeof message === 'object' && message !== null && (message as BuildStart).type === 'start';
}

/** What Astro's build process tells the build as it goes. */
export type BuildEvent =
  /** The entry pages rendered afresh (not reused), each written as `files` under `folder` as soon as it was rendered; sent once all are, or at once if there are none. */
  | { type: 'entry-pages'; folder: string; files: string[] }
  /** The site path of every page Astro rendered (not those it reused), as its integrations are told them: "decisions/41-2020/", "data/decisions.csv/". */
  | { type: 'pages'; paths: string[] }
  /** The pages are built, and the process waits for another build (a start with `again`). */
  | { type: 'built' };

/** Sends an event to the build that started this process; outside such a build (the development server, a bare `astro build`) there is no one to tell. */
export function tell(event: BuildEvent): void {
  process.send?.(event);
}

export function isBuildEvent(message: unknown): message is BuildEvent {
  return typeof message === 'object' && message !== null && ['entry-pages', 'pages', 'built'].includes((message as BuildEvent).type);
}
