// Pagefind over one shard of a site's pages (a folder holding just those pages), run as Pagefind's own
// program rather than through its Node API: the same index, for about a quarter less processor time
// (docs/decisions/0013-pagefind-program.md).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { join } from 'node:path';

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
    if (named) return named;
  }
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const beside = createRequire(import.meta.resolve('pagefind'));
  for (const name of PROGRAM_NAMES) {
    try {
      return beside.resolve(`@pagefind/${platform}-${arch()}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // Not installed under this name: the next.
    }
  }
  throw new Error(`Pagefind has no program installed for this machine (${platform}-${arch()}): run npm install again, or name one in PAGEFIND_BINARY_PATH.`);
}

/** The environment Pagefind runs in: without the caller's PAGEFIND_ settings, which would change the index, and with the build's own. */
function pagefindEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('PAGEFIND_')));
  return { ...env, ...settings };
}

/** How many pages an index written by Pagefind holds, in all its languages, as its entry file says; undefined if it wrote none. */
function pagesIndexed(bundle: string): number | undefined {
  const entry = join(bundle, 'pagefind-entry.json');
  if (!existsSync(entry)) return undefined;
  const { languages } = JSON.parse(readFileSync(entry, 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(languages).reduce((sum, language) => sum + language.page_count, 0);
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

/** Runs Pagefind over a shard's pages, resolving to the number of pages indexed, or failing with what went wrong and no stack. */
export function indexShard({ pages, count, bundle, byPageLanguage, settings, stop }: ShardToIndex): Promise<number> {
  return new Promise((done, failed) => {
    const child = spawn(pagefindProgram(), ['--site', '.', '--output-path', bundle, ...(byPageLanguage ? [] : ['--force-language', 'en'])], {
      // Pagefind reads a configuration file from where it runs: the shard's folder has none.
      cwd: pages,
      env: pagefindEnvironment(settings),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const kill = () => child.kill();
    stop.addEventListener('abort', kill, { once: true });
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => (said = (said + chunk.toString()).slice(0, MOST_SAID)));
    child.on('error', (error) => failed(new Error(`the search indexer could not be started: ${error.message}`)));
    child.on('close', (code, signal) => {
      stop.removeEventListener('abort', kill);
      const indexed = code === 0 && !signal ? pagesIndexed(bundle) : undefined;
      // Pagefind may say the same thing twice.
      const explanation = [...new Set(said.split('\n').map((line) => line.replace(/^Error: /, '').trim()).filter(Boolean))].join(' ');
      if (indexed === count) done(indexed);
      else if (indexed !== undefined) failed(new Error(`the search index holds ${indexed} of its shard's ${count} pages${explanation ? `: ${explanation}` : ''}`));
      else failed(new Error(signal || !explanation ? INDEXER_STOPPED : `the search index could not be built: ${explanation}`));
    });
  });
}
