import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface TimedRun {
  seconds: number;
  /** Peak resident memory of the process, where /usr/bin/time can tell. */
  peakMegabytes?: number;
}

/** Runs a Node script as its own process and measures its wall time and, where possible, its peak memory. */
export function timedNode(args: string[], env: Record<string, string | undefined>, cwd = process.cwd()): TimedRun {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const started = performance.now();
  const result = spawnSync(command, gnuTime ? ['-f', 'PEAK_KB %M', process.execPath, ...args] : args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  const seconds = Number(((performance.now() - started) / 1000).toFixed(2));
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const peak = /PEAK_KB (\d+)/.exec(result.stderr)?.[1];
  return { seconds, ...(peak ? { peakMegabytes: Math.round(Number(peak) / 1024) } : {}) };
}

/**
 * The same Markdown built by a bare Astro project: the glob loader, no schema, one minimal page
 * template. The yardstick the publisher's own build is measured against.
 */
export function bareAstroBuild(markdownFolder: string, out: string): TimedRun {
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
  return timedNode([resolve('node_modules/astro/bin/astro.mjs'), 'build', '--root', root], {});
}
