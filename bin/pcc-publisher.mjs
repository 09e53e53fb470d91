#!/usr/bin/env node
// The publisher's command line, run in an office's repository: pcc-publisher <command> [options].
// Plain JavaScript, as the machine's own Node may be older than the publisher's: the publisher's code is
// TypeScript, which Node runs from version 22.18, so an older Node hands over to the Node 22 the
// publisher depends on (the npm package "node").
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLISHER = fileURLToPath(new URL('../', import.meta.url));

const COMMANDS = {
  init: { script: 'src/build/commands/init.ts', about: 'create a new office repository in a folder: pcc-publisher init my-office --area "…" --email …' },
  check: { script: 'src/build/commands/check.ts', about: 'check the office content without building' },
  build: { script: 'src/build/commands/build.ts', about: 'check the content and build the site into dist/' },
  watch: { script: 'src/build/commands/build.ts', args: ['--watch'], about: 'build, then build again after every edit' },
  new: { script: 'src/build/commands/new.ts', about: 'write a new entry to fill in: pcc-publisher new decision' },
  test: { script: 'src/build/commands/office-test.ts', about: 'check, build, check every link and run axe on one page of each kind' },
  dev: { astro: 'dev', about: 'serve the site while you edit (http://localhost:4321/)' },
  preview: { script: 'src/build/commands/preview.ts', about: 'serve the site last built into dist/ (http://127.0.0.1:4321/)' },
};

function usage() {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return `Usage: pcc-publisher <command> [options]\n\n${Object.entries(COMMANDS).map(([name, { about }]) => `  ${name.padEnd(width)}  ${about}`).join('\n')}\n\nThe office's content is read from ./content (or the folder OFFICE names).`;
}

function nodeWithTypeScript() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 18)) return process.execPath;
  try {
    const bundled = join(dirname(createRequire(import.meta.url).resolve('node/package.json')), 'bin', 'node');
    if (existsSync(bundled)) return bundled;
  } catch {
    // Not installed: said below.
  }
  console.error(`The publisher needs Node.js 22.18 or later; this is ${process.version}, and the Node 22 it depends on (the npm package "node") is not installed. Run npm install, allowing the package "node" its install script.`);
  process.exit(2);
}

const [name, ...rest] = process.argv.slice(2);
const command = COMMANDS[name];
if (!command) {
  const askedForHelp = !name || name === '--help' || name === 'help';
  console.error(`${askedForHelp ? '' : `There is no command "${name}".\n\n`}${usage()}`);
  process.exit(askedForHelp ? 0 : 2);
}

const env = { ...process.env, OFFICE: process.env.OFFICE || 'content' };
const node = nodeWithTypeScript();
const hooks = ['--import', new URL('./register.mjs', import.meta.url).href];
const args = command.astro
  ? [...hooks, join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs'), command.astro, '--root', PUBLISHER, ...rest]
  : [...hooks, join(PUBLISHER, command.script), ...(command.args ?? []), ...rest];
const child = spawn(node, args, { stdio: 'inherit', env });
// Stopping this process (kill, a closed terminal) stops the command it runs, which would otherwise go
// on without it: a preview still holding its port, say.
for (const stop of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(stop, () => child.kill(stop));
child.on('exit', (status, signal) => process.exit(signal ? 1 : (status ?? 1)));
child.on('error', (error) => {
  console.error(`The command could not be started: ${error.message}`);
  process.exit(1);
});
