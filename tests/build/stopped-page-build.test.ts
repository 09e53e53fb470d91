import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AstroProcess } from '../../src/build/astro-process.ts';
import { buildSite, SiteNotBuilt } from '../../src/build/build-site.ts';
import { startCheck } from '../../src/build/content-check.ts';
import { deployment } from '../../src/domain/deployment.ts';
import { writeSyntheticOffice } from '../../bench/synthetic-office.ts';
import { NOTTINGHAMSHIRE } from '../helpers/office.ts';

// What Astro's incremental build keeps (src/site/lib/page-reuse.ts) after a build that stopped: kept when
// Astro had built no page, as when it refused an entry the check refuses too; forgotten once it had
// begun, as it may have stored pages of content the check refused. Astro's process is stood in for by
// one that tells the build what Astro's would, then ends with an error or waits to be stopped.

const work = mkdtempSync(join(tmpdir(), 'stopped-'));
const office = writeSyntheticOffice(NOTTINGHAMSHIRE, join(work, 'office'), 5);
const out = join(work, 'site');
const astroList = () => join(deployment({ OFFICE: office }).cacheDir, 'incremental-build.json');

const environment = { OFFICE: process.env.OFFICE, AS_OF: process.env.AS_OF };
beforeAll(() => Object.assign(process.env, { OFFICE: office, AS_OF: '2026-01-01' }));
afterAll(() => {
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(work, { recursive: true, force: true });
  rmSync(deployment({ OFFICE: office }).cacheDir, { recursive: true, force: true });
});

/**
 * A process in Astro's place: told to build, it says so (and that it has begun the pages, if `rendering`),
 * then ends with an error (`ends`) or waits to be stopped.
 */
function standIn({ rendering, ends }: { rendering: boolean; ends: boolean }): { astro: AstroProcess; told: Promise<void> } {
  const script = `process.on('message', () => {
    ${rendering ? "process.send({ type: 'rendering' });" : ''}
    process.send({ type: 'told' }, () => ${ends ? 'process.exit(1)' : 'setInterval(() => {}, 1000)'});
  });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  const told = new Promise<void>((done) => child.on('message', (message: { type?: string }) => message.type === 'told' && done()));
  return { astro: { child, ended, large: false }, told };
}

/** Builds the office with Astro's process stood in for, and gives what the build failed with. */
async function buildWith(standing: { astro: AstroProcess; told: Promise<void> }): Promise<unknown> {
  const check = startCheck(office);
  // The check reports once the build has heard all the stand-in says, however slow the machine.
  const checkAfterStandIn = {
    run: async () => {
      await standing.told;
      return check.run();
    },
  };
  return buildSite({ dir: office, out, full: false, astro: standing.astro, check: checkAfterStandIn, started: performance.now() }).catch((error: unknown) => error);
}

describe('a page build that stops', () => {
  const decision = () => join(office, 'decisions', readdirSync(join(office, 'decisions')).sort()[0]!);
  let text: string;
  beforeAll(() => {
    text = readFileSync(decision(), 'utf8');
  });

  describe.each([
    ['ends with an error', { ends: true, broken: false }],
    ['is stopped when the check fails', { ends: false, broken: true }],
  ])('%s', (_how, { ends, broken }) => {
    beforeAll(() => {
      if (broken) writeFileSync(decision(), text.replace(/^date: .*$/m, 'date: 31 June 2024'));
    });
    afterAll(() => writeFileSync(decision(), text));

    it.each([
      ['before Astro built a page, leaves what it keeps for the next build', false],
      ['once Astro had begun the pages, leaves nothing of them for the next build to copy', true],
    ])('%s', async (_what, rendering) => {
      mkdirSync(join(astroList(), '..'), { recursive: true });
      writeFileSync(astroList(), '{}');
      const failed = await buildWith(standIn({ rendering, ends }));
      expect(failed).toBeInstanceOf(SiteNotBuilt);
      expect(existsSync(astroList())).toBe(!rendering);
      expect(existsSync(out)).toBe(false);
    });
  });
});
