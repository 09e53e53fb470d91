import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The CI files must run what the README promises. The README's commands are read from its first
// ```sh block, so changing them there without changing the workflows fails this test.

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; id?: string };
type Job = { 'runs-on'?: string; env?: Record<string, unknown>; steps?: Step[]; environment?: unknown; needs?: unknown };
type Workflow = { on?: Record<string, unknown>; env?: Record<string, unknown>; permissions?: Record<string, string>; concurrency?: unknown; jobs: Record<string, Job> };

const read = (path: string) => readFileSync(path, 'utf8');
const workflow = (name: string, folder = '.github/workflows') => parse(read(`${folder}/${name}`)) as Workflow;

/** The shell commands of a script, one per entry: comments, blank lines and `&&` chains taken apart. */
function commands(script: string): string[] {
  return script
    .split('\n')
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split('&&').map((part) => part.trim()));
}

/** The README's two set-up lines, each as its list of commands. */
function readmeCommands(): string[][] {
  const block = /```sh\n([\s\S]*?)```/.exec(read('README.md'));
  if (!block) throw new Error('README.md has no ```sh block');
  return block[1].split('\n').map(commands).filter((line) => line.length > 0);
}

type JobStep = Step & { job: string };
const stepLists = new WeakMap<Workflow, JobStep[]>();

/** Every step of every job, in the order the file lists them, with its job's name (the same objects each call). */
function steps(wf: Workflow): JobStep[] {
  if (!stepLists.has(wf)) stepLists.set(wf, Object.entries(wf.jobs).flatMap(([job, { steps = [] }]) => steps.map((step) => ({ ...step, job }))));
  return stepLists.get(wf)!;
}

/** The commands of every `run` step of a workflow, taken together in order. */
function runCommands(wf: Workflow): string[] {
  return steps(wf).flatMap((step) => (typeof step.run === 'string' ? commands(step.run) : []));
}

/** Whether `expected` appears in `actual` in the same order (other commands may come between). */
function inOrder(actual: string[], expected: string[]): boolean {
  let at = 0;
  for (const command of actual) if (command === expected[at]) at++;
  return at === expected.length;
}

const uses = (wf: Workflow, action: string) => steps(wf).filter((step) => step.uses?.split('@')[0] === action);
const runsCommand = (step: Step, command: string) => typeof step.run === 'string' && commands(step.run).includes(command);
const installsChromium = (step: Step) => typeof step.run === 'string' && /apt-get install\b[^\n]*\bchromium\b/.test(step.run);
/** What a step's commands see in the environment: the workflow's, its job's and its own, the nearest winning. */
const environmentOf = (wf: Workflow, step: JobStep) => ({ ...wf.env, ...wf.jobs[step.job].env, ...step.env });

/** Every checkout fetches the whole history: the check compares published entries with their earlier versions, and the pages date entries from it. */
function fetchesFullHistory(wf: Workflow): void {
  const checkouts = uses(wf, 'actions/checkout');
  expect(checkouts.length).toBeGreaterThan(0);
  for (const checkout of checkouts) expect(checkout.with?.['fetch-depth']).toBe(0);
}

/** The steps running `command` compare published entries with the revision `expression` names (a GitHub expression's words). */
function comparesWith(wf: Workflow, command: string, expression: RegExp): void {
  const running = steps(wf).filter((step) => runsCommand(step, command));
  expect(running.length, command).toBeGreaterThan(0);
  for (const step of running) expect(String(environmentOf(wf, step).CHANGES_SINCE), command).toMatch(expression);
}

describe('the README', () => {
  it('gives the build and test commands at the top', () => {
    expect(readmeCommands()).toEqual([
      ['npm install', 'npm run build'],
      ['npm install', 'npm test'],
    ]);
  });
});

