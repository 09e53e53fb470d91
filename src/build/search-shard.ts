// Pagefind over one shard of a site's pages (a folder holding just those pages), run as Pagefind's own
// program rather than through its Node API: the same index, for about a quarter less processor time
// (docs/decisions/0013-pagefind-program.md).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { join, resolve } from 'node:path';

const INDEXER_STOPPED = 'the search indexer stopped before it finished; for a very large office this usually means the machine ran out of memory.';

/** Pagefind's programs, the fuller first, as its Node API looks for them. */
const PROGRAM_NAMES = ['pagefind_extended', 'pagefind'];
/** The most of what Pagefind said that a failure quotes. */
const MOST_SAID = 2000;

/**
 * Pagefind's program for this machine, found as its Node API finds it: the one an environment
 * variable names (PAGEFIND_EXTENDED_BINARY_PATH, PAGEFIND_BINARY_PATH), else the one installed with
 * the `pagefind` package for this platform.
 */
function pagefindProgram(): string {
  for (const name of PROGRAM_NAMES) {
    const named = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    // A path is taken from where the build was started; a bare name is looked for on the PATH.
    if (named) return /[\\/]/.test(named) ? resolve(named) : named;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const cpu = process.env.npm_config_arch || arch();
  const beside = createRequire(import.meta.resolve('pagefind'));
  for (const name of PROGRAM_NAMES) {
    try {
      return beside.resolve(`@pagefind/${platform}-${cpu}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // Not installed under this name: the next.
    }
  }
  throw new Error(`Pagefind has no program installed for this machine (${platform}-${cpu}): run npm install again, or name one in PAGEFIND_BINARY_PATH.`);
}

/**
 * The environment Pagefind runs in: without the caller's PAGEFIND_ settings, which would change the
 * index, with the build's own, and with no Rust backtrace in what it says.
 */
function pagefindEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toUpperCase().startsWith('PAGEFIND_')));
  return { ...env, RUST_BACKTRACE: '0', RUST_LIB_BACKTRACE: '0', ...settings };
}

/**
 * What Pagefind said on its error output, for the build's failure: each thing once, the shard's pages
 * named as the site's (the shard's folder mirrors the site's), and a panic's message without its place
 * in Pagefind's code.
 */
function whatPagefindSaid(said: string, pages: string): string {
  // A panic over a file it could not write says so in Rust's words: the system's own are plainer.
  const systemError = /panicked at [^]*message: "([^"]+)"/.exec(said)?.[1];
  if (systemError) return `its files could not be written (${systemError})`;
  const lines = said
    .replaceAll(`${pages}/./`, '')
    .replaceAll(`${pages}/`, '')
    .split('\n')
    .map((line) => line.trim().replace(/^(?:- |Error: )/, '').replace(' after retries:', ':'))
    .filter((line) => line && !/^\d+ files? failed to index$|^thread '.*' .*panicked at |^note: /.test(line));
  return [...new Set(lines)].join(' ');
}

/** Why Pagefind's program could not be started. */
function notStarted(program: string, error: NodeJS.ErrnoException): string {
  const remedy = 'install the packages again (npm install), or correct PAGEFIND_BINARY_PATH if it is set.';
  if (error.code === 'ENOENT') return `the search indexer, Pagefind's program, is not at ${program}: ${remedy}`;
  if (error.code === 'EACCES') return `the search indexer, Pagefind's program at ${program}, is not allowed to run: ${remedy}`;
  return `the search indexer, Pagefind's program at ${program}, could not be started (${error.message}).`;
}

/** How many pages an index written by Pagefind holds, in all its languages, as its entry file says; undefined if it wrote none it can read. */
function pagesIndexed(bundle: string): number | undefined {
  try {
    const { languages } = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
  } catch {
    return undefined;
  }
}

export interface ShardToIndex {
  /** A folder holding the shard's pages, and nothing else. */
  pages: string;
  /** How many they are: an index of fewer fails, as a page Pagefind could not read would be missing from search. */
  count: number;
  /** Where the shard's index is written. */
  bundle: string;
  /** Whether each page is indexed in the language its `<html lang>` names; else every page as English. */
  byPageLanguage: boolean;
  /** Settings Pagefind reads from its environment. */
  settings: Record<string, string>;
  /** Stops Pagefind. */
  stop: AbortSignal;
}

/** Runs Pagefind over a shard's pages, resolving to the number of pages indexed, or failing with what went wrong, in a sentence. */
export function indexShard({ count, byPageLanguage, settings, stop, ...folders }: ShardToIndex): Promise<number> {
  const pages = resolve(folders.pages);
  const bundle = resolve(folders.bundle);
  return new Promise((done, failed) => {
    if (stop.aborted) return failed(new Error('the search index was stopped.'));
    const program = pagefindProgram();
    const child = spawn(program, ['--site', '.', '--output-path', bundle, ...(byPageLanguage ? [] : ['--force-language', 'en'])], {
      // Pagefind reads a configuration file from where it runs: the shard's folder has none.
      cwd: pages,
      env: pagefindEnvironment(settings),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const kill = () => child.kill();
    stop.addEventListener('abort', kill, { once: true });
    let said = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (said = (said + chunk).slice(0, MOST_SAID)));
    child.on('error', (error) => failed(new Error(notStarted(program, error))));
    child.on('close', (code, signal) => {
      stop.removeEventListener('abort', kill);
      if (signal) return failed(new Error(INDEXER_STOPPED));
      const explanation = whatPagefindSaid(said, pages);
      const indexed = code === 0 ? pagesIndexed(bundle) : undefined;
      if (indexed === count) done(indexed);
      else if (indexed !== undefined) failed(new Error(`the search index holds ${indexed} of the ${count} pages it was given: ${explanation || 'Pagefind left the others out without a word, as it does a page whose searchable part has no text.'}`));
      else failed(new Error(`the search indexer ended without writing an index (exit code ${code})${explanation ? `: ${explanation}` : '.'}`));
    });
  });
}
