// Astro's build process (astro-build.ts), as the build starts it, tells it to build and hears how it went.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isBuildEvent } from '../site/lib/build-events.ts';
import { isLargeOffice } from '../domain/deployment.ts';

export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface AstroProcess {
  /** Started with an IPC channel and its output piped, waiting for the word to build. */
  child: ChildProcess;
  /** Settles when the process has ended. */
  ended: Promise<ProcessEnd>;
  /** Whether the office is large (isLargeOffice), and the process was given more than Node's default heap for it. */
  large: boolean;
}

const ASTRO_BUILD = fileURLToPath(new URL('./astro-build.ts', import.meta.url));

/**
 * The environment of Astro's build process: the build's own, with two settings of its own.
 * - NODE_ENV is "production", whatever the shell or CI has set: Vite keeps a NODE_ENV it finds (vitest
 *   sets "test"), and under any value but "production" Astro's pages would take themselves for the
 *   development server's and publish drafts.
 * - MIMALLOC_ALLOW_THP is "0" unless the office sets it: Vite's bundler (rolldown) allocates through
 *   mimalloc, which otherwise asks Linux for 2 MB pages, each zeroed whole when first touched. A small
 *   office's build spent more processor time zeroing them than bundling (docs/performance.md,
 *   "Astro's bundler without huge pages").
 */
export function astroEnvironment(parent: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MIMALLOC_ALLOW_THP: '0', ...parent, NODE_ENV: 'production' };
}

/** Starts Astro's build process for the office in `dir`; it loads Astro and waits to be told to build. */
export function startAstro(dir: string): AstroProcess {
  // Node's default heap of about 4 GB is too small for Astro to build a large office (100,000 notices need about 8 GB).
  const large = isLargeOffice(dir);
  const heap = large ? ['--max-old-space-size-percentage=75'] : [];
  // --expose-gc: see smallEnoughToKeep in astro-build.ts.
  const child = spawn(process.execPath, [...process.execArgv, ...heap, '--expose-gc', ASTRO_BUILD], { env: astroEnvironment(process.env), stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const ended = new Promise<ProcessEnd>((done) => child.on('close', (code, signal) => done({ code, signal })));
  return { child, ended, large };
}

/** Settles when Astro has built the pages it was told to: as a process that waits for another build, or one that ends (code 0 when it built them). */
export function astroFinished({ child, ended }: AstroProcess): Promise<ProcessEnd> {
  return new Promise((done) => {
    const onEvent = (event: unknown) => {
      if (isBuildEvent(event) && event.type === 'built') finish({ code: 0, signal: null });
    };
    const finish = (end: ProcessEnd) => {
      child.off('message', onEvent);
      done(end);
    };
    child.on('message', onEvent);
    void ended.then(finish);
  });
}
