/**
 * What src/build/commands/build.ts and Astro's build process tell each other over the IPC channel the build
 * opens to it: when and where to build, then how the build went.
 */

/** The build is prepared: Astro is to build into `outDir`, keying its pages on `inputs` (BUILD_INPUTS: see page-reuse.ts). */
export interface BuildStart {
  type: 'start';
  outDir: string;
  inputs: string;
  /** Whether Astro's process is to wait, loaded, for another build once this one is done (`npm run watch`), rather than end. */
  again: boolean;
}

export function isBuildStart(message: unknown): message is BuildStart {
  return typeof message === 'object' && message !== null && (message as BuildStart).type === 'start';
}

/**
 * A page Astro has rendered as HTML: its site path ("decisions/41-2020/"), the size in bytes of the file
 * Astro writes next, and the date the search index sorts it by, if it has one.
 */
export interface RenderedHtml {
  path: string;
  bytes: number;
  date?: string;
}

/** What Astro's build process tells the build as it goes. */
export type BuildEvent =
  /**
   * Astro has read the office's content and begins building the pages. A build stopped before this
   * has written none of them, nor anything its incremental build keeps (see page-reuse.ts).
   */
  | { type: 'rendering' }
  /** How many pages Astro lists, before it renders any. */
  | { type: 'listed'; count: number }
  /** Astro has rendered these HTML pages, in the order it rendered them. */
  | { type: 'rendered'; pages: RenderedHtml[] }
  /**
   * The site path of every page Astro built, as its integrations are told them ("decisions/41-2020/",
   * "data/decisions.csv/"), those of them it rendered, and how many it copied from its last build instead.
   */
  | { type: 'pages'; paths: string[]; rendered: string[]; copied: number }
  /** The pages are built, and the process waits for another build (a start with `again`). */
  | { type: 'built' };

/** Sends an event to the build that started this process; outside such a build (the development server, a bare `astro build`) there is no one to tell. */
export function tell(event: BuildEvent): void {
  process.send?.(event);
}

export function isBuildEvent(message: unknown): message is BuildEvent {
  return typeof message === 'object' && message !== null && ['rendering', 'listed', 'rendered', 'pages', 'built'].includes((message as BuildEvent).type);
}
