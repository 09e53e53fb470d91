import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { treeResidentBytes } from './process-memory.ts';

export interface TimedRun {
  seconds: number;
  /** Peak resident memory of the process and its descendants together, where the system can tell. */
  peakMegabytes?: number;
}

/** Seconds since a `performance.now()` reading, to the hundredth. */
export function secondsSince(started: number): number {
  return Number(((performance.now() - started) / 1000).toFixed(2));
}

/** Runs a Node script as its own process and measures its wall time and the peak memory of its whole process tree. */
export async function timedNode(args: string[], env: Record<string, string | undefined>, cwd = process.cwd()): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeResidentBytes(child.pid!) ?? 0));
  const sampler = setInterval(sample, 100);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = secondsSince(started);
  if (status !== 0) throw new Error(`${args.join(' ')} failed:\n${stderr}`);
  return { seconds, ...(peak ? { peakMegabytes: Math.round(peak / 2 ** 20) } : {}) };
}

/**
 * The same Markdown built by a bare Astro project: the glob loader, no schema, one minimal page
 * template. The yardstick the publisher's own build is measured against.
 */
export function bareAstroBuild(markdownFolder: string, out: string): Promise<TimedRun> {
  const root = resolve('.cache/bare-astro');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), `export default { outDir: ${JSON.stringify(out)}, cacheDir: './.astro-cache', devToolbar: { enabled: false } };\n`);
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(resolve(markdownFolder))} }) }) };\n`,
  );
  writeFileSync(
    join(root, 'src/pages/[id].astro'),
    `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><meta charset="utf-8"><title>{Astro.props.entry.data.title}</title></head><body><h1>{Astro.props.entry.data.title}</h1><Content /></body></html>\n`,
  );
  // Without Astro's telemetry, as the publisher's build (see astro.config.mjs), so that both do the same work.
  return timedNode([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root], { ASTRO_TELEMETRY_DISABLED: '1' });
}