describe('.github/workflows/pull-request.yml', () => {
  const wf = workflow('pull-request.yml');
  const run = runCommands(wf);

  it('runs on pull requests and on pushes to main, on ubuntu-latest', () => {
    expect(wf.on).toHaveProperty('pull_request');
    expect((wf.on?.push as { branches: string[] }).branches).toContain('main');
    for (const job of Object.values(wf.jobs)) expect(job['runs-on']).toBe('ubuntu-latest');
  });

  it("runs each of the README's set-up lines, in order", () => {
    for (const line of readmeCommands()) expect(inOrder(run, line), `${line.join(' && ')} in ${JSON.stringify(run)}`).toBe(true);
  });

  it('installs, checks with annotations, builds and tests, in that order', () => {
    expect(inOrder(run, ['npm install', 'npm run check -- --format github', 'npm run build', 'npm test']), JSON.stringify(run)).toBe(true);
  });

  it('checks out the repository and sets up Node before running anything', () => {
    const all = steps(wf);
    const firstRun = all.findIndex((step) => step.run !== undefined);
    expect(uses(wf, 'actions/checkout')).toHaveLength(1);
    expect(uses(wf, 'actions/setup-node')).toHaveLength(1);
    expect(all.indexOf(uses(wf, 'actions/checkout')[0])).toBeLessThan(firstRun);
    expect(all.indexOf(uses(wf, 'actions/setup-node')[0])).toBeLessThan(firstRun);
  });

  it('installs Chromium, when missing, before the tests, in the job that runs them', () => {
    const all = steps(wf);
    const test = all.find((step) => runsCommand(step, 'npm test'));
    const chromium = all.find(installsChromium);
    expect(test).toBeDefined();
    expect(chromium).toBeDefined();
    expect(chromium!.job).toBe(test!.job);
    expect(all.indexOf(chromium!)).toBeLessThan(all.indexOf(test!));
    expect(chromium!.run).toMatch(/command -v chromium/);
  });

  it("fetches the whole history, and checks and builds against the pull request's base, or for a push the commit before it", () => {
    fetchesFullHistory(wf);
    for (const command of ['npm run check -- --format github', 'npm run build']) comparesWith(wf, command, /^\$\{\{\s*github\.event\.pull_request\.base\.sha\s*\|\|\s*github\.event\.before\s*\}\}$/);
  });

  it("leaves the publisher's own tests to set the revision they compare with", () => {
    const test = steps(wf).find((step) => runsCommand(step, 'npm test'))!;
    expect(environmentOf(wf, test)).not.toHaveProperty('CHANGES_SINCE');
  });

  it('uploads dist/ as the site-preview artifact, after the build', () => {
    const all = steps(wf);
    const [upload] = uses(wf, 'actions/upload-artifact');
    expect(upload).toBeDefined();
    expect(upload.with?.name).toBe('site-preview');
    expect(String(upload.with?.path).replace(/\/$/, '')).toBe('dist');
    const build = all.find((step) => runsCommand(step, 'npm run build'));
    expect(upload.job).toBe(build!.job);
    expect(all.indexOf(upload)).toBeGreaterThan(all.indexOf(build!));
  });
});

