// `npm run watch` run as a process of its own and followed line by line: how the bench times a
// rebuild from an edit, and how the tests see what an editor would.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** What one build of a watched office ended with: the site was published, or it was not. */
export interface BuildOutcome {
  built: boolean;
  /** Everything the build printed. */
  output: string;
  /** When it ended, by performance.now(). */
  at: number;
}

export interface WatchedBuild {
  pid: number;
  /** The outcome of the next build to end, after those already taken. */
  next(): Promise<BuildOutcome>;
  /** Stops watching; settles once the process has ended. */
  stop(): Promise<void>;
}

const BUILT = /^Built the site /;
const NOT_BUILT = /^The site was not built/;

/** Starts `src/build/commands/build.ts --watch` for `office` into `out`, with the build's other options. */
export function watchedBuild(office: string, out: string, options: string[] = []): WatchedBuild {
  const child = spawn(process.execPath, ['src/build/commands/build.ts', '--watch', '--out', out, ...options], { env: { ...process.env, OFFICE: office }, stdio: ['ignore', 'pipe', 'pipe'] });
  const ended = new Promise<void>((done) => child.on('close', () => done()));
  const outcomes: BuildOutcome[] = [];
  const waiting: ((outcome: BuildOutcome) => void)[] = [];
  let output = '';
  const take = (line: string) => {
    output += `${line}\n`;
    const built = BUILT.test(line);
    if (!built && !NOT_BUILT.test(line)) return;
    const outcome = { built, output, at: performance.now() };
    output = '';
    const waiter = waiting.shift();
    if (waiter) waiter(outcome);
    else outcomes.push(outcome);
  };
  createInterface({ input: child.stdout }).on('line', take);
  createInterface({ input: child.stderr }).on('line', take);
  void ended.then(() => {
    for (const waiter of waiting.splice(0)) waiter({ built: false, output: `${output}(npm run watch ended)`, at: performance.now() });
  });
  return {
    pid: child.pid!,
    next: () => {
      const outcome = outcomes.shift();
      return outcome ? Promise.resolve(outcome) : new Promise((done) => waiting.push(done));
    },
    stop: () => {
      child.kill();
      return ended;
    },
  };
}