describe('.github/workflows/deploy.yml', () => {
  const wf = workflow('deploy.yml');
  const run = runCommands(wf);

  it('runs on pushes to main only', () => {
    expect((wf.on?.push as { branches: string[] }).branches).toEqual(['main']);
    expect(wf.on).not.toHaveProperty('pull_request');
  });

  it("runs the README's build line: npm install, then npm run build", () => {
    expect(inOrder(run, readmeCommands()[0]), JSON.stringify(run)).toBe(true);
  });

  it('builds with SITE_URL and BASE_PATH from the repository variables', () => {
    const build = steps(wf).find((step) => runsCommand(step, 'npm run build'));
    expect(build).toBeDefined();
    const env = { ...wf.env, ...wf.jobs[build!.job].env, ...build!.env };
    expect(String(env.SITE_URL)).toMatch(/^\$\{\{\s*vars\.SITE_URL\b/);
    expect(String(env.BASE_PATH)).toMatch(/^\$\{\{\s*vars\.BASE_PATH\b/);
  });

  it('deploys dist/ with the official GitHub Pages actions', () => {
    const all = steps(wf);
    const build = all.find((step) => runsCommand(step, 'npm run build'))!;
    const [configure] = uses(wf, 'actions/configure-pages');
    const [upload] = uses(wf, 'actions/upload-pages-artifact');
    const [deploy] = uses(wf, 'actions/deploy-pages');
    expect(configure).toBeDefined();
    expect(upload).toBeDefined();
    expect(deploy).toBeDefined();
    expect(String(upload.with?.path).replace(/\/$/, '')).toBe('dist');
    expect(all.indexOf(upload)).toBeGreaterThan(all.indexOf(build));
    // The deploying job waits for the job that built and uploaded the site.
    if (deploy.job !== upload.job) expect([wf.jobs[deploy.job].needs].flat()).toContain(upload.job);
    expect(wf.jobs[deploy.job].environment).toMatchObject({ name: 'github-pages' });
  });

  it('fetches the whole history, and builds against the commit before the push (none for a scheduled run)', () => {
    fetchesFullHistory(wf);
    comparesWith(wf, 'npm run build', /^\$\{\{\s*github\.event\.before\s*\}\}$/);
  });

  it('has the permissions GitHub Pages needs and one deployment at a time', () => {
    expect(wf.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(wf.concurrency).toMatchObject({ group: expect.any(String) });
  });

  it('runs no tests, so needs no Chromium', () => {
    expect(run).not.toContain('npm test');
    expect(steps(wf).some(installsChromium)).toBe(false);
  });
});

describe("the starter's workflows, which every new office gets", () => {
  const check = workflow('check.yml', 'starter/github/workflows');
  const deploy = workflow('deploy.yml', 'starter/github/workflows');

  it('fetch the whole history', () => {
    fetchesFullHistory(check);
    fetchesFullHistory(deploy);
  });

  it("check, and test, against the pull request's base, or for a push the commit before it", () => {
    for (const command of ['npm run check -- --format github', 'npm test']) comparesWith(check, command, /^\$\{\{\s*github\.event\.pull_request\.base\.sha\s*\|\|\s*github\.event\.before\s*\}\}$/);
  });

  it('build for publishing against the commit before the push', () => {
    comparesWith(deploy, 'npm run build', /^\$\{\{\s*github\.event\.before\s*\}\}$/);
  });

  it("publish at the repository's SITE_URL, else at the address GitHub Pages serves the site at, where its links work", () => {
    const build = steps(deploy).find((step) => runsCommand(step, 'npm run build'))!;
    const env = { ...deploy.env, ...deploy.jobs[build.job].env, ...build.env };
    expect(String(env.SITE_URL)).toMatch(/^\$\{\{\s*vars\.SITE_URL\s*\|\|\s*steps\.pages\.outputs\.origin\b/);
    expect(String(env.BASE_PATH)).toMatch(/^\$\{\{\s*vars\.BASE_PATH\s*\|\|\s*steps\.pages\.outputs\.base_path\b/);
  });
});

describe('.ci/run', () => {
  const run = commands(read('.ci/run'));

  it("runs the README's test line, after installing Chromium when missing", () => {
    expect(inOrder(run, readmeCommands()[1]), JSON.stringify(run)).toBe(true);
    const chromium = run.findIndex((command) => /apt-get install\b.*\bchromium\b/.test(command));
    expect(chromium).toBeGreaterThanOrEqual(0);
    expect(chromium).toBeLessThan(run.indexOf('npm test'));
  });
});

describe('docs/ci.md', () => {
  it('shows the same commands for other CI systems', () => {
    const doc = read('docs/ci.md');
    for (const command of ['npm install', 'npm run check', 'npm run build', 'npm test', 'apt-get install', 'dist/']) expect(doc).toContain(command);
  });
});
